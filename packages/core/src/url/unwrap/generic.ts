/**
 * The generic rule for rewriters nobody has listed (`url-shield.securrence.com`, ESP and
 * in-house redirectors): a query or fragment parameter whose decoded value is an absolute
 * http(s) URL — also when encoded twice (`https%3A%2F%2F`) or in base64 (`aHR0cHM6Ly…`) — or an
 * absolute URL embedded in the path (`/https://…`, `/https%3A%2F%2F…`). SpamAssassin's generic
 * redirector pattern and MailCleaner's `uri_encoded_arg` do the same on the raw text.
 */
import { decodeBase64Text, looksLikeHttpUrl, queryParams, safeDecode, type ParsedUrl } from '../parse-url.js';
import type { Decoded } from './types.js';

/** Parameter names that usually carry the destination; tried first when several values are URLs. */
const PREFERRED: ReadonlySet<string> = new Set([
  'url', 'u', 'q', 'target', 'dest', 'destination', 'redirect', 'redirect_url', 'redirecturl', 'redir', 'r', 'link', 'goto',
  'go', 'to', 'next', 'continue', 'return', 'returnurl', 'return_url', 'l', 'href', 'out', 'uri', 'ru', 'rurl', 'jump', 'a',
]);

/** A parameter value as a URL, when it is one (decoded once more, or from base64, as needed). */
export function urlFromValue(value: string): string | null {
  const v = value.trim();
  if (v.length < 10) return null;
  if (looksLikeHttpUrl(v)) {
    const d = /^https?%3a/i.test(v) ? safeDecode(v) : v;
    return d.replace(/^(https?):[/\\](?![/\\])/i, '$1://');
  }
  if (v.startsWith('aHR0c')) {
    const text = decodeBase64Text(v);
    if (text && looksLikeHttpUrl(text)) return text;
  }
  return null;
}

export interface GenericDecoded extends Decoded {
  /** How many parameters held a URL (more than one is itself odd, rspamd `URL_QUERY_MULTIPLE_URLS`). */
  readonly urlParams: number;
}

function fromParams(pairs: readonly [string, string][], where: 'query' | 'fragment'): GenericDecoded | null {
  let first: { next: string; param: string } | null = null;
  let preferred: { next: string; param: string } | null = null;
  let count = 0;
  for (const [k, v] of pairs) {
    const next = urlFromValue(v);
    if (!next) continue;
    count++;
    const name = k || where;
    first ??= { next, param: name };
    if (!preferred && PREFERRED.has(k.toLowerCase())) preferred = { next, param: name };
  }
  const pick = preferred ?? first;
  return pick ? { ...pick, urlParams: count } : null;
}

/** Position of an absolute http(s) URL embedded in the path of `raw` (after the authority, before `?`). */
function pathUrlStart(raw: string): number {
  const schemeEnd = raw.indexOf('://');
  if (schemeEnd < 0) return -1;
  const pathStart = raw.indexOf('/', schemeEnd + 3);
  if (pathStart < 0) return -1;
  const q = raw.indexOf('?', pathStart);
  const lower = raw.toLowerCase();
  let i = lower.indexOf('/http', pathStart);
  while (i >= 0 && (q < 0 || i < q)) {
    const rest = lower.slice(i + 5, i + 12);
    if (/^s?(?::|%3a)/.test(rest)) return i + 1;
    i = lower.indexOf('/http', i + 5);
  }
  return -1;
}

/**
 * Applies the generic rule to one hop. Returns null when no URL is embedded.
 *
 * @example
 * decodeGeneric(parseUrl('https://url-shield.example/?p=1.0&u=http://target.test/')!)?.next; // 'http://target.test/'
 */
export function decodeGeneric(u: ParsedUrl): GenericDecoded | null {
  const fromQuery = fromParams(queryParams(u.query, 64), 'query');
  if (fromQuery) return fromQuery;
  const p = pathUrlStart(u.raw);
  if (p >= 0) {
    const rest = u.raw.slice(p);
    const next = /^https?%3a/i.test(rest) ? safeDecode(rest) : rest;
    return { next: next.replace(/^(https?):[/\\](?![/\\])/i, '$1://'), param: 'path', urlParams: 1 };
  }
  if (u.fragment) {
    const f = safeDecode(u.fragment);
    const direct = urlFromValue(f);
    if (direct) return { next: direct, param: 'fragment', urlParams: 1 };
    if (u.fragment.includes('=')) {
      const q = u.fragment.indexOf('?');
      return fromParams(queryParams(q >= 0 ? u.fragment.slice(q + 1) : u.fragment, 32), 'fragment');
    }
  }
  return null;
}
