/**
 * `ayashii.config.json`: the one settings format shared by the CLI (`ayashii scan --config`), the
 * Outlook add-in and the Thunderbird extension. {@link parseConfig} validates a parsed JSON value
 * by hand (the core carries no schema library) and maps it to {@link AnalyzeOptions}; the same
 * shape is described for editors in `data/config.schema.json`.
 *
 * Threat model: a config file can come from anywhere (a settings page import, a shared file), so
 * it is hostile input too. Lists and strings are bounded, keys never become prototype-bearing
 * object keys (`weights` is built with `Object.defineProperty` on a null-prototype object), and
 * the error list is capped.
 */
import { checks } from './checks/info.js';
import { validateBrandList, type BrandList } from './domain/brands.js';
import { failureOf } from './explain/config-text.js';
import type { CheckIdSuggestion, ConfigIssue, ConfigIssueCode, ConfigIssueParams, ConfigItemKind, ShownValue } from './model/config-issue.js';
import type { AnalyzeOptions, Limits } from './model/options.js';
import type { CheckId } from './model/params.js';

/**
 * The outcome of {@link parseConfig}: options ready for `analyze`, or the problems, twice: `errors`
 * as English lines (`path: message`) and `issues` as codes and params, one per line in the same
 * order, for `configIssueText(issue, 'ja')`. `issues` is not enumerable, so the result serialises
 * and compares as it always has.
 */
export type ConfigResult =
  | { readonly ok: true; readonly options: AnalyzeOptions }
  | { readonly ok: false; readonly errors: string[]; readonly issues: ConfigIssue[] };

const MAX = { list: 1000, item: 253, errors: 50, name: 200, weight: 100 } as const;

const TOP_KEYS: readonly string[] = [
  '$schema',
  'organizationDomains',
  'trustedAuthservIds',
  'recipient',
  'extraBrands',
  'allowSenders',
  'allowLinkDomains',
  'disable',
  'weights',
  'limits',
];

/** Every key of {@link Limits}, with the largest value accepted. */
const LIMIT_KEYS: ReadonlyMap<string, number> = new Map([
  ['maxHeaderBytes', 64 * 1024 * 1024],
  ['maxHeaderCount', 1_000_000],
  ['maxUrls', 1_000_000],
  ['maxAttachments', 100_000],
  ['maxBodyBytes', 1024 * 1024 * 1024],
  ['timeBudgetMs', 600_000],
]);

// A host name: LDH labels (or any non-ASCII letters, converted to punycode after the check).
const LABEL = '[a-z0-9\\u00a1-\\uffff](?:[a-z0-9\\u00a1-\\uffff-]{0,61}[a-z0-9\\u00a1-\\uffff])?';
const DOMAIN = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})+$`);
// RFC 5322 §3.4.1 dot-atom local part, or a quoted string; enough to tell an address from a typo.
const LOCAL = /^(?:[a-z0-9!#$%&'*+/=?^_`{|}~\u00a1-\uffff-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~\u00a1-\uffff-]+)*|"(?:[^"\\\r\n]|\\.)*")$/i;
// authserv-id (RFC 8601 §2.2) is a `value`: a token in practice, usually a host name.
const AUTHSERV_ID = /^[^\s;()"\\\u0000-\u001f\u007f]{1,253}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short, safe rendering of an offending value for an error message. */
function show(v: unknown): ShownValue {
  if (typeof v === 'string') return { kind: 'literal', text: JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v) };
  if (Array.isArray(v)) return { kind: 'array' };
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return { kind: 'literal', text: String(v) };
  return typeof v === 'object' ? { kind: 'object' } : { kind: 'type', name: typeof v };
}

/** `weights["sender-authentication/dmarc-fail"]`, `limits.maxUrls`. */
function keyPath(parent: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** Lower-cased, trailing dot removed, IDN labels to punycode (as `new URL` does); null when not a host name. */
function normalizeDomain(raw: string): string | null {
  const d = raw.trim().toLowerCase().replace(/\.$/, '');
  if (!DOMAIN.test(d)) return null;
  if (/^[\x00-\x7f]*$/.test(d)) return d;
  try {
    const host = new URL(`http://${d}/`).hostname;
    return DOMAIN.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** `local@domain` with the domain normalised; null when it is not an address. */
function normalizeAddress(raw: string): string | null {
  const s = raw.trim();
  const at = s.lastIndexOf('@');
  if (at <= 0 || at === s.length - 1) return null;
  const local = s.slice(0, at);
  const domain = normalizeDomain(s.slice(at + 1));
  if (!domain || local.length > 64 || !LOCAL.test(local)) return null;
  return `${local.toLowerCase()}@${domain}`;
}

/** Edit distance, for "did you mean" on a mistyped check id (ids are short; the list is small). */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

function suggestion(id: string, known: readonly string[]): CheckIdSuggestion {
  let best = '';
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(id, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  if (bestD <= Math.max(3, Math.floor(id.length / 4))) return { didYouMean: best };
  const slash = id.indexOf('/');
  const category = slash > 0 ? id.slice(0, slash + 1) : '';
  const same = category ? known.filter((k) => k.startsWith(category)) : [];
  return same.length ? { category: category.slice(0, -1), ids: same } : null;
}

/**
 * Validates a parsed `ayashii.config.json` and turns it into {@link AnalyzeOptions}. Every problem
 * is reported with its path (`organizationDomains[1]: "kousya" is not a domain name`,
 * `weights["sender-authentication/dmarc-fial"]: unknown check id (did you mean …?)`), at most 50.
 * Unknown properties and unknown check ids are errors, so a typo never silently does nothing.
 * Only what the file sets ends up in the options, so the core's defaults stay in force otherwise.
 * Each error line also comes as an issue (`{ code, path, params }`) that `configIssueText` renders
 * in English (the same line) or Japanese.
 *
 * Shape: `{ organizationDomains, trustedAuthservIds, recipient: { address, name? }, extraBrands:
 * { brands: [...] }, allowSenders, allowLinkDomains, disable, weights, limits }`, every key optional.
 *
 * @example
 * const r = parseConfig(JSON.parse(readFileSync('ayashii.config.json', 'utf8')));
 * if (!r.ok) throw new Error(r.errors.join('\n'));
 * const verdict = analyze(input, r.options);
 */
export function parseConfig(value: unknown): ConfigResult {
  const issues: ConfigIssue[] = [];
  let dropped = 0;
  const err = <C extends ConfigIssueCode>(path: string, code: C, params: ConfigIssueParams[C]): void => {
    if (issues.length < MAX.errors) issues.push({ code, path, params } as ConfigIssue);
    else dropped++;
  };
  const fail = (): ConfigResult => {
    if (dropped > 0) issues.push({ code: 'config/more-errors', path: '', params: { count: dropped } });
    return failureOf(issues);
  };

  if (!isRecord(value)) {
    err('(root)', 'config/not-an-object', { got: show(value) });
    return fail();
  }
  for (const key of Object.keys(value)) {
    if (!TOP_KEYS.includes(key)) err(key, 'config/unknown-property', { allowed: TOP_KEYS.slice(1) });
  }
  if (value['$schema'] !== undefined && typeof value['$schema'] !== 'string') err('$schema', 'config/expected-string', {});

  /** A bounded array of strings, each normalised by `item` (null = invalid, reported with `invalid`). */
  const list = (
    key: string,
    of: Exclude<ConfigItemKind, 'check-id'>,
    invalid: 'config/not-a-domain' | 'config/not-an-authserv-id' | 'config/not-an-address-or-domain',
    item: (s: string) => string | null,
  ): string[] | undefined => {
    const v = value[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      err(key, 'config/expected-array', { of, got: show(v) });
      return undefined;
    }
    if (v.length > MAX.list) {
      err(key, 'config/too-many', { what: 'entries', count: v.length, max: MAX.list });
      return undefined;
    }
    const out: string[] = [];
    v.forEach((raw: unknown, i) => {
      const p = `${key}[${i}]`;
      if (typeof raw !== 'string') return err(p, 'config/expected-string', { got: show(raw) });
      if (raw.trim() === '') return err(p, 'config/empty-string', {});
      if (raw.length > MAX.item) return err(p, 'config/too-long', { max: MAX.item });
      const s = item(raw);
      if (s === null) return err(p, invalid, { value: show(raw) });
      if (!out.includes(s)) out.push(s);
      return undefined;
    });
    return out;
  };

  const organizationDomains = list('organizationDomains', 'domain', 'config/not-a-domain', normalizeDomain);
  const trustedAuthservIds = list('trustedAuthservIds', 'authserv-id', 'config/not-an-authserv-id', (s) =>
    AUTHSERV_ID.test(s.trim()) ? s.trim().toLowerCase() : null,
  );
  const allowSenders = list('allowSenders', 'address-or-domain', 'config/not-an-address-or-domain', (s) =>
    s.includes('@') && !s.trim().startsWith('@') ? normalizeAddress(s) : normalizeDomain(s.trim().replace(/^@/, '')),
  );
  const allowLinkDomains = list('allowLinkDomains', 'domain', 'config/not-a-domain', normalizeDomain);

  const knownIds = checks.map((c) => c.id as string);
  const known = new Set(knownIds);
  const checkId = (s: string): string | null => (known.has(s) ? s : null);
  let disable: CheckId[] | undefined;
  const rawDisable = value['disable'];
  if (Array.isArray(rawDisable) && rawDisable.length <= MAX.list) {
    disable = [];
    rawDisable.forEach((raw: unknown, i) => {
      const p = `disable[${i}]`;
      if (typeof raw !== 'string') return err(p, 'config/expected-check-id', { got: show(raw) });
      if (!checkId(raw)) return err(p, 'config/unknown-check-id', { value: show(raw), suggestion: suggestion(raw, knownIds) });
      if (!disable?.includes(raw as CheckId)) disable?.push(raw as CheckId);
      return undefined;
    });
  } else if (Array.isArray(rawDisable)) {
    err('disable', 'config/too-many', { what: 'entries', count: rawDisable.length, max: MAX.list });
  } else if (rawDisable !== undefined) {
    err('disable', 'config/expected-array', { of: 'check-id', got: show(rawDisable) });
  }

  let weights: Partial<Record<CheckId, number>> | undefined;
  const rawWeights = value['weights'];
  if (rawWeights !== undefined) {
    if (!isRecord(rawWeights)) {
      err('weights', 'config/weights-not-an-object', { got: show(rawWeights) });
    } else {
      const w = Object.create(null) as Record<string, number>;
      const entries = Object.entries(rawWeights);
      if (entries.length > MAX.list) err('weights', 'config/too-many', { what: 'entries', count: entries.length, max: MAX.list });
      for (const [id, n] of entries.slice(0, MAX.list)) {
        const p = keyPath('weights', id);
        if (!known.has(id)) {
          err(p, 'config/unknown-check-id', { suggestion: suggestion(id, knownIds) });
          continue;
        }
        if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > MAX.weight) {
          err(p, 'config/weight-out-of-range', { max: MAX.weight, got: show(n) });
          continue;
        }
        Object.defineProperty(w, id, { value: n, enumerable: true, writable: false, configurable: false });
      }
      weights = w as Partial<Record<CheckId, number>>;
    }
  }

  let recipient: { address: string; name?: string } | undefined;
  const rawRecipient = value['recipient'];
  if (rawRecipient !== undefined) {
    if (!isRecord(rawRecipient)) {
      err('recipient', 'config/recipient-not-an-object', { got: show(rawRecipient) });
    } else {
      for (const key of Object.keys(rawRecipient)) {
        if (key !== 'address' && key !== 'name') err(keyPath('recipient', key), 'config/unknown-property', { allowed: ['address', 'name'] });
      }
      const a = rawRecipient['address'];
      const n = rawRecipient['name'];
      let address: string | null = null;
      if (typeof a !== 'string') {
        if (a === undefined) err('recipient.address', 'config/missing', { expected: 'address' });
        else err('recipient.address', 'config/expected-string', { got: show(a) });
      } else if (a.length > MAX.item || (address = normalizeAddress(a)) === null) err('recipient.address', 'config/not-an-address', { value: show(a) });
      if (n !== undefined && (typeof n !== 'string' || n.length > MAX.name)) {
        err('recipient.name', 'config/name-too-long', { max: MAX.name, got: show(n) });
      }
      if (address) recipient = typeof n === 'string' && n.trim() ? { address, name: n.trim() } : { address };
    }
  }

  let extraBrands: BrandList | undefined;
  const rawBrands = value['extraBrands'];
  if (rawBrands !== undefined) {
    const r = validateBrandList(rawBrands);
    if (r.ok) extraBrands = r.value;
    else {
      for (const i of r.issues) {
        if (issues.length >= MAX.errors) dropped++;
        else issues.push({ ...i, path: i.path === '(root)' || i.path === '' ? 'extraBrands' : `extraBrands.${i.path}` });
      }
    }
  }

  let limits: Limits | undefined;
  const rawLimits = value['limits'];
  if (rawLimits !== undefined) {
    if (!isRecord(rawLimits)) {
      err('limits', 'config/not-an-object', { got: show(rawLimits) });
    } else {
      const l: Record<string, number> = {};
      for (const [key, n] of Object.entries(rawLimits)) {
        const max = LIMIT_KEYS.get(key);
        const p = keyPath('limits', key);
        if (max === undefined) err(p, 'config/unknown-property', { allowed: [...LIMIT_KEYS.keys()] });
        else if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max) err(p, 'config/limit-out-of-range', { max, got: show(n) });
        else l[key] = n;
      }
      limits = l as Limits;
    }
  }

  if (issues.length > 0 || dropped > 0) return fail();

  const options: { -readonly [K in keyof AnalyzeOptions]: AnalyzeOptions[K] } = {};
  if (organizationDomains?.length) options.organizationDomains = organizationDomains;
  if (trustedAuthservIds?.length) options.trustedAuthservIds = trustedAuthservIds;
  if (recipient) options.recipient = recipient;
  if (extraBrands?.brands.length) options.extraBrands = extraBrands;
  if (allowSenders?.length) options.allowSenders = allowSenders;
  if (allowLinkDomains?.length) options.allowLinkDomains = allowLinkDomains;
  if (disable?.length) options.disable = disable;
  if (weights && Object.keys(weights).length) options.weights = weights;
  if (limits && Object.keys(limits).length) options.limits = limits;
  return { ok: true, options };
}
