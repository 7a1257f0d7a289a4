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
import { skeleton } from './confusables.js';
import { hostToUnicode } from './idn.js';
import { hostParts } from './registrable.js';

export type LookalikeKind = 'skeleton' | 'typo' | 'hyphen' | 'flattened' | 'tld-swap' | 'brand-plus-keyword';

export interface Lookalike {
  readonly kind: LookalikeKind;
  /** Edit distance of the labels, for `typo`. */
  readonly distance?: number;
}

/**
 * Words phishing domains glue to a name (`smbc-card-security`, `amazon-co-jp-login`, `applesupport`).
 * Only these count as "plus a keyword": an arbitrary suffix (`anaconda`, `appletree`) does not.
 */
const KEYWORDS: ReadonlySet<string> = new Set([
  'login', 'logon', 'signin', 'sign', 'in', 'secure', 'security', 'safe', 'safety', 'account', 'accounts', 'acount', 'verify',
  'verification', 'update', 'updates', 'support', 'service', 'services', 'help', 'helpdesk', 'info', 'online', 'web', 'my',
  'id', 'auth', 'jp', 'japan', 'co', 'com', 'ne', 'or', 'net', 'card', 'cards', 'pay', 'payment', 'payments', 'billing', 'bill',
  'member', 'members', 'customer', 'customers', 'center', 'centre', 'official', 'check', 'confirm', 'mail', 'app', 'apps',
  'portal', 'alert', 'alerts', 'notice', 'notify', 'notification', 'user', 'users', 'store', 'shop', 'point', 'points',
  'reward', 'rewards', 'gift', 'campaign', 'prime', 'www', 'home', 'system', 'team', 'desk', 'care', 'office', 'cs', 'qa',
  'recovery', 'unlock', 'locked', 'reset', 'password', 'session', 'renew', 'renewal', 'invoice', 'bank', 'direct', 'access',
  'group', 'global', 'inc', 'corp', 'official', 'etc', 'toll', 'express',
]);
/** Longest keyword, bounding the segmentation below. */
const MAX_KEYWORD = 12;

/** True when `rest` splits entirely into keywords and digit runs (at most 4 pieces). */
function isKeywordRun(rest: string, allowGlued: boolean): boolean {
  const parts = rest.split('-').filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 4) return false;
  return parts.every((p) => KEYWORDS.has(p) || /^\d{1,4}$/.test(p) || (allowGlued && segments(p)));
}

/** Word-break over the keyword set: O(n · MAX_KEYWORD) for a label of n ≤ 63 characters. */
function segments(s: string): boolean {
  if (s.length > 63) return false;
  const ok: boolean[] = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 1; i <= s.length; i++) {
    for (let j = Math.max(0, i - MAX_KEYWORD); j < i && !ok[i]; j++) {
      if (ok[j] && (KEYWORDS.has(s.slice(j, i)) || /^\d+$/.test(s.slice(j, i)))) ok[i] = true;
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
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n] ?? 0;
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
}

/**
 * Splits a domain for `lookalikeShapes`. Accepts ASCII (`xn--`) or Unicode hosts; a subdomain is
 * reduced to its registrable domain.
 */
export function domainShape(domain: string): DomainShape {
  const uni = hostToUnicode(domain.trim().replace(/\.+$/, '').toLowerCase());
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
  };
}

/**
 * Compares two prepared shapes; see `lookalikeOf`.
 */
export function lookalikeShapes(c: DomainShape, t: DomainShape): Lookalike | null {
  if (c.domain === t.domain || !c.label || !t.label) return null;
  const sameSuffix = c.suffix === t.suffix;
  // Homoglyphs: the labels look the same (amazon / аmazon / arnaz0n).
  if (c.label !== t.label && c.labelSkeleton === t.labelSkeleton) return { kind: 'skeleton' };
  // Same name under another suffix: kousya.jp → kousya.com. Short names collide innocently.
  if (c.label === t.label) return !sameSuffix && t.label.length >= 4 ? { kind: 'tld-swap' } : null;
  // Hyphens inserted or removed: smbc-card → smbccard, smbc--card.
  if (c.compact === t.compact) return { kind: 'hyphen' };
  // The whole target flattened into one label: amazon-co-jp.example, kousya-jp.com, amazoncojp.test.
  if (t.suffix && (c.compact === t.flat || c.label === `${t.label}-${t.suffix.replace(/\./g, '-')}`)) return { kind: 'flattened' };
  // The name plus keywords: smbc-card-security, amazon-co-jp-login, secure-amazon, applesupport.
  if (t.label.length >= 3) {
    const glued = t.label.length >= 4;
    for (const [name, cand] of [
      [t.label, c.label],
      [t.labelSkeleton, skeleton(c.label)],
    ] as const) {
      const at = cand.indexOf(name);
      if (at < 0) continue;
      const before = cand.slice(0, at);
      const after = cand.slice(at + name.length);
      const sepOk = (before === '' || before.endsWith('-') || glued) && (after === '' || after.startsWith('-') || glued);
      const rest = `${before}-${after}`.replace(/^-+|-+$/g, '');
      if (sepOk && rest && isKeywordRun(rest, glued)) return { kind: 'brand-plus-keyword' };
    }
  }
  // Typos: one edit for names of 5+ characters, two for 10+ (Levenshtein with transpositions).
  if (t.label.length >= 5 && c.label.length >= 4) {
    const max = t.label.length >= 10 ? 2 : 1;
    const d = Math.min(editDistance(c.label, t.label, max), editDistance(c.compact, t.compact, max));
    if (d <= max) return { kind: 'typo', distance: d };
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
