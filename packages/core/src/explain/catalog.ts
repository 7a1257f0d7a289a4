import type { ConfigIssueCode, ConfigIssueParams } from '../model/config-issue.js';
import type { CheckId, CheckParams } from '../model/params.js';
import type { VerdictLevel } from '../model/verdict.js';

/** One check's texts in one locale. `detail` renders the params with the evidence side by side. */
export interface CatalogEntry<P> {
  readonly title: string;
  readonly detail: (p: P) => string;
  readonly advice?: string;
}

/** A category's part of a locale: every id of that category, typed by its params. */
export type CatalogPart<Params> = { readonly [Id in keyof Params]: CatalogEntry<Params[Id]> };

export type ChecksCatalog = { readonly [Id in CheckId]: CatalogEntry<CheckParams[Id]> };

export interface UiCatalog {
  readonly levels: Readonly<Record<VerdictLevel, string>>;
  /** One-line summary per level; `{top}` is replaced by the title of the heaviest finding. */
  readonly summary: Readonly<Record<VerdictLevel, string>>;
  /** The summary of a safe verdict that still lists findings (too weak for a warning), mail or link. */
  readonly safeMinor: string;
  /** The same for a link judged on its own (`analyzeUrl`). */
  readonly linkSummary: Readonly<Record<VerdictLevel, string>>;
  /** Appended to the summary when `{n}` kinds of signs agree and the `{points}` this adds (see `CORROBORATION`) lift the level. */
  readonly corroborated: string;
  /** Appended to a finding about a link found inside an attachment: `{file}` is its name. */
  readonly inAttachment: string;
  /** The same for an attachment without a name. */
  readonly inUnnamedAttachment: string;
  readonly skipReasons: Readonly<Record<string, string>>;
  readonly limits: Readonly<Record<string, string>>;
}

export type Catalog = ChecksCatalog & { readonly ui: UiCatalog };
export type Locale = 'en' | 'ja';

/** The texts of the settings and brand-list problems: one per code, typed by its params. */
export type ConfigCatalog = { readonly [C in ConfigIssueCode]: (p: ConfigIssueParams[C]) => string };
