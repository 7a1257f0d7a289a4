/**
 * The generic rule for rewriters nobody has listed (`url-shield.securrence.com`, ESP and
 * in-house redirectors): a query or fragment parameter whose decoded value is an absolute
 * http(s) URL — also when encoded twice (`https%3A%2F%2F`) or in base64 (`aHR0cHM6Ly…`) — or an
 * absolute URL embedded in the path (`/https://…`, `/https%3A%2F%2F…`), or a path segment that is
 * one in base64 (`/click/…/aHR0cHM6Ly9…=/<token>`, as ConvertKit and bulk senders' trackers write
 * the destination, also percent-encoded before base64, or as a URL field of base64 JSON), or on a
 * listed ESP tracker a schemeless percent-encoded one (Postmark); in a parameter named for a
 * destination (`url`, `adurl`…) also a scheme-relative one (`adurl=//lander.example`,
 * DoubleClick's open redirect). SpamAssassin's generic redirector pattern and MailCleaner's
 * `uri_encoded_arg` do the same on the raw text.
 */
import { decodeBase64Text, looksLikeHttpUrl, queryParams, safeDecode, withScheme, type ParsedUrl } from '../parse-url.js';
import { isTrackerHost } from '../wrappers.js';
import type { Decoded } from './types.js';

/** Parameter names that usually carry the destination; tried first when several values are URLs. */
const PREFERRED: ReadonlySet<string> = new Set([
  'url', 'u', 'q', 'target', 'dest', 'destination', 'redirect', 'redirect_url', 'redirecturl', 'redir', 'r', 'link', 'goto',
  'go', 'to', 'next', 'continue', 'return', 'returnurl', 'return_url', 'l', 'href', 'out', 'uri', 'ru', 'rurl', 'jump', 'a',
  'adurl',
]);

/**
 * A scheme-relative destination (`adurl=//lander.example/p`): a redirector sends the browser there
 * with its own scheme. Read only in the parameters above, and only with a dotted host name.
 */
const SCHEME_RELATIVE = /^(?:\/\/|%2f%2f)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,63}\.?(?::\d{1,5})?(?:[/?#]|%2f|%3f|$)/i;

function schemeRelative(value: string): string | null {
  const v = value.trim();
  if (!SCHEME_RELATIVE.test(v)) return null;
  const decoded = v.startsWith('//') ? v : safeDecode(v);
  return `https:${decoded}`;
}

/** A parameter value as a URL, when it is one (decoded once more, or from base64, as needed). */
export function urlFromValue(value: string): string | null {
  let v = value.trim();
  if (v.length < 10) return null;
  // Encoded once more than the query itself (`https%3A%2F%2F…`).
  if (/^https?%3a/i.test(v)) v = safeDecode(v);
  if (looksLikeHttpUrl(v)) return v.replace(/^(https?):[/\\](?![/\\])/i, '$1://');
  if (v.startsWith('aHR0c')) return base64Url(v);
  return null;
}

/** Base64 text whose padding (or more) may be percent-encoded (`…U%3D`). */
function base64Text(value: string): string | null {
  return decodeBase64Text(value.includes('%') ? safeDecode(value) : value);
}

/**
 * An absolute URL written in base64: directly (`aHR0cHM6Ly…`), or percent-encoded first
 * (`aHR0cHMlM0ElMkYlMkY…` = `https%3A%2F%2F…`, ActiveCampaign's `redirectUrl`). Padding may itself
 * be percent-encoded (`…U%3D`).
 */
function base64Url(value: string, printable = false): string | null {
  const text = base64Text(value);
  if (!text) return null;
  const url = /^https?%3a/i.test(text) ? safeDecode(text) : text;
  return looksLikeHttpUrl(url) && (!printable || /^[\x21-\x7e]+$/.test(url)) ? url : null;
}

/**
 * A JSON object in base64 (`eyJ…` = `{"`) whose first http(s) string value is the destination
 * (Substack's `/redirect/2/eyJlIjoiaHR0cHM6…In0.<signature>`: a signed token, read up to its first dot).
 */
function base64JsonUrl(value: string): string | null {
  const dot = value.indexOf('.');
  const text = base64Text(dot > 0 ? value.slice(0, dot) : value);
  const m = text ? /"[\w-]{1,24}"\s?:\s?"(https?:(?:\\?\/){2}[^"\s]{1,2000})"/.exec(text) : null;
  return m ? (m[1] as string).replace(/\\\//g, '/') : null;
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
    const next = urlFromValue(v) ?? (PREFERRED.has(k.toLowerCase()) ? schemeRelative(v) : null);
    if (!next) continue;
    count++;
    const name = k || where;
    first ??= { next, param: name };
    if (!preferred && PREFERRED.has(k.toLowerCase())) preferred = { next, param: name };
  }
  const pick = preferred ?? first;
  return pick ? { ...pick, urlParams: count } : null;
}

/**
 * Position of an absolute http(s) URL embedded in the path of `raw` (after the authority, before
 * `?`), preceded by a non-alphanumeric character (`/https://…`, `/*http://…`, `/L0/https:%2F%2F…`).
 */
function pathUrlStart(raw: string): number {
  const schemeEnd = raw.indexOf('://');
  if (schemeEnd < 0) return -1;
  const pathStart = raw.indexOf('/', schemeEnd + 3);
  if (pathStart < 0) return -1;
  const q = raw.indexOf('?', pathStart);
  const lower = raw.toLowerCase();
  let i = lower.indexOf('http', pathStart);
  while (i >= 0 && (q < 0 || i < q)) {
    if (!/[a-z0-9]/.test(lower[i - 1] ?? '') && /^s?(?::|%3a)/.test(lower.slice(i + 4, i + 12))) return i;
    i = lower.indexOf('http', i + 4);
  }
  return -1;
}

/**
 * A segment of the path `pathname` that is an absolute http(s) URL in base64 (`aHR0c…` is how
 * `http` begins). Standard base64 may itself contain `/`, which splits it across segments: the
 * segment joined with the next one is tried first, and the longer reading wins when it decodes to
 * printable ASCII as well (a tracker's own token after it decodes to noise), so a cut inside the
 * host is not taken for the destination.
 */
function pathBase64Url(pathname: string): string | null {
  const segments = pathname.split('/');
  const asUrl = (seg: string): string | null => base64Url(seg, true);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as string;
    if (seg.startsWith('eyJ')) {
      const url = base64JsonUrl(seg);
      if (url) return url;
      continue;
    }
    if (!seg.startsWith('aHR0c')) continue;
    const next = segments[i + 1];
    const joined = next !== undefined && !seg.endsWith('=') ? asUrl(`${seg}/${next}`) : null;
    const url = joined ?? asUrl(seg);
    if (url) return url;
  }
  return null;
}

/**
 * The URL embedded at the start of `rest`: as is when written plainly (`https://…`, to the end),
 * or, when percent-encoded (`https:%2F%2Fsite%2Fp%3Fa%3D1/1/token`), up to the first literal `/`
 * after the scheme (trackers append their own path segments) and then decoded.
 */
function embeddedUrl(rest: string): string {
  const colon = rest.search(/:|%3a/i);
  const afterScheme = rest.slice(colon).replace(/^(?::|%3a)/i, '');
  if (/^[/\\]/.test(afterScheme)) {
    // Some trackers chain several URLs with `*` (`/*http://a.example*http://b.example`): keep the first.
    const star = rest.indexOf('*');
    return star > 0 ? rest.slice(0, star) : rest;
  }
  let end = afterScheme.search(/[/?#]/);
  if (end < 0) end = afterScheme.length;
  return safeDecode(rest.slice(0, rest.length - afterScheme.length + end));
}

/**
 * An ESP tracker that writes the destination as a path segment, percent-encoded and without its
 * scheme, after a version segment: Postmark's `click.pstmrk.it/3s/<host%2Fpath>/<token>/…` (an `s`
 * after the version: https). Read on listed tracker hosts only: elsewhere such a segment is a name.
 */
function trackerPathUrl(u: ParsedUrl): string | null {
  const m = /^\/\d{1,2}(s?)\/([^/]{4,2000})\//.exec(u.pathname);
  if (!m || !isTrackerHost(u.host)) return null;
  return withScheme(safeDecode(m[2] as string), m[1] ? 'https' : 'http');
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
    const next = embeddedUrl(u.raw.slice(p));
    return { next: next.replace(/^(https?):[/\\](?![/\\])/i, '$1://'), param: 'path', urlParams: 1 };
  }
  const b64 = u.pathname.includes('/aHR0c') || u.pathname.includes('/eyJ') ? pathBase64Url(u.pathname) : null;
  if (b64) return { next: b64, param: 'path', urlParams: 1 };
  const tracked = trackerPathUrl(u);
  if (tracked) return { next: tracked, param: 'path', urlParams: 1 };
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
