/**
 * Every link of a message, extracted from HTML and text, unwrapped and inspected once and shared
 * by all link checks. (Placeholder shape; the links module fills it.)
 */
import type { RecipientInfo } from '../context/recipient.js';
import type { BrandIndex } from '../domain/brands.js';
import type { LimitHit, MessageInput } from '../model/message.js';
import type { AnalyzeOptions } from '../model/options.js';

export interface LinkInfo {
  /** The URL as found in the message. */
  readonly href: string;
  /** Visible text of an HTML anchor (null for plain-text links). */
  readonly text: string | null;
  readonly source: 'html' | 'text';
}

export interface LinkContext {
  readonly maxUrls: number;
  readonly recipient: RecipientInfo | null;
  readonly brands: BrandIndex;
  readonly options: AnalyzeOptions;
}

export function collectLinks(_input: MessageInput, _ctx: LinkContext): { links: LinkInfo[]; limitHit?: LimitHit } {
  return { links: [] };
}
