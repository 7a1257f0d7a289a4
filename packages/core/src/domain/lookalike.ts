/**
 * Is one registrable domain made to pass for another? The fuzzers of dnstwist, turned around:
 * instead of generating candidates, a candidate is recognised as one of the shapes an attacker
 * registers (homoglyph skeleton, one-or-two-key typo, inserted or removed hyphens, the target's
 * whole name flattened into a label, another TLD, the name plus a keyword such as `-security`).
 *
 * Used on the From domain and on link targets against the brand registry, and by the
 * own-organization checks against the recipient's domain (`kousya-jp.com` for `kousya.jp`).
 * Pure, offline, no allocation-heavy work: a comparison is a few string operations on labels.
 */
import type { Brand, BrandIndex } from './brands.js';
import { suspiciousSuffix } from './suspicious-tld.js';
import { skeleton } from './confusables.js';
import { hostToUnicode } from './idn.js';
import { ownKey } from './memo.js';
import { hostParts } from './registrable.js';
import { trimEnd, trimStart } from '../text/trim.js';

export type LookalikeKind = 'skeleton' | 'typo' | 'hyphen' | 'flattened' | 'tld-swap' | 'brand-plus-keyword';

export interface Lookalike {
  readonly kind: LookalikeKind;
  /** Edit distance of the labels, for `typo`. */
  readonly distance?: number;
}

/**
 * Words phishing domains add to a name (`smbc-card-security`, `amazon-co-jp-login`). Only these
 * count as "plus a keyword": an arbitrary addition (`anaconda`, `appletree`) does not.
 */
const KEYWORDS: ReadonlySet<string> = new Set([
  'login', 'logon', 'signin', 'sign', 'in', 'secure', 'security', 'safe', 'safety', 'account', 'accounts', 'acount', 'verify',
  'verification', 'update', 'updates', 'support', 'service', 'services', 'help', 'helpdesk', 'info', 'online', 'web', 'my',
  'id', 'auth', 'jp', 'japan', 'co', 'com', 'ne', 'or', 'net', 'card', 'cards', 'pay', 'payment', 'payments', 'billing', 'bill',
  'member', 'members', 'customer', 'customers', 'center', 'centre', 'official', 'check', 'confirm', 'mail', 'app', 'apps',
  'portal', 'alert', 'alerts', 'notice', 'notify', 'notification', 'user', 'users', 'store', 'shop', 'point', 'points',
  'reward', 'rewards', 'gift', 'campaign', 'prime', 'www', 'home', 'system', 'team', 'desk', 'care', 'office', 'cs', 'qa',
  'recovery', 'unlock', 'locked', 'reset', 'password', 'session', 'renew', 'renewal', 'invoice', 'bank', 'direct', 'access',
  'group', 'global', 'inc', 'corp', 'etc', 'toll', 'express',
  // security-scan, refund and giveaway lures (`github-scanner`, `ledger-protect`, `binance-claim`)
  'scanner', 'scan', 'audit', 'protect', 'protection', 'defender', 'guard', 'shield', 'claim', 'claims',
  'refund', 'refunds', 'airdrop', 'bonus', 'giveaway', 'promo', 'event', 'events', 'sync', 'connect',
  // a country or region, hyphenated (`debank-us`, `paypal-uk`, `amazon-de`): 'jp' and 'japan' above
  'us', 'usa', 'uk', 'eu', 'de', 'fr', 'br', 'ca', 'au', 'es', 'it', 'nl', 'mx', 'kr', 'cn', 'hk', 'sg', 'tw', 'ch', 'pt', 'pl', 'asia',
]);
/**
 * The subset that counts when glued on without a hyphen (`applesupport`, `amazonlogin`): words
 * that are about accounts and money. Short or generic words (`net`, `my`, `web`, `shop`) glue onto
 * names innocently (`netwindows`, `myline`), so they need a hyphen.
 */
const GLUE_KEYWORDS: ReadonlySet<string> = new Set([
  'login', 'logon', 'signin', 'secure', 'security', 'account', 'accounts', 'acount', 'verify', 'verification', 'update',
  'updates', 'support', 'service', 'services', 'helpdesk', 'jp', 'japan', 'card', 'cards', 'payment', 'payments', 'billing', 'member',
  'members', 'customer', 'official', 'confirm', 'alert', 'alerts', 'notice', 'notification', 'points', 'reward', 'rewards',
  'recovery', 'unlock', 'locked', 'reset', 'password', 'session', 'renewal', 'invoice', 'cojp', 'cojapan',
]);
/** Longest keyword, bounding the segmentation below. */
const MAX_KEYWORD = 12;

/** True when `rest` splits entirely into keywords and digit runs (at most 4 pieces). */
function isKeywordRun(rest: string, glued: boolean): boolean {
  if (glued) return !rest.includes('-') && segments(rest, GLUE_KEYWORDS);
  const parts = rest.split('-').filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 4) return false;
  return parts.every((p) => KEYWORDS.has(p) || /^\d{1,4}$/.test(p));
}

/** Word-break over a keyword set: O(n · MAX_KEYWORD) for a label of n ≤ 63 characters. */
function segments(s: string, words: ReadonlySet<string>): boolean {
  if (s.length > 63 || s.length === 0) return false;
  const ok: boolean[] = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 1; i <= s.length; i++) {
    for (let j = Math.max(0, i - MAX_KEYWORD); j < i && !ok[i]; j++) {
      if (ok[j] && words.has(s.slice(j, i))) ok[i] = true;
    }
  }
  return ok[s.length] === true;
}

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions), stopping
 * early once it exceeds `max`. O(|a|·|b|) in the worst case, labels are ≤ 63 characters.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (a.length === 0 || n === 0) return Math.max(a.length, n);
  // Three rows (two back, previous, current) in one array, rotated by offset. A plain array of
  // small integers: allocating a typed array costs more than the whole comparison of two labels.
  const w = n + 1;
  const rows: number[] = new Array<number>(3 * w).fill(0);
  let prev2 = 0;
  let prev = w;
  let cur = 2 * w;
  for (let j = 0; j <= n; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, rows[prev2 + j - 2]! + 1);
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return rows[prev + n]!;
}

/** A registrable domain split once for repeated comparisons. */
export interface DomainShape {
  /** Unicode form, lower case (`メモ書き.jp`, `amazon.co.jp`). */
  readonly domain: string;
  /** Label left of the public suffix (`amazon`). */
  readonly label: string;
  /** Public suffix (`co.jp`). */
  readonly suffix: string;
  readonly labelSkeleton: string;
  /** Label without hyphens (`smbccard`). */
  readonly compact: string;
  /** Label and suffix flattened (`amazoncojp`). */
  readonly flat: string;
  /**
   * The name is an ordinary word (`apple`, `line`, `outlook`, `digital`): one-letter variants and
   * glued words are other people's names (`lindows`, `outlooksecure`), so only homoglyphs, hyphen
   * games, flattening and hyphenated keywords count.
   */
  readonly generic: boolean;
}

/**
 * Splits a domain for `lookalikeShapes`. Accepts ASCII (`xn--`) or Unicode hosts; a subdomain is
 * reduced to its registrable domain.
 */
export function domainShape(domain: string, generic = false): DomainShape {
  const uni = hostToUnicode(trimEnd(domain.trim(), '.').toLowerCase());
  const hp = hostParts(uni);
  const label = hp.domainWithoutSuffix ?? uni.split('.')[0] ?? uni;
  const suffix = hp.publicSuffix ?? '';
  const dom = hp.domain ?? uni;
  const compact = label.replace(/-/g, '');
  return {
    domain: dom,
    label,
    suffix,
    labelSkeleton: skeleton(label),
    compact,
    flat: compact + suffix.replace(/[.-]/g, ''),
    generic,
  };
}

/** Whether two public suffixes end in the same label (`co.jp` and `jp`; the whole suffix when it has one label). */
function sameLastLabel(a: string, b: string): boolean {
  const ia = a.lastIndexOf('.') + 1;
  const ib = b.lastIndexOf('.') + 1;
  const n = a.length - ia;
  if (n !== b.length - ib) return false;
  for (let k = 0; k < n; k++) if (a.charCodeAt(ia + k) !== b.charCodeAt(ib + k)) return false;
  return true;
}

/** `label.split('-').includes(token)` without splitting: the token is one whole hyphen-separated part. */
function isHyphenPart(label: string, token: string): boolean {
  if (token.includes('-')) return false;
  for (let i = label.indexOf(token); i >= 0; i = label.indexOf(token, i + 1)) {
    const end = i + token.length;
    if ((i === 0 || label.charCodeAt(i - 1) === 0x2d) && (end === label.length || label.charCodeAt(end) === 0x2d)) return true;
  }
  return false;
}

/**
 * The name plus keywords: smbc-card-security, amazon-co-jp-login, secure-amazon, applesupport.
 * `name` is the target's label (or its skeleton), `cand` the candidate's (or its skeleton).
 */
function plusKeyword(name: string, cand: string, t: DomainShape, gluable: boolean): boolean {
  for (let at = cand.indexOf(name); at >= 0; at = cand.indexOf(name, at + 1)) {
    const before = cand.slice(0, at);
    const after = cand.slice(at + name.length);
    const cleanBefore = before === '' || before.endsWith('-');
    const cleanAfter = after === '' || after.startsWith('-');
    // Glued on one side only (`applesupport`, `myamazon`), hyphenated otherwise (`my-amazon-login`).
    const rest = trimStart(trimEnd(`${before}-${after}`, '-'), '-');
    if (!rest) continue;
    // An ordinary-word name (`global`, `apple`) needs an account or money word, not `group` or `www`.
    if (cleanBefore && cleanAfter && isKeywordRun(rest, false) && (!t.generic || rest.split('-').some((w) => GLUE_KEYWORDS.has(w)))) {
      return true;
    }
    // Glued on one side only (`applesupport`, `amazonlogin`).
    if (gluable && (before === '' || after === '') && isKeywordRun(before || after, true)) return true;
  }
  return false;
}

/**
 * Compares two prepared shapes; see `lookalikeOf`. Called for every target an index lookup
 * brings up, so the common "unrelated" answer allocates nothing.
 */
export function lookalikeShapes(c: DomainShape, t: DomainShape): Lookalike | null {
  if (c.domain === t.domain || !c.label || !t.label) return null;
  const sameSuffix = c.suffix === t.suffix;
  // Homoglyphs: the labels look the same (amazon / аmazon / arnaz0n). For names under four
  // letters only a real homoglyph counts, not a digit (`m0f` is not the Ministry of Finance).
  if (c.label !== t.label && c.labelSkeleton === t.labelSkeleton && (t.label.length >= 4 || /[^\x00-\x7f]/.test(c.label))) {
    return { kind: 'skeleton' };
  }
  // Same name under another suffix: kousya.jp → kousya.com. Short names collide innocently.
  if (c.label === t.label) return !sameSuffix && t.label.length >= 4 ? { kind: 'tld-swap' } : null;
  // Hyphens inserted or removed: smbc-card → smbccard, smbc--card.
  if (c.compact === t.compact) return { kind: 'hyphen' };
  // The whole target flattened into one label: amazon-co-jp.example, kousya-jp.com, amazoncojp.test.
  if (
    t.suffix &&
    (c.compact === t.flat ||
      (c.label.length === t.label.length + 1 + t.suffix.length && c.label === `${t.label}-${t.suffix.replace(/\./g, '-')}`))
  ) {
    return { kind: 'flattened' };
  }
  // The name plus keywords, in the labels as written and in their skeletons.
  if (t.label.length >= 4) {
    const gluable = t.label.length >= 5 && !t.generic;
    if (plusKeyword(t.label, c.label, t, gluable)) return { kind: 'brand-plus-keyword' };
    if ((t.labelSkeleton !== t.label || c.labelSkeleton !== c.label) && plusKeyword(t.labelSkeleton, c.labelSkeleton, t, gluable)) {
      return { kind: 'brand-plus-keyword' };
    }
  }
  // Typos: one edit between names of 6+ characters, two for 10+ (Levenshtein with transpositions).
  // Shorter names sit one letter from too many honest ones (`tesco`/`tepco`, `free`/`freee`,
  // `eneco`/`e-nexco`), and a name with its first or last letter cut off is usually a word
  // (`mobile` for `ymobile`, `t-mobile`).
  if (t.label.length < 6 || c.label.length < 6 || t.generic) return null;
  const edgeDeletion = c.label.length < t.label.length && (t.label.startsWith(c.label) || t.label.endsWith(c.label));
  if (edgeDeletion || isHyphenPart(t.label, c.label)) return null;
  // For names under 8 letters a one-letter variant elsewhere (`bitnet.cx` for `bitget.com`) is
  // usually someone else's name; typosquats keep the ending, its TLD, or take `.com`.
  if (t.label.length < 8 && !sameSuffix && c.suffix !== 'com' && !sameLastLabel(c.suffix, t.suffix)) return null;
  const max = t.label.length >= 10 ? 2 : 1;
  const d = editDistance(c.label, t.label, max);
  if (d <= max) return { kind: 'typo', distance: d };
  if (c.compact !== c.label || t.compact !== t.label) {
    const dc = editDistance(c.compact, t.compact, max);
    if (dc <= max) return { kind: 'typo', distance: dc };
  }
  if (c.labelSkeleton !== c.label || t.labelSkeleton !== t.label) {
    const ds = editDistance(c.labelSkeleton, t.labelSkeleton, max);
    if (ds <= max) return { kind: 'typo', distance: ds };
  }
  return null;
}

/**
 * Whether `candidate` is a lookalike of `target` (both registrable domains; subdomains are
 * reduced to theirs). Returns the shape of the imitation, or null when the two are unrelated or
 * identical. It says nothing about who owns the candidate: callers first rule out the target
 * organisation's own domains (a brand's other TLDs, a company's group domains).
 *
 * @example
 * lookalikeOf('amazon-co-jp.example', 'amazon.co.jp'); // { kind: 'flattened' }
 * lookalikeOf('smbc-card-security.com', 'smbc-card.com'); // { kind: 'brand-plus-keyword' }
 * lookalikeOf('amaz0n.co.jp', 'amazon.co.jp');         // { kind: 'skeleton' }
 * lookalikeOf('kousya-jp.com', 'kousya.jp');            // { kind: 'flattened' }
 * lookalikeOf('example.com', 'amazon.co.jp');           // null
 */
export function lookalikeOf(candidateRegistrableDomain: string, targetRegistrableDomain: string): Lookalike | null {
  return lookalikeShapes(domainShape(candidateRegistrableDomain), domainShape(targetRegistrableDomain));
}

/** Preference when a candidate imitates several targets in different ways (most convincing first). */
const KIND_RANK: Readonly<Record<LookalikeKind, number>> = {
  skeleton: 0,
  flattened: 1,
  hyphen: 2,
  'tld-swap': 3,
  typo: 4,
  'brand-plus-keyword': 5,
};

/** A lookalike found by a {@link LookalikeIndex}: the imitated domain and how. */
export interface LookalikeMatch {
  readonly target: string;
  readonly lookalike: Lookalike;
}

/** Many targets prepared for `find`, which costs a few dozen map probes instead of one comparison per target. */
export interface LookalikeIndex {
  /**
   * The best lookalike match of `candidate` among the targets (optionally only matches `accept`
   * keeps), or null. Same answers as `lookalikeOf` per target.
   */
  find(candidateRegistrableDomain: string, accept?: (m: LookalikeMatch) => boolean): LookalikeMatch | null;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (!a) m.set(k, [v]);
  else if (!a.includes(v)) a.push(v);
}

/**
 * Prepares a list of target domains (a brand registry's, an organisation's) for repeated
 * lookalike lookups. Build once and reuse; the index is immutable.
 *
 * @example
 * const idx = buildLookalikeIndex(['amazon.co.jp', 'smbc-card.com']);
 * idx.find('smbc-card-security.com'); // { target: 'smbc-card.com', lookalike: { kind: 'brand-plus-keyword' } }
 */
/** Typo bucket key: the first (or last) character of a label and a length (≤ 66), as one small integer. */
function edgeKey(charCode: number, length: number): number {
  return charCode * 128 + length;
}

export function buildLookalikeIndex(targets: readonly string[], genericLabels: ReadonlySet<string> = new Set()): LookalikeIndex {
  const byKey = new Map<string, DomainShape[]>();
  /** Typo candidates: a few edits keep the first or the last character, so bucket by either plus length. */
  const byFirst = new Map<number, DomainShape[]>();
  const byLast = new Map<number, DomainShape[]>();
  const byName = new Map<string, DomainShape[]>();
  /** The `byName` keys by their first and by their last four characters. */
  const namesByHead = new Map<string, string[]>();
  const namesByTail = new Map<string, string[]>();
  for (const d of new Set(targets.map((t) => t.trim().toLowerCase()))) {
    const label = domainShape(d).label;
    const t = domainShape(d, genericLabels.has(label));
    if (!t.label) continue;
    for (const k of [t.label, t.labelSkeleton, t.compact, t.flat]) push(byKey, k, t);
    if (t.label.length >= 6 && !t.generic) {
      for (const v of new Set([t.label, t.labelSkeleton, t.compact])) {
        push(byFirst, edgeKey(v.charCodeAt(0), v.length), t);
        push(byLast, edgeKey(v.charCodeAt(v.length - 1), v.length), t);
      }
    }
    if (t.label.length >= 4) {
      for (const k of new Set([t.label, t.labelSkeleton])) {
        if (!byName.has(k)) {
          push(namesByHead, k.slice(0, 4), k);
          push(namesByTail, k.slice(-4), k);
        }
        push(byName, k, t);
      }
    }
  }
  return {
    find(candidate, accept) {
      const c = domainShape(candidate);
      if (!c.label) return null;
      const pool = new Set<DomainShape>();
      const add = (list: readonly DomainShape[] | undefined) => list?.forEach((t) => pool.add(t));
      for (const k of [c.label, c.labelSkeleton, c.compact]) add(byKey.get(k));
      const variants = c.label === c.labelSkeleton ? [c.label] : [c.label, c.labelSkeleton];
      if (c.label.length >= 4 && c.label.length <= 64) {
        for (const v of new Set([...variants, c.compact])) {
          if (v.length === 0) continue;
          const first = v.charCodeAt(0);
          const last = v.charCodeAt(v.length - 1);
          for (let len = v.length - 2; len <= v.length + 2; len++) {
            add(byFirst.get(edgeKey(first, len)));
            add(byLast.get(edgeKey(last, len)));
          }
        }
      }
      // The name inside the label: as a prefix or suffix (glued or not), or between hyphens.
      for (const v of variants) {
        if (v.length > 63) continue;
        // The names that are a proper prefix or suffix of the label, at least four characters
        // long: among those sharing its first (last) four characters. Added shortest first, a
        // prefix before a suffix of the same length.
        if (v.length > 4) {
          const lengths: number[] = [];
          const prefixOf: (string | undefined)[] = [];
          const suffixOf: (string | undefined)[] = [];
          for (const k of namesByHead.get(v.slice(0, 4)) ?? []) {
            if (k.length < v.length && v.startsWith(k)) {
              prefixOf[k.length] = k;
              lengths.push(k.length);
            }
          }
          for (const k of namesByTail.get(v.slice(-4)) ?? []) {
            if (k.length < v.length && v.endsWith(k)) {
              suffixOf[k.length] = k;
              lengths.push(k.length);
            }
          }
          lengths.sort((a, b) => a - b);
          for (const len of lengths) {
            const pre = prefixOf[len];
            const suf = suffixOf[len];
            if (pre !== undefined) add(byName.get(pre));
            if (suf !== undefined) add(byName.get(suf));
          }
        }
        if (v.includes('-')) {
          const tokens = v.split('-');
          for (let i = 0; i < tokens.length && i < 16; i++) {
            let run = '';
            for (let j = i; j < tokens.length && j < i + 4; j++) {
              run = run ? `${run}-${tokens[j]}` : (tokens[j] ?? '');
              add(byName.get(run));
            }
          }
        }
      }
      let best: LookalikeMatch | null = null;
      let bestLen = 0;
      for (const t of pool) {
        const l = lookalikeShapes(c, t);
        if (!l || (accept && !accept({ target: t.domain, lookalike: l }))) continue;
        const better =
          !best ||
          KIND_RANK[l.kind] < KIND_RANK[best.lookalike.kind] ||
          (KIND_RANK[l.kind] === KIND_RANK[best.lookalike.kind] && t.label.length > bestLen);
        if (better) {
          best = { target: t.domain, lookalike: l };
          bestLen = t.label.length;
        }
      }
      return best;
    },
  };
}

/** A brand imitated by a domain: the brand, its domain that is imitated, and how. */
export interface BrandLookalike extends LookalikeMatch {
  readonly brand: Brand;
}

/**
 * Brand domain names that are ordinary words or very common names: typos of them and words glued
 * to them are other people's domains (`lindows.com`, `outlooksecure.com`, `jdigital.net`).
 */
const COMMON_WORD_LABELS: ReadonlySet<string> = new Set([
  'apple', 'azure', 'bing', 'cash', 'chase', 'citi', 'courts', 'crypto', 'delta', 'digital', 'discord', 'global', 'hotels',
  'line', 'live', 'meta', 'office', 'orange', 'outlook', 'sakura', 'slack', 'square', 'trip', 'united', 'visa', 'windows',
  'zoom', 'booking', 'nifty', 'uber', 'ledger', 'proton', 'blockchain', 'messenger', 'kabu', 'jalan', 'aplus', 'nuro', 'expy',
  'mistore', 'lowes', 'costco', 'norton', 'samsung', 'sony', 'value', 'trust', 'click', 'ebay', 'skype', 'hulu', 'alpha',
  'mobile', 'target', 'polygon', 'phantom', 'scroll', 'kraken', 'charter', 'gemini', 'stellar', 'optimism', 'spectrum', 'jumbo',
  'inter', 'stake', 'exodus', 'celsius', 'virgin', 'gazelle', 'tether', 'ether', 'ripple', 'revenue', 'sushi',
]);

/** True when a brand domain's name is an ordinary word (see the list above). */
export function isCommonWordLabel(label: string): boolean {
  return COMMON_WORD_LABELS.has(label);
}


interface BrandLookalikeMemo {
  readonly idx: LookalikeIndex;
  readonly owners: Map<string, Brand>;
  /** Answers of `brandLookalikeOf` by domain (pure for one brand index): links repeat across mails. */
  readonly answers: Map<string, BrandLookalike | null>;
}

/** One lookalike index per brand index (object identity); never changes a result. */
const brandIndexMemo = new WeakMap<BrandIndex, BrandLookalikeMemo>();
/** Bound of the answer cache per brand index (cleared whole when full). */
const MAX_CACHED_ANSWERS = 4096;

function brandLookalikeIndex(brands: BrandIndex): BrandLookalikeMemo {
  let m = brandIndexMemo.get(brands);
  if (!m) {
    // The brand a domain stands for: the one named like it (`rakuten.co.jp` → Rakuten, not Rakuten Mobile).
    const owners = new Map<string, Brand>();
    const rank = (b: Brand, d: string): number => {
      const label = d.split('.')[0] ?? d;
      return b.id === label ? 0 : b.id.startsWith(label) ? 1 : 2 + b.domains.indexOf(d);
    };
    for (const b of brands.brands) {
      for (const d of b.domains) {
        const prev = owners.get(d);
        if (!prev || rank(b, d) < rank(prev, d)) owners.set(d, b);
      }
    }
    m = { idx: buildLookalikeIndex([...owners.keys()], COMMON_WORD_LABELS), owners, answers: new Map() };
    brandIndexMemo.set(brands, m);
  }
  return m;
}

/**
 * Whether a registrable domain imitates one of the registry's brand domains while belonging to
 * no brand (a brand's other domains, `rakuten-bank.co.jp` for Rakuten, are never lookalikes).
 *
 * @example
 * brandLookalikeOf('amaz0n.co.jp', index); // { brand: amazon, target: 'amazon.co.jp', lookalike: { kind: 'skeleton' } }
 */
export function brandLookalikeOf(registrableDomain: string, brands: BrandIndex): BrandLookalike | null {
  const d = trimEnd(registrableDomain.trim(), '.').toLowerCase();
  if (!d || brands.ownersOf(d).length > 0) return null;
  const memo = brandLookalikeIndex(brands);
  const known = memo.answers.get(d);
  if (known !== undefined) return known;
  const answer = findBrandLookalike(d, brands, memo);
  if (memo.answers.size >= MAX_CACHED_ANSWERS) memo.answers.clear();
  memo.answers.set(ownKey(d), answer);
  return answer;
}

function findBrandLookalike(d: string, brands: BrandIndex, { idx, owners }: BrandLookalikeMemo): BrandLookalike | null {
  // A lookalike by another ending alone counts for brands only under a TLD favoured by phishing.
  const m = idx.find(d, (x) => x.lookalike.kind !== 'tld-swap' || suspiciousSuffix(d.slice(d.indexOf('.') + 1)) !== null);
  if (!m) return null;
  const brand = owners.get(m.target);
  if (!brand || brands.ownersOf(domainShape(d).domain).length > 0) return null;
  return { ...m, brand };
}
