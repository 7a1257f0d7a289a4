/**
 * Finds addresses and domain names written inside free text (display names, subjects), after
 * NFKC folding so full-width `ｓｕｐｐｏｒｔ＠ｂａｎｋ．ｅｘａｍｐｌｅ` is seen too.
 */
import { hostParts } from '../domain/registrable.js';
import { foldForMatch } from './normalize.js';

const LOCAL = /[a-z0-9._%+-]/;
const DOMAIN_CHAR = /[a-z0-9.-]/;
const DOMAIN = /(?:^|[^a-z0-9@._-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24})(?![a-z0-9-])/g;

export interface AddressLike {
  readonly address: string;
  readonly domain: string;
}

/** Every address-like token in the text (lower-case). */
export function findAddresses(text: string): AddressLike[] {
  const t = foldForMatch(text).slice(0, 1000);
  const out: AddressLike[] = [];
  // Expand around each "@" with linear scans (an address regex backtracks on hostile input).
  for (let at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL.test(t[s - 1] as string)) s--;
    let e = at + 1;
    while (e < t.length && e - at <= 253 && DOMAIN_CHAR.test(t[e] as string)) e++;
    let domain = t.slice(at + 1, e);
    while (domain.endsWith('.') || domain.endsWith('-')) domain = domain.slice(0, -1);
    if (s === at || !/^(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}$/.test(domain)) continue;
    out.push({ address: `${t.slice(s, at)}@${domain}`, domain });
  }
  return out;
}

/** Every domain-like token under an ICANN public suffix (not part of an address). */
export function findDomains(text: string): string[] {
  const t = foldForMatch(text).slice(0, 1000);
  const out: string[] = [];
  for (const m of t.matchAll(DOMAIN)) {
    const d = m[1] ?? '';
    const hp = hostParts(d);
    if (hp.domain && hp.isIcann) out.push(d);
  }
  return out;
}
