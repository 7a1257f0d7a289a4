import type { CheckId, CheckParams } from './params.js';

/** The public finding categories: JSON output, filters and reports depend on these spellings. */
export const CATEGORIES = [
  'sender-display-name',
  'brand-impersonation',
  'sender-authentication',
  'reply-path',
  'lookalike-domain',
  'own-organization',
  'recipient-targeting',
  'url-redirect',
  'url-obfuscation',
  'link-mismatch',
  'attachment',
  'social-engineering',
  'hidden-content',
  'forwarded-message',
  'header-anomaly',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Severity = 'info' | 'warn' | 'danger';

/** What the UI highlights: where in the message the finding comes from. */
export interface Evidence {
  readonly kind: 'header' | 'url' | 'attachment' | 'body';
  /** Header name, `href`, file name… */
  readonly label: string;
  /** The raw value (neutralised for display by the renderer, never trusted as markup). */
  readonly value: string;
  /** A substring of `value` worth highlighting (the registrable domain, the real address…). */
  readonly highlight?: string;
  /** For a link found inside an attachment (a PDF, a calendar invitation, a web page): the file's name ('' when it has none). */
  readonly inFile?: string;
}

export interface Finding<Id extends CheckId = CheckId> {
  readonly checkId: Id;
  readonly category: Category;
  readonly severity: Severity;
  readonly weight: number;
  readonly params: CheckParams[Id];
  readonly evidence: readonly Evidence[];
}
