/**
 * Brand names where they do not belong in a URL: a brand's domain or name as a *subdomain* of
 * someone else's registrable domain (`www.smbc-card.com.vpass-login.xyz`, `amazon-co-jp.evil.test`),
 * or a brand's domain in the *path* (`evil.test/www.amazon.co.jp/signin`). People read hosts left to
 * right and stop at the first name they know.
 */
import type { Brand, BrandIndex } from '../domain/brands.js';
import { isCommonWordLabel, lookalikeOf } from '../domain/lookalike.js';

interface Hints {
  /** Every brand registrable domain → its brand. */
  readonly domains: ReadonlyMap<string, Brand>;
  /** Labels of brand domains (4+ characters: `amazon`, `smbc-card`, `smbc`) → brand and that domain. */
  readonly labels: ReadonlyMap<string, { readonly brand: Brand; readonly domain: string }>;
}

/** One hint table per brand index (object identity); never changes a result. */
const memo = new WeakMap<BrandIndex, Hints>();

function hintsFor(index: BrandIndex): Hints {
  let h = memo.get(index);
  if (!h) {
    const domains = new Map<string, Brand>();
    const labels = new Map<string, { brand: Brand; domain: string }>();
    for (const b of index.brands) {
      for (const d of b.domains) {
        if (!domains.has(d)) domains.set(d, b);
        const label = d.split('.')[0] ?? '';
        if (label.length >= 4 && !labels.has(label)) labels.set(label, { brand: b, domain: d });
      }
    }
    h = { domains, labels };
    memo.set(index, h);
  }
  return h;
}

export interface BrandHint {
  readonly brand: Brand;
  /** The brand domain or name found (`smbc-card.com`, `amazon`). */
  readonly token: string;
  /** True when a whole brand domain was found (stronger than a name). */
  readonly fullDomain: boolean;
}

/**
 * A brand's domain or name among the subdomain labels: the whole domain (`www.smbc-card.com` in
 * front of `vpass-login.xyz`), a distinctive brand name as a label (`mercari.` — not ordinary words
 * such as `outlook.` or `digital.`), or a label shaped like the brand (`amazon-co-jp.`, `smbc-card-login.`).
 */
export function brandInSubdomain(subdomain: string, index: BrandIndex): BrandHint | null {
  if (!subdomain) return null;
  const { domains, labels } = hintsFor(index);
  const parts = subdomain.split('.').slice(-12);
  for (let i = 0; i < parts.length; i++) {
    let joined = parts[i] ?? '';
    for (let j = i + 1; j < parts.length && j < i + 4; j++) {
      joined += `.${parts[j]}`;
      const b = domains.get(joined);
      if (b) return { brand: b, token: joined, fullDomain: true };
    }
  }
  for (const p of parts) {
    const whole = labels.get(p);
    if (whole && p.length >= 5 && !isCommonWordLabel(p)) return { brand: whole.brand, token: p, fullDomain: false };
    if (!p.includes('-')) continue;
    for (const tok of p.split('-')) {
      const t = labels.get(tok);
      if (!t) continue;
      const l = lookalikeOf(`${p}.invalid`, t.domain);
      if (l && (l.kind === 'brand-plus-keyword' || l.kind === 'flattened' || l.kind === 'hyphen')) return { brand: t.brand, token: p, fullDomain: false };
    }
  }
  return null;
}

/** A brand's whole domain inside a decoded, lower-case path (`/www.amazon.co.jp/signin`). */
export function brandInPath(path: string, index: BrandIndex): BrandHint | null {
  if (!path.includes('.')) return null;
  const { domains } = hintsFor(index);
  const p = path.length > 2048 ? path.slice(0, 2048) : path;
  // Tokens of host characters, split by anything else (linear; no regex backtracking).
  let n = 0;
  let start = 0;
  for (let i = 0; i <= p.length; i++) {
    const c = i < p.length ? p.charCodeAt(i) : 0;
    const hostChar = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
    if (hostChar) continue;
    if (i > start && p[start - 1] !== '@') {
      const labels = p.slice(start, i).split('.').filter((x) => x.length > 0);
      for (let k = 0; k + 1 < labels.length && k < 8; k++) {
        const b = domains.get(labels.slice(k).join('.'));
        if (b) return { brand: b, token: labels.slice(k).join('.'), fullDomain: true };
      }
      if (++n > 64) break;
    }
    start = i + 1;
  }
  return null;
}
