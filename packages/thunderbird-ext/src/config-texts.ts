/**
 * The options page's settings problems in English and Japanese. Problems that are the same as the
 * core's (`"x" is not a domain name`, an unknown check id, a weight out of range, everything in
 * `extraBrands`) are the core's codes, rendered by the core's catalogs; the few that only this
 * page has (it tolerates unknown keys, reads JSON typed into a text area) have `options/*` codes
 * and the small catalogs below. A missing language entry or a wrong params shape is a compile error.
 */
import { configIssueText, type ConfigIssue, type Locale } from '@ayashii/core';

export interface OptionsIssueParams {
  /** The text is not JSON; `message` is the JSON parser's own (English) message. */
  'options/not-json': { readonly message: string };
  'options/not-an-object': Record<string, never>;
  /** A warning: a key this version does not know (a config written for a newer CLI). */
  'options/unknown-key-ignored': { readonly key: string };
  'options/expected-string-list': Record<string, never>;
  'options/too-many': { readonly max: number };
  'options/bad-item': { readonly max: number };
}

export type OptionsIssueCode = keyof OptionsIssueParams;

export type OptionsIssue = {
  readonly [C in OptionsIssueCode]: { readonly code: C; readonly path: string; readonly params: OptionsIssueParams[C] };
}[OptionsIssueCode];

/** A problem on the options page: the core's or the page's own. */
export type SettingsIssue = ConfigIssue | OptionsIssue;

export type OptionsCatalog = { readonly [C in OptionsIssueCode]: (p: OptionsIssueParams[C]) => string };

export const en: OptionsCatalog = {
  'options/not-json': ({ message }) => `not valid JSON: ${message}`,
  'options/not-an-object': () => 'expected a JSON object',
  'options/unknown-key-ignored': ({ key }) => `unknown key "${key}" ignored`,
  'options/expected-string-list': () => 'expected an array of strings',
  'options/too-many': ({ max }) => `at most ${max} entries`,
  'options/bad-item': ({ max }) => `expected a non-empty string of at most ${max} characters`,
};

export const ja: OptionsCatalog = {
  'options/not-json': ({ message }) => `JSON として読み込めません: ${message}`,
  'options/not-an-object': () => 'JSON のオブジェクトを指定してください',
  'options/unknown-key-ignored': ({ key }) => `不明なキー "${key}" は無視しました`,
  'options/expected-string-list': () => '文字列の配列を指定してください',
  'options/too-many': ({ max }) => `項目は ${max} 件までです`,
  'options/bad-item': ({ max }) => `${max} 文字以内の空でない文字列を指定してください`,
};

export const OPTIONS_CATALOGS: Readonly<Record<Locale, OptionsCatalog>> = { en, ja };

function isOptionsIssue(i: SettingsIssue): i is OptionsIssue {
  return i.code.startsWith('options/');
}

/** `path: message` in a language (the message alone when there is no path). */
export function settingsIssueText(issue: SettingsIssue, locale: Locale): string {
  if (!isOptionsIssue(issue)) return configIssueText(issue, locale);
  // TypeScript cannot pair the code with its params across the union: the catalog's type does.
  const text = (OPTIONS_CATALOGS[locale][issue.code] as (p: OptionsIssue['params']) => string)(issue.params);
  return issue.path ? `${issue.path}: ${text}` : text;
}
