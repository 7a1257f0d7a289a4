/**
 * URLs in plain text: `http://`, `https://` and schemeless `www.` links, the way mail clients
 * linkify them, and bare `host.tld/path` links (`transfer.example/verify`), which phishing writes
 * to slip past link scanners and which people copy into a browser; only with a `/` after the host,
 * so a name like `Amazon.co.jp` in a sentence is not a link (callers check the suffix is a real
 * one). Japanese text often glues a URL to the sentence (`詳細はhttps://example.jp/をご覧ください`),
 * so the path stops at the first non-ASCII character, and a host stops where ASCII turns into
 * Japanese inside its last label; a host that is Japanese from the start (`https://メモ書き.jp/`) is
 * kept whole. Trailing punctuation and unbalanced closing brackets are trimmed.
 *
 * Linear: one regex with a single alternation locates starts, the rest is a forward scan.
 */

const MAX_URL = 8192;

/** Candidate starts: `http://`, `https://`, or `www.` not preceded by a word character. */
const START = /https?:\/\/|(?<![\w.@/-])www\./gi;

/** Bare links: a dot, a last label and a slash (`…example.com/`); the host is found by walking back. */
const BARE = /\.[a-z][a-z0-9-]{0,62}\//gi;

/** Host characters of a bare link, walked back over from its last label. */
function isBareHostChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
}

/** Characters right before a bare host that make it part of something else (an address, a path, a word, a URL). */
function gluedBefore(c: number): boolean {
  return c === 0x40 || c === 0x2f || c === 0x5f || c === 0x3a || c === 0x25 || c === 0x2b || c === 0x3d || c === 0x26 || c === 0x3f || c === 0x23 || c === 0x7e || c === 0x5c;
}

/** Characters that end a URL anywhere (ASCII delimiters a linkifier stops at). */
function isStop(c: number): boolean {
  return c <= 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60 || c === 0x7b || c === 0x7d || c === 0x7c || c === 0x5c || c === 0x5e || c === 0x7f;
}

/** CJK punctuation, full-width forms and ideographic space: never part of a host. */
function isCjkPunct(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff65) || c === 0x30fb;
}

const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", ')', ']', '*', '_']);

/** Drops trailing punctuation, keeping a closing bracket that closes one opened inside the URL. Linear. */
function trimTail(url: string): string {
  let open = count(url, '(');
  let close = count(url, ')');
  let openSq = count(url, '[');
  let closeSq = count(url, ']');
  let end = url.length;
  while (end > 0) {
    const last = url[end - 1] as string;
    if (!TRAILING.has(last)) break;
    if (last === ')') {
      if (open >= close) break;
      close--;
    } else if (last === ']') {
      if (openSq >= closeSq) break;
      closeSq--;
    }
    end--;
  }
  return url.slice(0, end);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** Cuts a host whose last label turns from ASCII into non-ASCII (`example.jpをご覧` → `example.jp`). */
function trimHost(host: string): string {
  const dot = host.lastIndexOf('.');
  const label = host.slice(dot + 1);
  if (!label || label.charCodeAt(0) >= 0x80) return host;
  let k = 0;
  while (k < label.length && label.charCodeAt(k) < 0x80) k++;
  return k < label.length ? host.slice(0, dot + 1 + k) : host;
}

export interface TextUrlsResult {
  readonly urls: string[];
  /** URLs seen in total (can exceed `urls.length` when `max` was reached). */
  readonly total: number;
}

/**
 * Extracts URLs from plain text in order. `www.` and bare links are returned as written (callers
 * add the scheme and check a bare host's suffix). Stops recording after `max` but keeps counting
 * (up to 100 × `max`).
 *
 * @example
 * urlsFromText('詳細はhttps://example.jp/campaign をご覧ください。www.example.com.', 10).urls;
 * // ['https://example.jp/campaign', 'www.example.com']
 */
export function urlsFromText(text: string, max: number): TextUrlsResult {
  const found: Found[] = [];
  const countCap = Math.max(max, 1) * 100;
  let resumeAt = 0;
  for (const m of text.matchAll(START)) {
    if (found.length >= countCap) break;
    const start = m.index ?? 0;
    if (start < resumeAt) continue;
    let p = start + m[0].length;
    // Host (and userinfo, port): ASCII host characters, or non-ASCII letters of an IDN.
    const hostStart = p;
    while (p < text.length && p - start < MAX_URL) {
      const c = text.charCodeAt(p);
      if (isStop(c) || isCjkPunct(c) || c === 0x2f || c === 0x3f || c === 0x23) break;
      p++;
    }
    const host = trimHost(text.slice(hostStart, p));
    p = hostStart + host.length;
    if (!host.includes('.') && !host.startsWith('[')) {
      resumeAt = p;
      continue;
    }
    const url = trimTail(text.slice(start, pathEnd(text, p, start)));
    resumeAt = start + url.length;
    found.push({ at: start, url });
  }
  const schemed = found.length;
  // Bare `host.tld/path` links outside the ones found above (those are sorted by position).
  let next = 0;
  let covered = 0;
  for (const m of text.matchAll(BARE)) {
    if (found.length >= countCap) break;
    const slash = (m.index ?? 0) + m[0].length - 1;
    if (slash < covered) continue;
    let s = m.index ?? 0;
    while (s > 0 && slash - s < 256 && isBareHostChar(text.charCodeAt(s - 1))) s--;
    while (next < schemed && endOf(found[next] as Found) <= s) next++;
    const around = next < schemed ? (found[next] as Found) : null;
    if (around && around.at <= s) {
      // Inside a link found above (`https://a.example/next/b.example.com/x`).
      covered = endOf(around);
      continue;
    }
    const host = text.slice(s, slash);
    if (s > 0 && (gluedBefore(text.charCodeAt(s - 1)) || isBareHostChar(text.charCodeAt(s - 1)))) continue;
    if (!/^[a-z0-9]/i.test(host) || host.includes('..') || /^www\./i.test(host)) continue;
    const url = trimTail(text.slice(s, pathEnd(text, slash, s)));
    covered = s + url.length;
    found.push({ at: s, url });
  }
  if (found.length > schemed) found.sort((a, b) => a.at - b.at);
  const urls: string[] = [];
  for (const f of found) if (urls.length < max) urls.push(f.url);
  return { urls, total: found.length };
}

/** A URL found in the text and where it starts. */
interface Found {
  readonly at: number;
  readonly url: string;
}

function endOf(f: Found): number {
  return f.at + f.url.length;
}

/** Path, query, fragment: printable ASCII only. */
function pathEnd(text: string, p: number, start: number): number {
  while (p < text.length && p - start < MAX_URL) {
    const c = text.charCodeAt(p);
    if (c >= 0x80 || isStop(c)) break;
    p++;
  }
  return p;
}
