/**
 * The add-in's settings: the same JSON as the CLI's `ayashii.config.json`, plus two add-in-only
 * switches. Validated here (it is user input, and may be imported from a file) and mapped to
 * `AnalyzeOptions`. Pure: no `messenger` calls, so it is unit-tested in Node.
 */
import { checks, validateBrandList, type AnalyzeOptions, type BrandList, type CheckId } from '@ayashii/core';

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
  /** Problems that make the input unusable; when non-empty, `config` is not to be saved. */
  readonly errors: readonly string[];
  /** Tolerated oddities (unknown keys or check ids), shown to the user. */
  readonly warnings: readonly string[];
}

function stringList(v: unknown, key: string, errors: string[], opts: { domain?: boolean } = {}): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.push(`${key}: expected an array of strings`);
    return [];
  }
  if (v.length > MAX_LIST) errors.push(`${key}: at most ${MAX_LIST} entries`);
  const out: string[] = [];
  v.slice(0, MAX_LIST).forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '' || item.length > MAX_ITEM) {
      errors.push(`${key}[${i}]: expected a non-empty string of at most ${MAX_ITEM} characters`);
      return;
    }
    let s = item.trim().toLowerCase();
    if (opts.domain) {
      s = s.replace(/^@/, '').replace(/\.$/, '');
      if (!/^[a-z0-9\u00a0-\uffff](?:[a-z0-9\u00a0-\uffff-]*[a-z0-9\u00a0-\uffff])?(?:\.[a-z0-9\u00a0-\uffff](?:[a-z0-9\u00a0-\uffff-]*[a-z0-9\u00a0-\uffff])?)+$/.test(s)) {
        errors.push(`${key}[${i}]: "${item}" is not a domain name`);
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
  const errors: string[] = [];
  const warnings: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { config: EMPTY_CONFIG, errors: ['expected a JSON object'], warnings };
  }
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!CONFIG_KEYS.has(k) && k !== '$schema') warnings.push(`unknown key "${k}" ignored`);

  const organizationDomains = stringList(o['organizationDomains'], 'organizationDomains', errors, { domain: true });
  const trustedAuthservIds = stringList(o['trustedAuthservIds'], 'trustedAuthservIds', errors);
  const allowSenders = stringList(o['allowSenders'], 'allowSenders', errors);
  const allowLinkDomains = stringList(o['allowLinkDomains'], 'allowLinkDomains', errors, { domain: true });

  const known = new Set<string>(checks.map((c) => c.id));
  const disable = stringList(o['disable'], 'disable', errors);
  for (const id of disable) if (!known.has(id)) warnings.push(`disable: unknown check id "${id}"`);

  const weights: Record<string, number> = {};
  const w = o['weights'];
  if (w !== undefined) {
    if (typeof w !== 'object' || w === null || Array.isArray(w)) errors.push('weights: expected an object of check id → number');
    else {
      for (const [id, n] of Object.entries(w as Record<string, unknown>)) {
        if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 100) {
          errors.push(`weights["${id}"]: expected a number from 0 to 100`);
          continue;
        }
        if (!known.has(id)) warnings.push(`weights: unknown check id "${id}"`);
        Object.defineProperty(weights, id, { value: n, enumerable: true, writable: true, configurable: true });
      }
    }
  }

  let extraBrands: BrandList = { brands: [] };
  const eb = o['extraBrands'];
  if (eb !== undefined) {
    const r = validateBrandList(eb);
    if (r.ok) extraBrands = r.value;
    else errors.push(...r.errors.map((e) => `extraBrands: ${e}`));
  }

  return {
    config: { organizationDomains, trustedAuthservIds, extraBrands, allowSenders, allowLinkDomains, disable, weights },
    errors,
    warnings,
  };
}

/** Parses config text (an imported `ayashii.config.json` or the options text area). */
export function parseConfigText(text: string): ConfigResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { config: EMPTY_CONFIG, errors: [`not valid JSON: ${e instanceof Error ? e.message : String(e)}`], warnings: [] };
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
