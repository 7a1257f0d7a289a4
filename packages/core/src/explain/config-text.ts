/**
 * Renders a settings or brand-list problem ({@link ConfigIssue}) in a language. The English text
 * is exactly the matching line of `parseConfig(...).errors` / `validateBrandList(...).errors`.
 */
import type { ConfigIssue, ConfigIssueParams } from '../model/config-issue.js';
import type { ConfigCatalog, Locale } from './catalog.js';
import { configEn } from './locales/en/config.js';
import { configJa } from './locales/ja/config.js';

export const configCatalogs: Readonly<Record<Locale, ConfigCatalog>> = { en: configEn, ja: configJa };

/** The message alone, without the path. */
export function configIssueMessage(issue: ConfigIssue, locale: Locale): string {
  // TypeScript cannot pair the code with its params across the union: the catalog's type does.
  const text = configCatalogs[locale][issue.code] as (p: ConfigIssueParams[ConfigIssue['code']]) => string;
  return text(issue.params);
}

/**
 * `path: message` in the locale (the message alone when the issue has no path).
 *
 * @example
 * const r = parseConfig({ weights: { 'sender-authentication/dmarc-fail': 'a' } });
 * if (!r.ok) r.issues.map((i) => configIssueText(i, 'ja'));
 * // ['weights["sender-authentication/dmarc-fail"]: 0〜100 の数値を指定してください（指定された値: "a"）']
 */
export function configIssueText(issue: ConfigIssue, locale: Locale): string {
  const message = configIssueMessage(issue, locale);
  return issue.path ? `${issue.path}: ${message}` : message;
}

/**
 * `{ ok: false, errors }` with the English lines of `issues`, and `issues` itself as a
 * non-enumerable property: the result serialises (`JSON.stringify`) and compares (`toEqual`)
 * exactly as it did before issues existed, while `r.issues` is there for whoever asks.
 */
export function failureOf(issues: ConfigIssue[]): { ok: false; errors: string[]; issues: ConfigIssue[] } {
  const r = { ok: false as const, errors: issues.map((i) => configIssueText(i, 'en')) };
  Object.defineProperty(r, 'issues', { value: issues, enumerable: false, writable: false, configurable: false });
  return r as { ok: false; errors: string[]; issues: ConfigIssue[] };
}
