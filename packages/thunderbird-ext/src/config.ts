/**
 * The add-in's settings: the same JSON as the CLI's `ayashii.config.json`, plus two add-in-only
 * switches. Validated here (it is user input, and may be imported from a file) and mapped to
 * `AnalyzeOptions`. Pure: no `messenger` calls, so it is unit-tested in Node.
 */
import { checks, validateBrandList, type AnalyzeOptions, type BrandList, type CheckId, type ShownValue } from '@ayashii/core';
import { settingsIssueText, type OptionsIssue, type SettingsIssue } from './config-texts.js';

/** `ayashii.config.json`, the shape shared with the CLI. */
export interface AyashiiConfig {
  readonly organizationDomains: readonly string[];
  readonly trustedAuthservIds: readonly string[];
  readonly extraBrands: BrandList;
  readonly allowSenders: readonly string[];
  readonly allowLinkDomains: readonly string[];
  readonly disable: readonly string[];
  readonly weights: Readonly<Record<string, number>>;
}

/** Everything kept in `storage.local`. */
export interface Settings {
  /** Analyse every displayed message, badge the button and show a banner for suspicious/dangerous. */
  readonly autoCheck: boolean;
  readonly config: AyashiiConfig;
}

export const EMPTY_CONFIG: AyashiiConfig = {
  organizationDomains: [],
  trustedAuthservIds: [],
  extraBrands: { brands: [] },
  allowSenders: [],
  allowLinkDomains: [],
  disable: [],
  weights: {},
};

export const DEFAULT_SETTINGS: Settings = { autoCheck: false, config: EMPTY_CONFIG };

/** Keys of `storage.local`. */
export const STORAGE_KEYS = ['autoCheck', 'config'] as const;

const CONFIG_KEYS = new Set(Object.keys(EMPTY_CONFIG));
const MAX_LIST = 1000;
const MAX_ITEM = 253;

export interface ConfigResult {
  readonly config: AyashiiConfig;
  /** Problems that make the input unusable; when non-empty, `config` is not to be saved. English. */
  readonly errors: readonly string[];
  /** Tolerated oddities (unknown keys or check ids), shown to the user. English. */
  readonly warnings: readonly string[];
  /** `errors` as codes and params, line for line: `settingsIssueText(issue, 'ja')` renders one. */
  readonly errorIssues: readonly SettingsIssue[];
  /** `warnings` as codes and params, line for line. */
  readonly warningIssues: readonly SettingsIssue[];
}

/** The result, with the English lines rendered from the issues. */
function result(config: AyashiiConfig, errorIssues: readonly SettingsIssue[], warningIssues: readonly SettingsIssue[]): ConfigResult {
  const en = (i: SettingsIssue): string => settingsIssueText(i, 'en');
  return { config, errors: errorIssues.map(en), warnings: warningIssues.map(en), errorIssues, warningIssues };
}

/** An offending value as the core's messages show it. */
function shown(v: unknown): ShownValue {
  if (typeof v === 'string') return { kind: 'literal', text: JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v) };
  if (Array.isArray(v)) return { kind: 'array' };
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return { kind: 'literal', text: String(v) };
  return typeof v === 'object' ? { kind: 'object' } : { kind: 'type', name: typeof v };
}

function stringList(v: unknown, key: string, errors: SettingsIssue[], opts: { domain?: boolean } = {}): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.push({ code: 'options/expected-string-list', path: key, params: {} });
    return [];
  }
  if (v.length > MAX_LIST) errors.push({ code: 'options/too-many', path: key, params: { max: MAX_LIST } });
  const out: string[] = [];
  v.slice(0, MAX_LIST).forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '' || item.length > MAX_ITEM) {
      errors.push({ code: 'options/bad-item', path: `${key}[${i}]`, params: { max: MAX_ITEM } });
      return;
    }
    let s = item.trim().toLowerCase();
    if (opts.domain) {
      s = s.replace(/^@/, '').replace(/\.$/, '');
      if (!/^[a-z0-9\u00a0-\uffff](?:[a-z0-9\u00a0-\uffff-]*[a-z0-9\u00a0-\uffff])?(?:\.[a-z0-9\u00a0-\uffff](?:[a-z0-9\u00a0-\uffff-]*[a-z0-9\u00a0-\uffff])?)+$/.test(s)) {
        errors.push({ code: 'config/not-a-domain', path: `${key}[${i}]`, params: { value: { kind: 'literal', text: `"${item}"` } } });
        return;
      }
    }
    if (!out.includes(s)) out.push(s);
  });
  return out;
}

/**
 * Validates a parsed `ayashii.config.json` (or a stored one). Unknown top-level keys and unknown
 * check ids are warnings, not errors, so a config written for a newer CLI still loads.
 */
export function parseConfig(value: unknown): ConfigResult {
  const errors: SettingsIssue[] = [];
  const warnings: SettingsIssue[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return result(EMPTY_CONFIG, [{ code: 'options/not-an-object', path: '', params: {} }], warnings);
  }
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!CONFIG_KEYS.has(k) && k !== '$schema') warnings.push({ code: 'options/unknown-key-ignored', path: '', params: { key: k } });
  }
  const unknownId = (path: string, id: string): SettingsIssue => ({
    code: 'config/unknown-check-id',
    path,
    params: { value: { kind: 'literal', text: `"${id}"` }, suggestion: null },
  });

  const organizationDomains = stringList(o['organizationDomains'], 'organizationDomains', errors, { domain: true });
  const trustedAuthservIds = stringList(o['trustedAuthservIds'], 'trustedAuthservIds', errors);
  const allowSenders = stringList(o['allowSenders'], 'allowSenders', errors);
  const allowLinkDomains = stringList(o['allowLinkDomains'], 'allowLinkDomains', errors, { domain: true });

  const known = new Set<string>(checks.map((c) => c.id));
  const disable = stringList(o['disable'], 'disable', errors);
  for (const id of disable) if (!known.has(id)) warnings.push(unknownId('disable', id));

  const weights: Record<string, number> = {};
  const w = o['weights'];
  if (w !== undefined) {
    if (typeof w !== 'object' || w === null || Array.isArray(w)) errors.push({ code: 'config/weights-not-an-object', path: 'weights', params: { got: shown(w) } });
    else {
      for (const [id, n] of Object.entries(w as Record<string, unknown>)) {
        if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 100) {
          errors.push({ code: 'config/weight-out-of-range', path: `weights["${id}"]`, params: { max: 100, got: shown(n) } });
          continue;
        }
        if (!known.has(id)) warnings.push(unknownId('weights', id));
        Object.defineProperty(weights, id, { value: n, enumerable: true, writable: true, configurable: true });
      }
    }
  }

  let extraBrands: BrandList = { brands: [] };
  const eb = o['extraBrands'];
  if (eb !== undefined) {
    const r = validateBrandList(eb);
    if (r.ok) extraBrands = r.value;
    else errors.push(...r.issues.map((i) => ({ ...i, path: i.path ? `extraBrands: ${i.path}` : 'extraBrands' })));
  }

  return result({ organizationDomains, trustedAuthservIds, extraBrands, allowSenders, allowLinkDomains, disable, weights }, errors, warnings);
}

/** Parses config text (an imported `ayashii.config.json` or the options text area). */
export function parseConfigText(text: string): ConfigResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const issue: OptionsIssue = { code: 'options/not-json', path: '', params: { message: e instanceof Error ? e.message : String(e) } };
    return result(EMPTY_CONFIG, [issue], []);
  }
  return parseConfig(value);
}

/** The config as pretty JSON, for export and for the options text area. */
export function configToText(config: AyashiiConfig): string {
  return JSON.stringify(config, null, 2) + '\n';
}

/** Config → the core's AnalyzeOptions (only what is set, so defaults stay the core's). */
export function configToOptions(config: AyashiiConfig): AnalyzeOptions {
  const opts: {
    -readonly [K in keyof AnalyzeOptions]: AnalyzeOptions[K];
  } = {};
  if (config.organizationDomains.length) opts.organizationDomains = config.organizationDomains;
  if (config.trustedAuthservIds.length) opts.trustedAuthservIds = config.trustedAuthservIds;
  if (config.extraBrands.brands.length) opts.extraBrands = config.extraBrands;
  if (config.allowSenders.length) opts.allowSenders = config.allowSenders;
  if (config.allowLinkDomains.length) opts.allowLinkDomains = config.allowLinkDomains;
  if (config.disable.length) opts.disable = config.disable as CheckId[];
  if (Object.keys(config.weights).length) opts.weights = config.weights as Partial<Record<CheckId, number>>;
  return opts;
}

/** Reads settings from a `storage.local.get()` result, tolerating missing or damaged values. */
export function settingsFromStorage(stored: Record<string, unknown>): Settings {
  const parsed = stored['config'] === undefined ? null : parseConfig(stored['config']);
  return {
    autoCheck: stored['autoCheck'] === true,
    config: parsed && parsed.errors.length === 0 ? parsed.config : EMPTY_CONFIG,
  };
}

/** The explanation language from Thunderbird's UI language: `ja…` → ja, anything else → en. */
export function resolveLocale(uiLanguage: string): 'ja' | 'en' {
  return uiLanguage.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
