/**
 * Lexical URL parsing shared by unwrapping and inspection. WHATWG `URL` gives the canonical form
 * (ASCII host, hex/octal/dword IPv4 rewritten to dotted form); the raw authority is kept beside it
 * because the way an attacker *wrote* the host (upper case, `0x7f.1`, `user@`) is itself evidence.
 * Nothing here resolves or fetches anything.
 */

/** Only this much of a URL is examined: hostile mail carries megabyte-long URLs. */
export const MAX_URL_CHARS = 8192;

export interface ParsedUrl {
  /** Canonical href from `URL` (capped input). */
  readonly href: string;
  /** The text as given (trimmed, capped, whitespace removed). */
  readonly raw: string;
  /** Lower-case scheme without the colon (`https`, `javascript`). */
  readonly scheme: string;
  /** Canonical host: lower-case ASCII (`xn--`), IPv4 dotted, IPv6 in brackets. '' for opaque URLs. */
  readonly host: string;
  /** The host exactly as written (case kept, IP literal form kept). */
  readonly rawHost: string;
  /** Userinfo as written before `@` ('' when none). */
  readonly rawUserinfo: string;
  /** Explicit port ('' when none or default). */
  readonly port: string;
  readonly pathname: string;
  /** Query without `?`. */
  readonly query: string;
  /** Fragment without `#`. */
  readonly fragment: string;
  readonly url: URL;
}

const WS = /[\u0000-\u0020\u007F]+/g;

/**
 * Parses an absolute URL leniently (whitespace inside removed, the first 8 KB only). `www.` and
 * `//` without a scheme become `http:`. Returns null when the text is not a URL.
 *
 * @example
 * parseUrl('HTTP://WWW.Example.COM/a')?.rawHost; // 'WWW.Example.COM'
 */
export function parseUrl(text: string): ParsedUrl | null {
  let s = text.length > MAX_URL_CHARS ? text.slice(0, MAX_URL_CHARS) : text;
  s = s.replace(WS, '');
  if (!s) return null;
  if (/^www\./i.test(s)) s = `http://${s}`;
  else if (s.startsWith('//')) s = `http:${s}`;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  const { rawHost, rawUserinfo } = rawAuthority(s);
  return {
    href: url.href,
    raw: s,
    scheme,
    host: url.hostname.toLowerCase(),
    rawHost,
    rawUserinfo,
    port: url.port,
    pathname: url.pathname,
    query: url.search.startsWith('?') ? url.search.slice(1) : url.search,
    fragment: url.hash.startsWith('#') ? url.hash.slice(1) : url.hash,
    url,
  };
}

/** Splits the authority of `scheme://authority/...` as written. Linear, no regex backtracking. */
export function rawAuthority(s: string): { rawHost: string; rawUserinfo: string } {
  const colon = s.indexOf(':');
  if (colon < 0) return { rawHost: '', rawUserinfo: '' };
  let i = colon + 1;
  while (i < s.length && (s[i] === '/' || s[i] === '\\')) i++;
  if (i === colon + 1) return { rawHost: '', rawUserinfo: '' };
  let end = i;
  while (end < s.length) {
    const c = s[end];
    if (c === '/' || c === '?' || c === '#' || c === '\\') break;
    end++;
  }
  const authority = s.slice(i, end);
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : '';
  let hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    hostPort = close >= 0 ? hostPort.slice(0, close + 1) : hostPort;
  } else {
    const pc = hostPort.lastIndexOf(':');
    if (pc >= 0) hostPort = hostPort.slice(0, pc);
  }
  return { rawHost: hostPort, rawUserinfo: userinfo };
}

/**
 * Percent-decodes without throwing: a malformed sequence (`%E3%8` or a lone `%`) is left as is
 * while the valid ones around it are decoded.
 */
export function safeDecode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/**
 * Query (or fragment) parameters in order, decoded once; at most `max`. Never throws. `+` is a
 * space in form encoding; pass `plusAsSpace: false` where a literal `+` matters (`taro+tag@…`).
 */
export function queryParams(query: string, max = 100, plusAsSpace = true): [string, string][] {
  const out: [string, string][] = [];
  if (!query) return out;
  let start = 0;
  while (start <= query.length && out.length < max) {
    let amp = query.indexOf('&', start);
    if (amp < 0) amp = query.length;
    const part = query.slice(start, amp);
    if (part) {
      const eq = part.indexOf('=');
      const k = eq < 0 ? part : part.slice(0, eq);
      const v = eq < 0 ? '' : part.slice(eq + 1);
      out.push(plusAsSpace ? [safeDecode(k.replace(/\+/g, ' ')), safeDecode(v.replace(/\+/g, ' '))] : [safeDecode(k), safeDecode(v)]);
    }
    start = amp + 1;
  }
  return out;
}

/** Base64 digit values of both alphabets (`-`/`_` are URL-safe `+`/`/`); -1 for anything else. */
const B64_DIGIT: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1);
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < abc.length; i++) t[abc.charCodeAt(i)] = i;
  t[0x2d] = 62;
  t[0x5f] = 63;
  return t;
})();

/**
 * The bytes of standard or URL-safe base64 (padding optional, nothing else allowed), or null when
 * the text is not base64. Decoded in place: no `atob` string, no intermediate copies.
 */
export function decodeBase64Bytes(s: string, maxChars = 8192): Uint8Array | null {
  let end = Math.min(s.length, maxChars);
  while (end > 0 && s.charCodeAt(end - 1) === 0x3d) end--;
  if (end % 4 === 1) return null;
  const out = new Uint8Array((end * 3) >> 2);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? (B64_DIGIT[c] as number) : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * Whether `decodeBase64Bytes(s, maxChars)` would give bytes that include `byte`, without decoding
 * into a buffer: most base64-looking runs in URLs are tokens, and only one holding an `@` matters.
 */
export function base64HasByte(s: string, byte: number, maxChars = 8192): boolean {
  let end = Math.min(s.length, maxChars);
  while (end > 0 && s.charCodeAt(end - 1) === 0x3d) end--;
  if (end % 4 === 1) return false;
  let acc = 0;
  let bits = 0;
  let found = false;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? (B64_DIGIT[c] as number) : -1;
    if (v < 0) return false;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (((acc >> bits) & 0xff) === byte) found = true;
    }
  }
  return found;
}

const UTF8: TextDecoder | null = (() => {
  try {
    return new TextDecoder('utf-8');
  } catch {
    return null;
  }
})();

/**
 * True when the bytes are well-formed UTF-8 (RFC 3629, as the WHATWG decoder reads it: no overlong
 * forms, no surrogates, nothing above U+10FFFF, no cut-off sequence). A check without a fatal
 * decoder: most base64-looking URL parts decode to random bytes, and a decoder that throws for
 * each of them costs more than the check.
 */
export function isUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return false;
    if (i + need >= n) return false;
    const second = bytes[i + 1] as number;
    if (second < lo || second > hi) return false;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k] as number;
      if (c < 0x80 || c > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

/** Bytes as text: UTF-8 when they are valid UTF-8, else one Latin-1 character per byte. */
export function bytesToText(bytes: Uint8Array): string {
  if (UTF8 && isUtf8(bytes)) return UTF8.decode(bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x2000) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x2000) as unknown as number[]);
  return out;
}

/** Decodes standard or URL-safe base64 (padding optional) to a string (Latin-1 when not UTF-8). Null when invalid. */
export function decodeBase64Text(s: string, maxChars = 8192): string | null {
  const bytes = decodeBase64Bytes(s, maxChars);
  return bytes ? bytesToText(bytes) : null;
}

/**
 * A URL written without its scheme (`example.io/login.php`, `www.example.com:8080/x`), read with
 * `scheme` as a browser would: a dotted host name, then a port, path, query, fragment or nothing.
 * Null for anything else (a bare word, a path).
 */
export function withScheme(value: string, scheme: 'http' | 'https'): string | null {
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#:]|$)/i.test(value) ? `${scheme}://${value}` : null;
}

/** `http:`/`https:` URL start, also double-encoded (`https%3A%2F%2F`) or with one slash. */
export function looksLikeHttpUrl(v: string): boolean {
  return /^https?:(?:\/|\\|%2f|%5c)/i.test(v);
}
