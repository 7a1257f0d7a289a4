import type { ParsedUrl } from '../parse-url.js';

/** What a wrapper decoder recovers from one hop. */
export interface Decoded {
  /** The wrapped URL (absolute), or for Mimecast a synthetic `https://<domain>/`. */
  readonly next: string;
  /** The parameter (or `path`, `fragment`) that carried it. */
  readonly param: string;
  /** True when only the destination host is known (Mimecast). */
  readonly partial?: boolean;
}

/**
 * One wrapper format. `decode` is pure and lexical: it reads the hop's own text and never fetches.
 * It returns null when the URL is this vendor's but carries no recoverable target (a token-only
 * form), so unwrapping stops there.
 */
export interface WrapperDecoder {
  readonly id: string;
  decode(u: ParsedUrl): Decoded | null;
}

/** The first present parameter among `names` (case-insensitive), decoded once. */
export function param(u: ParsedUrl, names: readonly string[]): { name: string; value: string } | null {
  const sp = u.url.searchParams;
  for (const n of names) {
    const v = sp.get(n);
    if (v) return { name: n, value: v };
  }
  for (const [k, v] of sp) {
    if (v && names.includes(k.toLowerCase())) return { name: k, value: v };
  }
  return null;
}
