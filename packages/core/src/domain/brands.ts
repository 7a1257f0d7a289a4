/**
 * The brand registry: a typed view of `data/brands.json`, a hand-written validator for user lists,
 * and a precompiled matcher that finds brand names in display names and 【subject tags】.
 *
 * Threat model: the display name is free text (RFC 5322 §3.4) and never authenticated, so
 * `"Amazon.co.jp" <x@kankyou-hozen.example>` or `"alpha mail" <info@clinic.example>` is the cheapest
 * lie a phisher can tell. Attackers also dress names up: full-width forms (`ａｍａｚｏｎ`), invisible
 * characters (`メルカ\u2064リ`), letter spacing (`三 井 住 友`), decorative combining marks and `™`.
 * Matching therefore folds both sides (NFKC, case, invisibles) and also compares a compact form
 * with spaces, dots and hyphens removed, while Latin aliases only match whole tokens so that
 * `Visalia`, `Amazonia` or `Kanade` are not read as brands. CamelCase and digits end a token
 * (`BinanceMail`, `LidoV2`); letters that pass for Latin (`ΡayΡal` with Greek Rho, Cyrillic
 * `Аррlе`, `WaIIet`) are also read as their lookalikes; and names too ordinary to be aliases
 * (`Ledger`, `Zoom`, `ANA`) count when they are the whole name, give or take role words
 * (`Zoom Support Team`).
 *
 * Everything here is pure and browser-safe. The only module state is WeakMap memos keyed by object
 * identity (a compiled index per list, and per index a bounded memo of the mentions found in a
 * text) and a bounded per-character memo of the confusable table, none of which ever changes a result.
 */
import data from '../data/brands.json' with { type: 'json' };
import { failureOf } from '../explain/config-text.js';
import type { ConfigIssue, ConfigIssueCode, ConfigIssueParams, ShownValue } from '../model/config-issue.js';
import { foldForMatch } from '../text/normalize.js';
import { hasConfusableChar, skeleton } from './confusables.js';
import { BoundedMemo, ownKey } from './memo.js';
import { normalizeHost, registrableDomain } from './registrable.js';

/** What a brand does; decides wording in explanations and lets users filter. */
export type BrandSector =
  | 'bank'
  | 'card'
  | 'carrier'
  | 'delivery'
  | 'ecommerce'
  | 'payment'
  | 'government'
  | 'transport'
  | 'utility'
  | 'securities'
  | 'crypto'
  | 'mail-service'
  | 'it'
  | 'social'
  | 'entertainment'
  | 'travel'
  | 'person'
  | 'other';

/** Every allowed {@link BrandSector}, in the order of the schema. */
export const BRAND_SECTORS: readonly BrandSector[] = [
  'bank',
  'card',
  'carrier',
  'delivery',
  'ecommerce',
  'payment',
  'government',
  'transport',
  'utility',
  'securities',
  'crypto',
  'mail-service',
  'it',
  'social',
  'entertainment',
  'travel',
  'person',
  'other',
];

/**
 * One organisation that phishing pretends to be.
 *
 * @example
 * const amazon: Brand = {
 *   id: 'amazon', name: { en: 'Amazon', ja: 'Amazon' }, sector: 'ecommerce', region: 'jp',
 *   aliases: ['amazon', 'アマゾン'], domains: ['amazon.co.jp', 'amazon.com'], sendingDomains: [],
 * };
 */
export interface Brand {
  /** Permanent kebab-case id. Never renamed: users' extra lists and reports refer to it. */
  readonly id: string;
  readonly name: { readonly en: string; readonly ja: string };
  readonly sector: BrandSector;
  /** `jp`: an organisation (or a Japanese storefront) that targets people in Japan. */
  readonly region: 'jp' | 'global';
  /** Strings a person reads as this brand in a display name or a subject tag. Matched folded. */
  readonly aliases: readonly string[];
  /**
   * Names too ordinary to match inside a longer name (`Ledger`, `Zoom`, `Steam`) that are a claim
   * to be this brand when they are the whole display name or tag, give or take a role word
   * (`Zoom Support`, `Ledger Team`, `LINEサポート事務局`). An alias written in capitals (`ANA`,
   * `LINE`) matches only text in capitals, so the given names `Ana` and `Line` stay people.
   */
  readonly exactAliases?: readonly string[];
  /** Registrable domains (eTLD+1) the organisation legitimately sends from. */
  readonly domains: readonly string[];
  /** Brand-specific bounce/ESP domains that carry its mail (never shared ESPs such as sendgrid.net). */
  readonly sendingDomains: readonly string[];
}

/**
 * A list of brands, as bundled or as supplied by a user.
 *
 * @example
 * const mine: BrandList = { brands: [{ id: 'example-bank', name: { en: 'Example Bank', ja: 'エグザンプル銀行' },
 *   sector: 'bank', region: 'jp', aliases: ['エグザンプル銀行'], domains: ['example.co.jp'], sendingDomains: [] }] };
 */
export interface BrandList {
  /** Date the data was last reviewed (`YYYY-MM-DD`). */
  readonly snapshot?: string;
  readonly brands: readonly Brand[];
}

/**
 * The bundled registry (`data/brands.json`). Japanese brands come first.
 *
 * @example
 * bundledBrands.brands.find((b) => b.id === 'mercari')?.domains; // ['mercari.com', 'mercari.jp', 'merpay.com']
 */
export const bundledBrands: BrandList = data as BrandList;

// ---------------------------------------------------------------------------------------------
// Validation

/** Limits for user-supplied lists (hostile input: a list can come from a settings page). */
const LIMITS = { brands: 5000, aliases: 200, domains: 200, aliasLength: 100, nameLength: 200, errors: 50 } as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SNAPSHOT = /^\d{4}-\d{2}-\d{2}$/;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_KEYS: ReadonlySet<string> = new Set(['$schema', 'snapshot', 'brands']);
const BRAND_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'sector', 'region', 'aliases', 'exactAliases', 'domains', 'sendingDomains']);
const NAME_KEYS: ReadonlySet<string> = new Set(['en', 'ja']);
const SECTORS: ReadonlySet<string> = new Set(BRAND_SECTORS);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): ShownValue {
  if (typeof v === 'string') return { kind: 'literal', text: JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' : v) };
  if (Array.isArray(v)) return { kind: 'array' };
  return v === null ? { kind: 'literal', text: 'null' } : { kind: 'type', name: typeof v };
}

/** A problem without its path (what the per-value rules below return). */
type Problem = { readonly [C in ConfigIssueCode]: { readonly code: C; readonly params: ConfigIssueParams[C] } }[ConfigIssueCode];

/**
 * The outcome of {@link validateBrandList}; `issues` are the `errors` as codes and params, line for
 * line (not enumerable, so the result serialises and compares as it always has).
 */
export type BrandListResult = { ok: true; value: BrandList } | { ok: false; errors: string[]; issues: ConfigIssue[] };

/**
 * Checks that an unknown value (parsed JSON) is a well-formed {@link BrandList}. Hand-written so the
 * core needs no schema library; messages name the path, e.g. `brands[3].domains[0]: not a domain`.
 * On success `value` is a fresh list in which a missing `sendingDomains` has become `[]`. On failure
 * `issues` holds the same problems as codes and params (`configIssueText(issue, 'ja')` renders one).
 *
 * Rules beyond the shape: ids are unique kebab-case; aliases fold to at least 2 characters (3 for a
 * purely Latin/digit alias such as `jal`) and are unique per brand after folding; exact aliases
 * follow the same length rule, must keep a name once role words (`support`, `team`, `サポート`) are
 * removed, and are unique per brand after that; domains are lower-case registrable domains
 * (`mail.example.co.jp` is rejected in favour of `example.co.jp`).
 *
 * @example
 * const r = validateBrandList(JSON.parse(text));
 * if (!r.ok) console.error(r.errors.join('\n'));
 * else analyze(input, { extraBrands: r.value });
 */
export function validateBrandList(value: unknown): BrandListResult {
  const issues: ConfigIssue[] = [];
  let dropped = 0;
  const err = <C extends ConfigIssueCode>(path: string, code: C, params: ConfigIssueParams[C]): void => {
    if (issues.length < LIMITS.errors) issues.push({ code, path, params } as ConfigIssue);
    else dropped++;
  };
  const problem = (path: string, p: Problem): void => err(path, p.code, p.params as never);
  const finish = (): { ok: false; errors: string[]; issues: ConfigIssue[] } => {
    if (dropped > 0) issues.push({ code: 'config/more-errors', path: '', params: { count: dropped } });
    return failureOf(issues);
  };

  if (!isRecord(value)) {
    err('(root)', 'brands/not-a-list', { got: show(value) });
    return finish();
  }
  for (const key of Object.keys(value)) if (!TOP_KEYS.has(key)) err(key, 'config/unknown-property', {});
  const snapshot = value['snapshot'];
  if (snapshot !== undefined && (typeof snapshot !== 'string' || !SNAPSHOT.test(snapshot))) {
    err('snapshot', 'brands/bad-snapshot', { got: show(snapshot) });
  }
  if (value['$schema'] !== undefined && typeof value['$schema'] !== 'string') err('$schema', 'config/expected-string', {});
  const list = value['brands'];
  if (!Array.isArray(list)) {
    if (list === undefined) err('brands', 'config/missing', { expected: 'array' });
    else err('brands', 'config/expected-array', { got: show(list) });
    return finish();
  }
  if (list.length > LIMITS.brands) {
    err('brands', 'config/too-many', { what: 'brands', count: list.length, max: LIMITS.brands });
    return finish();
  }

  const out: Brand[] = [];
  const firstById = new Map<string, number>();
  list.forEach((raw: unknown, i) => {
    const at = `brands[${i}]`;
    if (!isRecord(raw)) {
      err(at, 'config/not-an-object', { got: show(raw) });
      return;
    }
    const before = issues.length + dropped;
    for (const key of Object.keys(raw)) if (!BRAND_KEYS.has(key)) err(`${at}.${key}`, 'config/unknown-property', {});

    const id = raw['id'];
    if (typeof id !== 'string' || !ID.test(id)) {
      err(`${at}.id`, 'brands/bad-id', { got: show(id) });
    } else if (firstById.has(id)) {
      err(`${at}.id`, 'brands/duplicate-id', { id, first: firstById.get(id) ?? 0 });
    } else {
      firstById.set(id, i);
    }

    const name = raw['name'];
    if (!isRecord(name)) {
      err(`${at}.name`, 'brands/bad-name', { got: show(name) });
    } else {
      for (const key of Object.keys(name)) if (!NAME_KEYS.has(key)) err(`${at}.name.${key}`, 'config/unknown-property', {});
      for (const lang of ['en', 'ja'] as const) {
        const n = name[lang];
        if (typeof n !== 'string' || n.trim() === '') err(`${at}.name.${lang}`, 'brands/empty-name', { got: show(n) });
        else if (n.length > LIMITS.nameLength) err(`${at}.name.${lang}`, 'config/too-long', { max: LIMITS.nameLength });
      }
    }

    const sector = raw['sector'];
    if (typeof sector !== 'string' || !SECTORS.has(sector)) {
      err(`${at}.sector`, 'brands/bad-sector', { allowed: BRAND_SECTORS, got: show(sector) });
    }
    const region = raw['region'];
    if (region !== 'jp' && region !== 'global') err(`${at}.region`, 'brands/bad-region', { got: show(region) });

    const aliases = raw['aliases'];
    if (!Array.isArray(aliases)) {
      if (aliases === undefined) err(`${at}.aliases`, 'config/missing', { expected: 'strings' });
      else err(`${at}.aliases`, 'config/expected-array', { got: show(aliases) });
    } else if (aliases.length > LIMITS.aliases) {
      err(`${at}.aliases`, 'config/too-many', { what: 'aliases', count: aliases.length, max: LIMITS.aliases });
    } else {
      const seen = new Map<string, number>();
      aliases.forEach((a: unknown, j) => {
        const p = `${at}.aliases[${j}]`;
        if (typeof a !== 'string') return err(p, 'config/expected-string', { got: show(a) });
        if (a.length > LIMITS.aliasLength) return err(p, 'config/too-long', { max: LIMITS.aliasLength });
        const bad = aliasProblem(a);
        if (bad) return problem(p, bad);
        const folded = foldText(a).folded;
        const k = seen.get(folded);
        if (k !== undefined) return err(p, 'brands/duplicate-alias', { list: 'aliases', first: k, folded: show(folded) });
        seen.set(folded, j);
        return undefined;
      });
    }

    const exact = raw['exactAliases'];
    if (exact !== undefined) {
      if (!Array.isArray(exact)) {
        err(`${at}.exactAliases`, 'config/expected-array', { got: show(exact) });
      } else if (exact.length > LIMITS.aliases) {
        err(`${at}.exactAliases`, 'config/too-many', { what: 'exact-aliases', count: exact.length, max: LIMITS.aliases });
      } else {
        const seen = new Map<string, number>();
        exact.forEach((a: unknown, j) => {
          const p = `${at}.exactAliases[${j}]`;
          if (typeof a !== 'string') return err(p, 'config/expected-string', { got: show(a) });
          if (a.length > LIMITS.aliasLength) return err(p, 'config/too-long', { max: LIMITS.aliasLength });
          const bad = exactAliasProblem(a);
          if (bad) return problem(p, bad);
          const key = exactKey(a)?.key ?? '';
          const k = seen.get(key);
          if (k !== undefined) return err(p, 'brands/duplicate-alias', { list: 'exactAliases', first: k, folded: show(key) });
          seen.set(key, j);
          return undefined;
        });
      }
    }

    const domainList = (key: 'domains' | 'sendingDomains', required: boolean): void => {
      const v = raw[key];
      if (v === undefined && !required) return;
      if (!Array.isArray(v)) {
        if (v === undefined) err(`${at}.${key}`, 'config/missing', { expected: 'domains' });
        else err(`${at}.${key}`, 'config/expected-array', { got: show(v) });
        return;
      }
      if (v.length > LIMITS.domains) {
        err(`${at}.${key}`, 'config/too-many', { what: 'domains', count: v.length, max: LIMITS.domains });
        return;
      }
      const seen = new Map<string, number>();
      v.forEach((d: unknown, j) => {
        const p = `${at}.${key}[${j}]`;
        if (typeof d !== 'string') return err(p, 'config/expected-string', { got: show(d) });
        const bad = domainProblem(d);
        if (bad) return problem(p, bad);
        const k = seen.get(d);
        if (k !== undefined) return err(p, 'brands/duplicate-domain', { list: key, first: k });
        seen.set(d, j);
        return undefined;
      });
    };
    domainList('domains', true);
    domainList('sendingDomains', false);

    if (issues.length + dropped === before) {
      const r = raw as unknown as Brand & { sendingDomains?: readonly string[] };
      out.push({
        id: r.id,
        name: { en: r.name.en, ja: r.name.ja },
        sector: r.sector,
        region: r.region,
        aliases: [...r.aliases],
        ...(r.exactAliases ? { exactAliases: [...r.exactAliases] } : {}),
        domains: [...r.domains],
        sendingDomains: [...(r.sendingDomains ?? [])],
      });
    }
  });

  if (issues.length > 0 || dropped > 0) return finish();
  const result: BrandList = typeof snapshot === 'string' ? { snapshot, brands: out } : { brands: out };
  return { ok: true, value: result };
}

/** Why an alias cannot be matched reliably, or null when it is fine. */
function aliasProblem(alias: string): Problem | null {
  const { compact } = compactText(foldText(alias));
  if (compact.length < 2) return { code: 'brands/alias-too-short', params: {} };
  if (/^[a-z0-9]+$/.test(compact) && compact.length < 3) return { code: 'brands/latin-alias-too-short', params: { alias: show(alias) } };
  return null;
}

/** Why an exact alias cannot be matched reliably, or null when it is fine. */
function exactAliasProblem(alias: string): Problem | null {
  const k = exactKey(alias);
  if (!k) return { code: 'brands/only-role-words', params: {} };
  if (k.key.length < 2) return { code: 'brands/alias-too-short', params: {} };
  if (/^[a-z0-9]+$/.test(k.key) && k.key.length < 3) return { code: 'brands/latin-exact-alias-too-short', params: { alias: show(alias) } };
  return null;
}

/** Why a string is not a usable registrable domain, or null when it is. */
function domainProblem(d: string): Problem | null {
  if (!DOMAIN.test(d.toLowerCase())) return { code: 'brands/not-a-domain', params: { value: show(d) } };
  if (d !== d.toLowerCase()) return { code: 'brands/not-lower-case', params: { lower: show(d.toLowerCase()) } };
  const reg = registrableDomain(d);
  if (reg === null) return { code: 'brands/public-suffix', params: { value: show(d) } };
  if (reg !== d) return { code: 'brands/not-registrable', params: { value: show(d), use: show(reg) } };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Merging

/**
 * Lays a user's list over a base list: a brand with the same id replaces the base brand in place,
 * new brands are appended in their order. With `replace: true` the user's list is used alone.
 * Both inputs should have passed {@link validateBrandList}.
 *
 * @example
 * const list = mergeBrands(bundledBrands, { brands: [myBank] });
 * const index = buildBrandIndex(list);
 */
export function mergeBrands(base: BrandList, extra: BrandList | undefined, opts?: { readonly replace?: boolean }): BrandList {
  if (!extra) return base;
  if (opts?.replace) {
    const snapshot = extra.snapshot ?? base.snapshot;
    return snapshot === undefined ? { brands: extra.brands } : { snapshot, brands: extra.brands };
  }
  const byId = new Map<string, Brand>();
  for (const b of extra.brands) if (!byId.has(b.id)) byId.set(b.id, b);
  const used = new Set<string>();
  const brands: Brand[] = [];
  for (const b of base.brands) {
    const override = byId.get(b.id);
    if (override && !used.has(b.id)) {
      brands.push(override);
      used.add(b.id);
    } else if (!override) {
      brands.push(b);
    }
  }
  for (const [id, b] of byId) if (!used.has(id)) brands.push(b);
  return base.snapshot === undefined ? { brands } : { snapshot: base.snapshot, brands };
}

// ---------------------------------------------------------------------------------------------
// Domains

/**
 * True when `registrableDomain` (or any host under it) is one of the brand's `domains` or
 * `sendingDomains`. Case-insensitive; a trailing dot is ignored.
 *
 * @example
 * isBrandDomain(amazon, 'amazon.co.jp');             // true
 * isBrandDomain(amazon, 'marketplace.amazon.co.jp'); // true (subdomain)
 * isBrandDomain(amazon, 'amazon.co.jp.example');     // false
 */
export function isBrandDomain(brand: Brand, registrableDomain: string): boolean {
  const d = normalizeDomain(registrableDomain);
  if (!d) return false;
  const hit = (x: string): boolean => {
    const l = x.toLowerCase();
    return d === l || (d.length > l.length && d.endsWith(l) && d.charCodeAt(d.length - l.length - 1) === 0x2e);
  };
  return brand.domains.some(hit) || brand.sendingDomains.some(hit);
}

function normalizeDomain(d: string): string {
  return normalizeHost(d);
}

// ---------------------------------------------------------------------------------------------
// Index

/**
 * A list prepared for lookups: ids, domain owners and the compiled alias matcher.
 *
 * @example
 * const index = buildBrandIndex(bundledBrands);
 * index.ownersOf('smbc.co.jp').map((b) => b.id); // ['smbc', 'smbc-card']
 */
export interface BrandIndex {
  readonly brands: readonly Brand[];
  byId(id: string): Brand | undefined;
  /** all brands whose domains or sendingDomains contain this registrable domain */
  ownersOf(registrableDomain: string): readonly Brand[];
}

/** An alias prepared for matching. */
interface CompiledAlias {
  readonly brand: Brand;
  readonly brandOrder: number;
  readonly alias: string;
  readonly aliasOrder: number;
  /** Folded and compacted alias. */
  readonly compact: string;
  /** Positions in `compact` where the alias itself has a word break (a separator or a Latin/non-Latin change). */
  readonly breaks: ReadonlySet<number>;
  /** The first / last compact character is Latin or a digit: the text must have a token boundary there. */
  readonly latinStart: boolean;
  readonly latinEnd: boolean;
}

/** An exact alias prepared for matching: the whole (role-stripped) name must equal it. */
interface CompiledExact {
  readonly brand: Brand;
  readonly brandOrder: number;
  readonly alias: string;
  readonly aliasOrder: number;
  /** Offsets in the key where two words of the alias meet (`PancakeSwap` → {7}). */
  readonly joins: ReadonlySet<number>;
  /** Written in capitals (`ANA`): the text must have no lower-case letter. */
  readonly capsOnly: boolean;
}

/**
 * The aliases that start with one pair of compact characters. Most positions of a text start some
 * pair (on the corpus, two thirds of them, with about six aliases each) but hardly any alias, so
 * the longer aliases are also split by their third character: a position looks at the few whose
 * third character it has rather than at all of them. Which aliases match is the same.
 */
interface PrefixBucket {
  /** The two-character aliases of the pair. */
  readonly pairs: readonly CompiledAlias[];
  /** By third character: the two-character aliases, then the longer aliases with that third character (in registry order). */
  readonly byThird: ReadonlyMap<number, readonly CompiledAlias[]>;
}

interface Matcher {
  /** Aliases keyed by their first two compact UTF-16 code units. */
  readonly byPrefix: ReadonlyMap<number, PrefixBucket>;
  /** Exact aliases keyed by their core key (see {@link coreOf}); the first brand wins a shared key. */
  readonly exact: ReadonlyMap<string, CompiledExact>;
  /** Characters that follow an `l` somewhere in an alias or exact key: a word-initial `I` + one of them may be a disguised `l`. */
  readonly afterL: ReadonlySet<number>;
}

const NONE: readonly Brand[] = Object.freeze([]);
const indexMemo = new WeakMap<BrandList, BrandIndex>();
const matcherMemo = new WeakMap<object, Matcher>();

/**
 * Builds (once per list object) the lookup index used by {@link findBrandMentions}. Aliases are
 * folded and compiled once per index, on the first search, so calling it again with the same list
 * is free and a caller that only needs {@link BrandIndex.ownersOf} never pays for compiling.
 *
 * @example
 * const index = buildBrandIndex(mergeBrands(bundledBrands, userBrands));
 * index.byId('amazon')?.name.ja; // 'Amazon'
 */
export function buildBrandIndex(list: BrandList): BrandIndex {
  const cached = indexMemo.get(list);
  if (cached) return cached;
  const brands = list.brands;
  const ids = new Map<string, Brand>();
  const owners = new Map<string, Brand[]>();
  for (const b of brands) {
    if (!ids.has(b.id)) ids.set(b.id, b);
    for (const d of new Set([...b.domains, ...b.sendingDomains].map(normalizeDomain))) {
      const arr = owners.get(d);
      if (arr) arr.push(b);
      else owners.set(d, [b]);
    }
  }
  const index: BrandIndex = {
    brands,
    byId: (id) => ids.get(id),
    ownersOf: (domain) => owners.get(normalizeDomain(domain)) ?? NONE,
  };
  indexMemo.set(list, index);
  return index;
}

function compileMatcher(brands: readonly Brand[]): Matcher {
  const byPair = new Map<number, CompiledAlias[]>();
  const exact = new Map<string, CompiledExact>();
  brands.forEach((brand, brandOrder) => {
    (brand.exactAliases ?? []).forEach((alias, aliasOrder) => {
      const core = exactKey(alias);
      if (!core || core.key.length < 2 || exact.has(core.key)) return;
      const capsOnly = /\p{Lu}/u.test(alias) && !/\p{Ll}/u.test(alias.normalize('NFKC'));
      exact.set(core.key, { brand, brandOrder, alias, aliasOrder, joins: new Set(core.joins), capsOnly });
    });
    const seen = new Set<string>();
    brand.aliases.forEach((alias, aliasOrder) => {
      const c = compactText(foldText(alias));
      const key = `${c.compact}\u0000${c.breaksAt.join(',')}`;
      if (c.compact.length < 2 || seen.has(key)) return;
      seen.add(key);
      const breaks = new Set<number>(c.breaksAt);
      for (let p = 1; p < c.compact.length; p++) {
        if (isWordAt(c.compact, p - 1) !== isWordAt(c.compact, p)) breaks.add(p);
      }
      const entry: CompiledAlias = {
        brand,
        brandOrder,
        alias,
        aliasOrder,
        compact: c.compact,
        breaks,
        latinStart: isWordAt(c.compact, 0),
        latinEnd: isWordAt(c.compact, c.compact.length - 1),
      };
      const prefix = prefixKey(c.compact, 0);
      const bucket = byPair.get(prefix);
      if (bucket) bucket.push(entry);
      else byPair.set(prefix, [entry]);
    });
  });
  const afterL = new Set<number>();
  const collect = (key: string): void => {
    for (let i = key.indexOf('l'); i >= 0 && i + 1 < key.length; i = key.indexOf('l', i + 1)) afterL.add(key.charCodeAt(i + 1));
  };
  for (const bucket of byPair.values()) for (const e of bucket) collect(e.compact);
  for (const key of exact.keys()) collect(key);
  const byPrefix = new Map<number, PrefixBucket>();
  for (const [prefix, bucket] of byPair) {
    const pairs = bucket.filter((e) => e.compact.length === 2);
    const byThird = new Map<number, CompiledAlias[]>();
    for (const e of bucket) {
      if (e.compact.length === 2) continue;
      const third = e.compact.charCodeAt(2);
      const list = byThird.get(third);
      if (list) list.push(e);
      else byThird.set(third, [...pairs, e]);
    }
    byPrefix.set(prefix, { pairs, byThird });
  }
  return { byPrefix, exact, afterL };
}

function matcherFor(index: BrandIndex): Matcher {
  let m = matcherMemo.get(index);
  if (!m) {
    m = compileMatcher(index.brands);
    matcherMemo.set(index, m);
  }
  return m;
}

/**
 * The bucket of the two characters at `i`, folded into a small integer (a map key that needs no
 * heap number, even for kanji). Two prefixes may share a bucket; a match is always checked in full.
 */
function prefixKey(s: string, i: number): number {
  return ((s.charCodeAt(i) << 14) ^ s.charCodeAt(i + 1)) & 0x3fffffff;
}

// ---------------------------------------------------------------------------------------------
// Folding with a map back to the original text

/** Text longer than this is cut before matching (display names and subjects are far shorter). */
const MAX_TEXT = 4096;

/** Separators dropped by the compact form; mirrors the class in `foldCompact` (see the tests). */
const SEPARATOR = /[\s.\-_・·･'’"“”()（）【】[\]「」『』]/u;
/** Signs that NFKC spells out as letters (`™` → `tm`) and that would glue onto a brand name. */
const SIGN_AS_SPACE = /[\u2122\u2120\u00AE\u00A9\u2117]/u;
const MARK = /\p{M}/u;
const MARKS_AFTER_LATIN = /(?<=[a-z0-9])\p{M}+/gu;
const LATIN = /\p{Script=Latin}/u;
/** A character that continues a base character: combining marks and half-width (semi-)voiced sound marks. */
const CONTINUES = /[\p{M}\uFF9E\uFF9F]/u;
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/**
 * Whether the code point at `text[i]` (`i` in bounds) matches `CONTINUES`. No code point below
 * U+0300 does (the first combining mark), so most characters of a text are answered without a
 * string and a regex test (exported for the test that checks every one of them).
 */
export function continuesAt(text: string, i: number): boolean {
  return text.charCodeAt(i) >= 0x300 && CONTINUES.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
}

interface Folded {
  /** Concatenated per-chunk folds. */
  readonly folded: string;
  /** For each folded code unit: start / end offsets of its chunk in the original text; null = identity. */
  readonly start: readonly number[] | null;
  readonly end: readonly number[] | null;
}

/**
 * Folds text chunk by chunk (a chunk is a base character and the marks that belong to it), so each
 * folded character can be traced back to the original. Per chunk: `foldForMatch` (NFKC, lower case,
 * invisibles removed); `™ ® ©` become a space; combining marks left on a Latin letter or digit after
 * NFKC (decoration such as `aܿmܿaܿzܿoܿn`) are dropped. Precomposed letters (`ü`, `é`) are kept.
 *
 * With `lookalike`, letters that pass for Latin become their Latin prototype (the skeleton of
 * `confusables.ts` plus {@link LOOKALIKE_EXTRA}: Cyrillic `р` → `p`, Greek `Ρ` → `p`, small capital
 * `ᴘ` → `p`), marks are dropped (`é` → `e`), and an ASCII `I` glued to a lower-case letter is read
 * as `l` (`WaIIet`, `Iedger`). Kanji and kana are never mapped (`三`, `口` and `力` stay as they are).
 */
function foldText(text: string, lookalike = false): Folded {
  if (PRINTABLE_ASCII.test(text)) {
    return { folded: lookalike ? asciiLookalike(text, 0, text.length) : text.toLowerCase(), start: null, end: null };
  }
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const s = i;
    const cp = text.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    const continued = i < text.length && continuesAt(text, i);
    if (cp < 0x80 && !continued) {
      const f =
        lookalike && cp === 0x49 && capitalIAsL(text, s)
          ? 'l'
          : cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : cp >= 0x20 && cp !== 0x7f ? String.fromCharCode(cp) : cp >= 9 && cp <= 13 ? ' ' : '';
      if (f) {
        folded += f;
        starts.push(s);
        ends.push(i);
      }
      continue;
    }
    let f: string;
    if (!continued && isStableCjk(cp)) {
      f = String.fromCharCode(cp);
    } else {
      while (i < text.length && continuesAt(text, i)) i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      const chunk = text.slice(s, i);
      const extra = lookalike ? LOOKALIKE_EXTRA.get(String.fromCodePoint(cp)) : undefined;
      if (extra !== undefined) {
        f = extra;
      } else {
        f = SIGN_AS_SPACE.test(chunk) ? ' ' : foldForMatch(chunk);
        if (f && MARK.test(f)) f = f.replace(MARKS_AFTER_LATIN, '');
        if (lookalike && f && isLookalikeRange(cp) && !PRINTABLE_ASCII.test(f)) f = skeleton(f);
      }
    }
    for (let k = 0; k < f.length; k++) {
      starts.push(s);
      ends.push(i);
    }
    folded += f;
  }
  return { folded, start: starts, end: ends };
}

/**
 * Letters that pass for Latin but that the skeleton table misses, mostly because it lower-cases
 * first: Greek capitals whose small forms look different (`Η` is H, `η` is n; `Μ`, `Ν`, `Υ`, `Ζ`),
 * small capitals (`ᴀ ᴅ ᴇ ʟ`), Cherokee letters (`Ꮮ`, `Ꭺ`) and a few Cyrillic extras (`ҽ`).
 * Keyed by the character as written (and its lower-case form, when that differs).
 */
const LOOKALIKE_EXTRA: ReadonlyMap<string, string> = (() => {
  const pairs: readonly (readonly [string, string])[] = [
    ['Η', 'h'], ['Ν', 'n'], ['Υ', 'y'], ['Μ', 'm'], ['Ζ', 'z'], ['Ι', 'i'], ['Κ', 'k'], ['Χ', 'x'], ['Β', 'b'],
    ['ᴀ', 'a'], ['ʙ', 'b'], ['ᴄ', 'c'], ['ᴅ', 'd'], ['ᴇ', 'e'], ['ꜰ', 'f'], ['ɪ', 'i'], ['ᴊ', 'j'], ['ʟ', 'l'],
    ['ǫ', 'q'], ['ҽ', 'e'], ['Ӏ', 'l'], ['ӏ', 'l'],
    ['Ꭺ', 'a'], ['Ᏼ', 'b'], ['Ꮯ', 'c'], ['Ꭰ', 'd'], ['Ꭼ', 'e'], ['Ꮐ', 'g'], ['Ꮋ', 'h'], ['Ꭵ', 'i'], ['Ꭻ', 'j'],
    ['Ꮶ', 'k'], ['Ꮮ', 'l'], ['Ꮇ', 'm'], ['Ꮲ', 'p'], ['Ꮢ', 'r'], ['Ꮪ', 's'], ['Ꭲ', 't'], ['Ꮩ', 'v'], ['Ꮃ', 'w'],
    ['Ꮓ', 'z'],
  ];
  const m = new Map<string, string>();
  for (const [k, v] of pairs) {
    m.set(k, v);
    // Cherokee has small letters (U+AB70…) that look like the capitals; Greek small letters do not.
    if (k >= '\u13A0' && k <= '\u13FF') m.set(k.toLowerCase(), v);
  }
  return m;
})();

/** Blocks whose letters can pass for Latin: Latin-1 to Greek/Cyrillic/Armenian/Cherokee/phonetic, Latin Extended-C/D, Lisu, Cyrillic Extended-B, Cherokee Supplement. */
function isLookalikeRange(cp: number): boolean {
  return (cp >= 0x80 && cp < 0x2000) || (cp >= 0x2c00 && cp < 0x2e00) || (cp >= 0xa4d0 && cp < 0xa800) || (cp >= 0xab30 && cp < 0xabc0);
}

/**
 * The char code at `i`, or -1 outside the text (what `charCodeAt`'s NaN means to the comparisons
 * here, without the read past the end that costs V8 a deoptimization).
 */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** An ASCII `I` at `i` read as `l`: glued to a lower-case ASCII letter on either side (`WaIIet`, `Iedger`, `HeaIth`). */
function capitalIAsL(text: string, i: number): boolean {
  const before = codeAt(text, i - 1);
  const after = codeAt(text, i + 1);
  return (before >= 0x61 && before <= 0x7a) || (after >= 0x61 && after <= 0x7a);
}

/**
 * Whether a capital `I` at `i` is worth a lookalike pass: inside a word (`WaIIet`, `HeaIth`), or
 * starting one when `l` + the next letter occurs in some alias (`Iedger`), so that ordinary words
 * such as `Ihre` or `Ich` do not cost a second pass.
 */
function suspiciousCapitalI(text: string, i: number, afterL: ReadonlySet<number>): boolean {
  const before = codeAt(text, i - 1);
  if (before >= 0x61 && before <= 0x7a) return true;
  const after = codeAt(text, i + 1);
  return after >= 0x61 && after <= 0x7a && afterL.has(after);
}

/** Memo of {@link hasConfusableChar} per code point (a pure function of its input; bounded). */
const confusableMemo = new Map<number, boolean>();
function isConfusableCodePoint(cp: number): boolean {
  let v = confusableMemo.get(cp);
  if (v === undefined) {
    const ch = String.fromCodePoint(cp);
    v = LOOKALIKE_EXTRA.has(ch) || hasConfusableChar(ch);
    if (confusableMemo.size < 4096) confusableMemo.set(cp, v);
  }
  return v;
}

function asciiLookalike(text: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    out += c === 0x49 && capitalIAsL(text, i) ? 'l' : c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : text[i];
  }
  return out;
}

/**
 * True when a lookalike reading of the text could differ from the plain one: an ASCII `I` glued to
 * a lower-case letter, or a non-ASCII letter outside CJK that the skeleton table or
 * {@link LOOKALIKE_EXTRA} maps. Pure Japanese text never takes the lookalike pass.
 */
function needsLookalike(text: string, afterL: ReadonlySet<number>): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x49 && suspiciousCapitalI(text, i, afterL)) return true;
      continue;
    }
    if (isLookalikeRange(c) && isConfusableCodePoint(c)) return true;
  }
  return false;
}

/** A Greek, Cyrillic or Armenian letter that does not pass for Latin: the text is genuinely written in that script. */
function hasPlainForeignLetter(text: string): boolean {
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x370 || c >= 0x590) continue;
    if (/\p{L}/u.test(ch) && !isConfusableCodePoint(c)) return true;
  }
  return false;
}

/** Hiragana, katakana and CJK unified ideographs that NFKC and case folding leave unchanged (the common case, kept fast). */
function isStableCjk(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30a1 && cp <= 0x30fe);
}

interface Compact {
  readonly compact: string;
  /** compact index → folded index */
  readonly toFolded: readonly number[];
  /** compact positions p (0 < p < length) preceded by at least one removed separator */
  readonly breaksAt: readonly number[];
}

function compactText(f: Folded): Compact {
  const src = f.folded;
  let compact = '';
  const toFolded: number[] = [];
  const breaksAt: number[] = [];
  let pendingBreak = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? '';
    if (isSeparator(c)) {
      pendingBreak = true;
      continue;
    }
    if (pendingBreak && toFolded.length > 0) breaksAt.push(toFolded.length);
    pendingBreak = false;
    compact += c;
    toFolded.push(i);
  }
  return { compact, toFolded, breaksAt };
}

function isSeparator(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code <= 0x20 || ASCII_SEPARATOR[code] === 1;
  return SEPARATOR.test(c);
}

const ASCII_SEPARATOR = (() => {
  const t = new Uint8Array(128);
  // Also the marks phishers put between words to dodge filters (`BANCO*DO*BRASIL`, `~Carrefour~`, `|PayPal|`).
  for (const c of ' \t\n\r\v\f.-_\'"()[]*~|/\\#') t[c.charCodeAt(0)] = 1;
  return t;
})();

/** Latin letter or digit at `s[i]`: the characters a Latin alias must not be glued to. */
function isWordAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  if (code < 0xc0 || (code >= 0x3000 && code < 0xfb00) || Number.isNaN(code)) return false;
  return LATIN.test(String.fromCodePoint(s.codePointAt(i) ?? code));
}

// ---------------------------------------------------------------------------------------------
// Mentions

/**
 * One brand named in a text.
 *
 * @example
 * findBrandMentions('Amazon.co.jp', index)[0]; // { brand: amazon, alias: 'amazon.co.jp', matched: 'Amazon.co.jp' }
 */
export interface BrandMention {
  readonly brand: Brand;
  readonly alias: string;
  /** the substring of the original text that matched */
  readonly matched: string;
}

interface Candidate {
  readonly brand: Brand;
  readonly brandOrder: number;
  readonly alias: string;
  readonly aliasOrder: number;
  /** offsets in the original text */
  readonly start: number;
  readonly end: number;
  /** compact length of the alias: "longer" means more specific */
  readonly weight: number;
}

/** Options for {@link findBrandMentions}. */
export interface FindBrandOptions {
  /**
   * Also treat the whole text (role words removed) as a possible exact alias (`Ledger`,
   * `Zoom Support`). Default `true`; a caller that passes fragments of a longer text can turn it off.
   */
  readonly exact?: boolean;
}

/**
 * Finds the brands named in a display name or subject tag. Both sides are folded (NFKC, case,
 * invisible characters); Latin aliases match whole tokens only (`Visalia` is not `visa`), CJK
 * aliases match anywhere; spaces, dots and hyphens may differ (`Alpha-Mail`, `AlphaMail` and
 * `ａｌｐｈａ　ｍａｉｌ` all match `alpha mail`; letter-spaced `三 井 住 友 カ ー ド` and split
 * `Pay Pal` match too, but `Vis A Vis` does not match `visa`).
 *
 * A token also ends where CamelCase or digits begin (`BinanceMail`, `LidoV2`, `MetaMaskSupport`:
 * an ASCII lower-case letter after at least two letters followed by a capital, or a letter next to
 * a digit), so `eVisa` and `Amazonia` still name nothing. When the text holds letters that pass
 * for Latin (`ΡayΡal` with Greek Rho, `Аррlе` in Cyrillic, `WaIIet` with capital I), it is also
 * matched in its lookalike reading; a word written genuinely in Greek or Cyrillic is not read so.
 * Finally the whole text, without role words (`Team`, `Support`, `サポート`, `Katie from …`) and
 * version suffixes (`V2`), is compared with the brands' exact aliases (`Ledger`, `Zoom`, `ANA`).
 *
 * A match inside a longer match of another brand is dropped (`SMBCカード` names SMBC Card, not
 * also SMBC the bank). One entry per brand (its longest alias), ordered by position in the text.
 * Text beyond 4096 characters is ignored.
 *
 * @example
 * findBrandMentions('OTSUKAカスタマーサポート', buildBrandIndex(bundledBrands)).map((m) => m.brand.id); // ['alpha-mail']
 * findBrandMentions('Ledger Support Team', buildBrandIndex(bundledBrands)).map((m) => m.brand.id);     // ['ledger']
 * findBrandMentions('Visalia Foods', buildBrandIndex(bundledBrands));                                  // []
 */
export function findBrandMentions(text: string, index: BrandIndex, options?: FindBrandOptions): BrandMention[] {
  if (!text) return [];
  // The same display names recur mail after mail and are read by several checks of one mail
  // (on the corpus, 6,197 calls for 1,761 distinct texts): answers are remembered per index.
  let memos = mentionMemo.get(index);
  if (!memos) {
    memos = { exact: new BoundedMemo(MAX_REMEMBERED_TEXTS), inexact: new BoundedMemo(MAX_REMEMBERED_TEXTS) };
    mentionMemo.set(index, memos);
  }
  const memo = options?.exact === false ? memos.inexact : memos.exact;
  const known = memo.get(text);
  if (known) return known.slice();
  const found = mentionsIn(text, index, options);
  memo.set(text, found);
  return found.slice();
}

/** Texts whose mentions are remembered, per index and option (the memo is cleared whole when full). */
const MAX_REMEMBERED_TEXTS = 2048;
const mentionMemo = new WeakMap<BrandIndex, { readonly exact: BoundedMemo<BrandMention[]>; readonly inexact: BoundedMemo<BrandMention[]> }>();

function mentionsIn(text: string, index: BrandIndex, options?: FindBrandOptions): BrandMention[] {
  const original = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const matcher = matcherFor(index);
  const exact = options?.exact !== false && matcher.exact.size > 0;
  const candidates: Candidate[] = [];
  scan(original, foldText(original), matcher, exact, false, candidates);
  if (needsLookalike(original, matcher.afterL)) {
    // A lookalike match must touch an ASCII letter or digit unless nothing in the text is genuinely
    // Greek, Cyrillic or Armenian: `Рибальські сіті` is Ukrainian, not a disguised `citi`.
    scan(original, foldText(original, true), matcher, exact, hasPlainForeignLetter(original), candidates);
  }
  if (candidates.length === 0) return [];

  // Drop a match that lies inside a longer match of another brand.
  const kept = candidates.filter(
    (a) => !candidates.some((b) => b.brand !== a.brand && b.weight > a.weight && b.start <= a.start && a.end <= b.end),
  );
  const best = new Map<Brand, Candidate>();
  for (const cand of kept) {
    const prev = best.get(cand.brand);
    if (
      !prev ||
      cand.weight > prev.weight ||
      (cand.weight === prev.weight && (cand.start < prev.start || (cand.start === prev.start && cand.aliasOrder < prev.aliasOrder)))
    ) {
      best.set(cand.brand, cand);
    }
  }
  const firstSeen = new Map<Brand, number>();
  for (const cand of kept) {
    const p = firstSeen.get(cand.brand);
    if (p === undefined || cand.start < p) firstSeen.set(cand.brand, cand.start);
  }
  return [...best.values()]
    .sort((a, b) => (firstSeen.get(a.brand) ?? 0) - (firstSeen.get(b.brand) ?? 0) || a.brandOrder - b.brandOrder)
    .map((cand) => ({ brand: cand.brand, alias: cand.alias, matched: ownKey(original.slice(cand.start, cand.end)) }));
}

const ASCII_ALNUM = /[A-Za-z0-9]/;

/** Whether `original[start, end)` holds an ASCII letter or digit. */
function touchesAscii(original: string, start: number, end: number): boolean {
  return ASCII_ALNUM.test(original.slice(start, end));
}

/**
 * Collects the alias (and, with `exact`, exact-alias) matches of one folded reading of `original`;
 * with `asciiOnly`, only matches that touch an ASCII letter or digit. (A flag rather than a
 * predicate: a closure made per text is a new call target each time, which V8's optimised code
 * deoptimises on.)
 */
function scan(
  original: string,
  folded: Folded,
  matcher: Matcher,
  exact: boolean,
  asciiOnly: boolean,
  out: Candidate[],
): void {
  const c = compactText(folded);
  const compact = c.compact;
  const n = compact.length;
  if (n < 2) return;

  // Plain arrays rather than typed arrays throughout: these texts are short, and allocating a
  // typed array costs more than filling a small array.
  let breakAt: number[] | null = null;
  if (c.breaksAt.length > 0) {
    breakAt = new Array<number>(n + 1).fill(0);
    for (const p of c.breaksAt) breakAt[p] = 1;
  }
  const fs = folded.folded;
  const origStart = (fi: number): number => (folded.start ? (folded.start[fi] ?? 0) : fi);
  const origEnd = (fi: number): number => (folded.end ? (folded.end[fi] ?? 0) : fi + 1);

  for (let i = 0; i + 1 < n; i++) {
    const bucket = matcher.byPrefix.get(prefixKey(compact, i));
    if (!bucket) continue;
    // Every candidate shares the text's first three characters here (or is a two-character alias).
    const candidates = (i + 2 < n ? bucket.byThird.get(compact.charCodeAt(i + 2)) : undefined) ?? bucket.pairs;
    for (const e of candidates) {
      const len = e.compact.length;
      if (i + len > n || !compact.startsWith(e.compact, i)) continue;
      const fStart = c.toFolded[i] ?? 0;
      const fEnd = (c.toFolded[i + len - 1] ?? 0) + 1;
      if (e.latinStart && fStart > 0 && isWordAt(fs, fStart - 1) && !softBreakAt(original, folded, fStart)) continue;
      if (e.latinEnd && fEnd < fs.length && isWordAt(fs, fEnd) && !softBreakAt(original, folded, fEnd)) continue;
      if (breakAt && !breaksAllowed(e, compact, breakAt, i, len)) continue;
      const start = origStart(fStart);
      const end = origEnd(fEnd - 1);
      if (asciiOnly && !touchesAscii(original, start, end)) continue;
      out.push({ brand: e.brand, brandOrder: e.brandOrder, alias: e.alias, aliasOrder: e.aliasOrder, start, end, weight: len });
    }
  }

  if (!exact) return;
  const core = coreOf(original, folded);
  if (!core) return;
  const e = matcher.exact.get(core.key);
  if (!e || !core.hard.every((h) => e.joins.has(h))) return;
  const start = origStart(core.fStart);
  const end = origEnd(core.fEnd - 1);
  if (e.capsOnly && /\p{Ll}/u.test(original.slice(start, end).normalize('NFKC'))) return;
  if (asciiOnly && !touchesAscii(original, start, end)) return;
  out.push({ brand: e.brand, brandOrder: e.brandOrder, alias: e.alias, aliasOrder: e.aliasOrder, start, end, weight: core.key.length });
}

// ---------------------------------------------------------------------------------------------
// Token boundaries inside words, and the core of a whole name

/**
 * True when the original text has a CamelCase or digit boundary just before folded position `fi`:
 * a capital after a run of at least two ASCII letters ending in lower case (`Binance|Mail`, `My|JCB`,
 * but not `e|Visa` or `i|Cloud`), or a change between ASCII letter and digit (`Lido|V|2`).
 * A capital `I` that the lookalike reading turned into `l` counts as lower case.
 */
function softBreakAt(original: string, folded: Folded, fi: number): boolean {
  if (fi <= 0 || fi >= folded.folded.length) return false;
  const p = folded.start ? (folded.start[fi - 1] ?? 0) : fi - 1;
  const q = folded.start ? (folded.start[fi] ?? 0) : fi;
  if (q !== p + 1) return false;
  const next = original.charCodeAt(q);
  // The common case inside a word: a lower-case letter after a letter is never a break.
  if (next >= 0x61 && next <= 0x7a && !(original.charCodeAt(p) <= 0x39 && original.charCodeAt(p) >= 0x30)) return false;
  const a = asciiClass(original.charCodeAt(p), folded.folded.charCodeAt(fi - 1));
  const b = asciiClass(original.charCodeAt(q), folded.folded.charCodeAt(fi));
  if (a === 0 || b === 0) return false;
  if (a === DIGIT) return b !== DIGIT;
  if (b === DIGIT) return true;
  if (a !== LOWER || b !== UPPER) return false;
  let run = 1;
  for (let k = p - 1; k >= 0 && run < 2; k--) {
    const cls = asciiClass(original.charCodeAt(k), 0);
    if (cls === LOWER || cls === UPPER) run++;
    if (cls !== LOWER) break;
  }
  return run >= 2;
}

const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;

/** Class of an original ASCII character (0 = not a letter or digit); `foldedCode` marks an `I` read as `l`. */
function asciiClass(code: number, foldedCode: number): number {
  if (code >= 0x61 && code <= 0x7a) return LOWER;
  if (code >= 0x41 && code <= 0x5a) return code === 0x49 && foldedCode === 0x6c ? LOWER : UPPER;
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  return 0;
}

/**
 * Role words around a brand name that do not change which organisation is named:
 * `Ledger Support Team`, `Zoom Notifications`, `Official Tether`, `Kraken Inc`. Folded (lower case).
 */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'team', 'teams', 'support', 'service', 'services', 'security', 'notification', 'notifications', 'notice', 'notices',
  'alert', 'alerts', 'official', 'customer', 'customers', 'client', 'care', 'help', 'helpdesk', 'desk', 'center',
  'centre', 'department', 'dept', 'news', 'newsletter', 'update', 'updates', 'community', 'info', 'information',
  'account', 'accounts', 'billing', 'noreply', 'wallet', 'app',
  // the event, reward, partner and giveaway words of airdrop, loyalty and prize lures
  // (`Tether Cashback`, `USDC Event`, `Jumbo..Winnen`)
  'management', 'event', 'events', 'reward', 'rewards', 'cashback', 'membership', 'airdrop', 'promo', 'partner', 'partners',
  'giveaway', 'winner', 'winners', 'prize', 'prizes', 'winnen', 'winactie', 'actie', 'gewinnspiel', 'gewinn', 'sorteio', 'promoção', 'promocao', 'concours', 'sweepstakes', 'survey', 'umfrage', 'enquete', 'gift', 'gifts', 'bonus', 'offer', 'offers',
  'inc', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'gmbh', 'plc', 'sas',
  'kundenservice', 'kundendienst', 'kundenbetreuung', 'suporte', 'atendimento', 'soporte', 'servicio', 'serviço',
  'équipe', 'equipe', 'equipo',
]);
/** Words that may only lead: `The Zoom Team`, `Your Ledger Support`. */
const LEADING_WORDS: ReadonlySet<string> = new Set(['the', 'your', 'ihr', 'dein', 'votre', 'seu', 'sua', '公式']);
/** Japanese role words glued to a name (`LINEサポート事務局`, `ヤマトカスタマーセンター`), stripped from the end repeatedly. */
const JA_ROLE_SUFFIXES: readonly string[] = [
  'カスタマー', 'サービス', 'サポート', 'センター', 'デスク', 'チーム', '事務局', '運営', '公式', 'お知らせ', '通知', '窓口',
  'セキュリティ', '株式会社', 'お客様', 'お客さま',
];
const MAX_CORE_TOKENS = 12;
const DIGITS = /^\d+$/;
const TOKEN_CHAR = /[\p{L}\p{N}\p{M}]/u;

interface Core {
  /** The remaining words, concatenated. */
  readonly key: string;
  /** Offsets in `key` where two words meet. */
  readonly joins: readonly number[];
  /** The subset of `joins` where the text had a separator (not a CamelCase, digit or script change). */
  readonly hard: readonly number[];
  /** Folded range of the core. */
  readonly fStart: number;
  readonly fEnd: number;
}

/**
 * The name a whole display name or tag boils down to: its words (letters and digits; a word also
 * ends at a CamelCase or digit boundary and where Latin meets another script), without a leading
 * `<Name> from` / `<Name> <Initial> from`, leading fillers and role words, trailing role words,
 * version numbers (`2`, `V2`) and Japanese role suffixes. Null when nothing (or only a role word) is
 * left or the text has too many words to be a name.
 */
function coreOf(original: string, folded: Folded): Core | null {
  const fs = folded.folded;
  if (fs.length > 200) return null;
  const starts: number[] = [];
  const ends: number[] = [];
  const hardBefore: boolean[] = [];
  let inToken = false;
  let sawSeparator = false;
  let prevLatin = false;
  for (let i = 0; i < fs.length; i++) {
    const code = fs.charCodeAt(i);
    const ascii = code < 0x80;
    const word = ascii ? (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) : isStableCjk(code) || TOKEN_CHAR.test(fs[i] ?? '');
    if (!word) {
      if (inToken) ends.push(i);
      inToken = false;
      sawSeparator = true;
      continue;
    }
    const latin = ascii || isWordAt(fs, i);
    if (inToken && (prevLatin !== latin || (ascii && softBreakAt(original, folded, i)))) {
      ends.push(i);
      inToken = false;
    }
    prevLatin = latin;
    if (!inToken) {
      if (starts.length >= MAX_CORE_TOKENS) return null;
      hardBefore.push(sawSeparator);
      starts.push(i);
      inToken = true;
      sawSeparator = false;
    }
  }
  if (inToken) ends.push(fs.length);
  let a = 0;
  let b = starts.length;
  if (b === 0) return null;
  const word = (j: number): string => fs.slice(starts[j], ends[j]);

  for (let k = 1; k <= 2; k++) {
    if (b - a > k + 1 && word(a + k) === 'from') {
      a += k + 1;
      break;
    }
  }
  while (b - a > 1 && (LEADING_WORDS.has(word(a)) || ROLE_WORDS.has(word(a)))) a++;
  let end = ends[b - 1] ?? 0;
  for (;;) {
    const last = fs.slice(starts[b - 1], end);
    if (b - a > 1 && (ROLE_WORDS.has(last) || DIGITS.test(last))) {
      b--;
      if (DIGITS.test(last) && b - a > 1 && word(b - 1) === 'v') b--;
      end = ends[b - 1] ?? 0;
      continue;
    }
    if (!isWordAt(fs, end - 1)) {
      const suffix = JA_ROLE_SUFFIXES.find((x) => last.length > x.length && last.endsWith(x));
      if (suffix) {
        end -= suffix.length;
        continue;
      }
      if (b - a > 1 && JA_ROLE_SUFFIXES.includes(last)) {
        b--;
        end = ends[b - 1] ?? 0;
        continue;
      }
    }
    break;
  }
  const lastWord = fs.slice(starts[b - 1], end);
  if (b - a === 1 && (ROLE_WORDS.has(lastWord) || LEADING_WORDS.has(lastWord) || DIGITS.test(lastWord) || JA_ROLE_SUFFIXES.includes(lastWord))) {
    return null;
  }
  let key = '';
  const joins: number[] = [];
  const hard: number[] = [];
  for (let j = a; j < b; j++) {
    if (j > a) {
      joins.push(key.length);
      if (hardBefore[j]) hard.push(key.length);
    }
    key += j === b - 1 ? lastWord : word(j);
  }
  return { key, joins, hard, fStart: starts[a] ?? 0, fEnd: end };
}

/** The core of an exact alias as written in the registry (null when only role words are left). */
function exactKey(alias: string): Core | null {
  return coreOf(alias, foldText(alias));
}

/**
 * A separator inside the matched part of the text is fine where the alias has a break too
 * (`Alpha-Mail` vs `alpha mail`), between two non-Latin characters (`三井 住友`), when it spaces out
 * single letters (`E T C`, `P a y P a l`), or when it splits a Latin alias into parts of at least
 * three letters each (`Pay Pal`, `Play Station`). It is not fine elsewhere inside a Latin word of
 * the alias: `Vis A Vis` does not name `visa`, and `J Al-Rashid` does not name `jal`.
 */
function breaksAllowed(e: CompiledAlias, compact: string, breakAt: readonly number[], i: number, len: number): boolean {
  const end = i + len;
  const boundary = (q: number): boolean =>
    q <= i || q >= end || breakAt[q] === 1 || isWordAt(compact, q - 1) !== isWordAt(compact, q);
  for (let p = i + 1; p < end; p++) {
    if (breakAt[p] !== 1) continue;
    if (e.breaks.has(p - i)) continue;
    if (!isWordAt(compact, p - 1) && !isWordAt(compact, p)) continue;
    let left = 1;
    while (!boundary(p - left)) left++;
    let right = 1;
    while (!boundary(p + right)) right++;
    if ((left === 1 && right === 1) || (left >= 3 && right >= 3)) continue;
    return false;
  }
  return true;
}

/**
 * The key a text is matched on: folded like `foldForMatch`, with `™ ® ©` as spaces and decorative
 * marks on Latin letters removed, then compacted like `foldCompact` (spaces, dots, hyphens,
 * brackets and middle dots dropped). Two aliases with the same key match the same texts, apart
 * from where they accept word breaks.
 *
 * @example
 * brandMatchKey('Ａｌｐｈａ-Ｍａｉｌ™'); // 'alphamail'
 * brandMatchKey('メルカ\u2064リ');      // 'メルカリ'
 */
export function brandMatchKey(text: string): string {
  return compactText(foldText(text)).compact;
}
