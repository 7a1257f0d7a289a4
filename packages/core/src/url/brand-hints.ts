/**
 * Brand names where they do not belong in a URL: a brand's domain or name as a *subdomain* of
 * someone else's registrable domain (`www.smbc-card.com.vpass-login.xyz`, `amazon-co-jp.evil.test`),
 * or a brand's domain in the *path* (`evil.test/www.amazon.co.jp/signin`). People read hosts left to
 * right and stop at the first name they know.
 */
import type { Brand, BrandIndex } from '../domain/brands.js';

interface Hints {
  /** Every brand registrable domain → its brand. */
  readonly domains: ReadonlyMap<string, Brand>;
  /** Distinctive labels of brand domains (5+ characters: `amazon`, `smbc-card`, `mercari`) → brand. */
  readonly labels: ReadonlyMap<string, Brand>;
}

/** One hint table per brand index (object identity); never changes a result. */
const memo = new WeakMap<BrandIndex, Hints>();

function hintsFor(index: BrandIndex): Hints {
  let h = memo.get(index);
  if (!h) {
    const domains = new Map<string, Brand>();
    const labels = new Map<string, Brand>();
    for (const b of index.brands) {
      for (const d of b.domains) {
        if (!domains.has(d)) domains.set(d, b);
        const label = d.split('.')[0] ?? '';
        if (label.length >= 5 && !labels.has(label)) labels.set(label, b);
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

/** A brand's domain or distinctive name among the subdomain labels (`www.smbc-card.com` of `…vpass-login.xyz`). */
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
    const b = labels.get(p);
    if (b) return { brand: b, token: p, fullDomain: false };
    if (p.includes('-')) {
      for (const tok of p.split('-')) {
        const t = labels.get(tok);
        if (t) return { brand: t, token: tok, fullDomain: false };
      }
    }
  }
  return null;
}

/** Dotted tokens (`www.amazon.co.jp`) in a path; the class after `\.` excludes `.`, so matching is linear. */
const DOTTED = /[a-z0-9-]+(?:\.[a-z0-9-]+)+/g;

/** A brand's whole domain inside a decoded, lower-case path (`/www.amazon.co.jp/signin`). */
export function brandInPath(path: string, index: BrandIndex): BrandHint | null {
  if (!path.includes('.')) return null;
  const { domains } = hintsFor(index);
  let n = 0;
  for (const m of path.slice(0, 2048).matchAll(DOTTED)) {
    if (++n > 32) break;
    const labels = m[0].split('.');
    for (let i = 0; i + 1 < labels.length; i++) {
      const cand = labels.slice(i).join('.');
      const b = domains.get(cand);
      if (b) return { brand: b, token: cand, fullDomain: true };
    }
  }
  return null;
}
