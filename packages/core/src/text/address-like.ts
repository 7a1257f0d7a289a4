/**
 * Finds addresses and domain names written inside free text (display names, subjects), after
 * NFKC folding so full-width `ｓｕｐｐｏｒｔ＠ｂａｎｋ．ｅｘａｍｐｌｅ` is seen too.
 */
import { hostParts } from '../domain/registrable.js';
import { foldForMatch } from './normalize.js';

const ADDRESS = /[a-z0-9._%+-]{1,64}@((?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})/g;
const DOMAIN = /(?:^|[^a-z0-9@._-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24})(?![a-z0-9-])/g;

export interface AddressLike {
  readonly address: string;
  readonly domain: string;
}

/** Every address-like token in the text (lower-case). */
export function findAddresses(text: string): AddressLike[] {
  const t = foldForMatch(text).slice(0, 1000);
  const out: AddressLike[] = [];
  for (const m of t.matchAll(ADDRESS)) out.push({ address: m[0], domain: m[1] ?? '' });
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
