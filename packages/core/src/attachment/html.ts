/**
 * What an HTML or SVG attachment does when opened in a browser: a credential form, scripts,
 * an automatic redirect, or "HTML smuggling" (a file assembled in the browser from an embedded
 * blob, then offered as a download). Opened from disk, such a file runs with no URL bar to
 * check, which is why phishing kits ship the login page itself as the attachment.
 *
 * Static and bounded: the first 2 MiB are lower-cased and searched with `indexOf` for tags and
 * tokens (whitespace removed first, so `new  Blob (` matches `newblob(`). No backtracking regex
 * runs over the content, and at most 2,000 occurrences of each tag are looked at.
 */
import { latin1 } from '../parse/charset.js';

export type HtmlFeature = 'password-field' | 'form' | 'script' | 'redirect' | 'smuggling' | 'remote-frame';

export interface HtmlScan {
  /** Features found, in this order: password-field, form, script, redirect, smuggling, remote-frame. */
  readonly features: readonly HtmlFeature[];
}

const MAX_SCAN = 2 * 1024 * 1024;
const MAX_TAGS = 2000;
const MAX_TAG_LENGTH = 2000;
const ORDER: readonly HtmlFeature[] = ['password-field', 'form', 'script', 'redirect', 'smuggling', 'remote-frame'];

/** Tokens searched in the whitespace-free text, with whether a letter may precede them. */
const SCRIPT_TOKENS = ['javascript:'];
/** Event-handler attributes (`<body onload=…>`, SVG `onbegin`). */
const EVENT_ATTRS = ['onload', 'onerror', 'onmouseover', 'onfocus', 'onclick', 'onsubmit', 'onpageshow', 'onbegin'];
const REDIRECT_TOKENS = [
  'window.location=', 'window.location.href=', 'document.location=', 'document.location.href=', 'top.location=',
  'top.location.href=', 'self.location=', 'parent.location=', 'location.href=', 'location.replace(', 'location.assign(',
];
const SMUGGLING_TOKENS = [
  'atob(', 'newblob(', 'mssaveoropenblob', 'createobjecturl', 'unescape(', 'fromcharcode(', 'eval(',
  'data:application/octet-stream', 'data:application/x-zip', 'data:application/zip', 'data:application/x-msdownload',
  'data:application/x-iso9660', 'data:application/vnd.',
];
/** Function-like tokens must not be the tail of a longer identifier (`retrieval(` is not `eval(`). */
const NEEDS_BOUNDARY = new Set(['atob(', 'unescape(', 'eval(']);

function isIdentChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '_' || c === '$');
}

function hasToken(text: string, token: string): boolean {
  const boundary = NEEDS_BOUNDARY.has(token);
  for (let i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
    if (!boundary || !isIdentChar(text[i - 1])) return true;
  }
  return false;
}

/** An attribute `name` preceded by a blank, quote or slash and followed (after blanks) by `=`. */
function hasAttribute(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const before = text[i - 1];
    if (before === undefined || !(before.trim() === '' || before === '"' || before === "'" || before === '/')) continue;
    let j = i + name.length;
    while (j < text.length && j < i + name.length + 64 && (text[j] as string).trim() === '') j++;
    if (text[j] === '=') return true;
  }
  return false;
}

/** Each `<name …>` tag (name followed by a blank, `>` or `/`), its attributes without blanks and quotes. */
function tags(text: string, name: string): string[] {
  const out: string[] = [];
  const open = '<' + name;
  for (let i = text.indexOf(open); i >= 0 && out.length < MAX_TAGS; i = text.indexOf(open, i + 1)) {
    const next = text[i + open.length];
    if (next !== undefined && next !== '>' && next !== '/' && next.trim() !== '') continue;
    const span = text.slice(i + open.length, i + MAX_TAG_LENGTH);
    const end = span.indexOf('>');
    out.push((end < 0 ? span : span.slice(0, end)).replace(/\s/g, '').replace(/["']/g, ''));
  }
  return out;
}

/** Scans HTML/SVG bytes for active content. Pure; linear in at most 2 MiB. */
export function scanHtml(bytes: Uint8Array): HtmlScan {
  let text = latin1(bytes, 0, Math.min(bytes.length, MAX_SCAN));
  // UTF-16 documents: drop the NULs so the ASCII tokens match.
  if (text.length > 1 && (text.charCodeAt(0) === 0xff || text.charCodeAt(1) === 0 || text.charCodeAt(0) === 0)) text = text.replace(/\0/g, '');
  text = text.toLowerCase();
  const compact = text.replace(/\s/g, '');
  const found = new Set<HtmlFeature>();

  const inputs = tags(text, 'input');
  if (inputs.some((t) => t.includes('type=password'))) found.add('password-field');
  if (tags(text, 'form').length || inputs.some((t) => t.includes('type=email') || t.includes('type=submit'))) found.add('form');
  if (tags(text, 'script').length || tags(text, 'foreignobject').length || SCRIPT_TOKENS.some((k) => hasToken(compact, k)) || EVENT_ATTRS.some((a) => hasAttribute(text, a))) found.add('script');
  if (tags(text, 'meta').some((t) => t.includes('http-equiv=refresh')) || REDIRECT_TOKENS.some((k) => hasToken(compact, k))) found.add('redirect');
  if (SMUGGLING_TOKENS.some((k) => hasToken(compact, k))) found.add('smuggling');
  if (['iframe', 'frame', 'embed', 'object'].some((n) => tags(text, n).some((t) => t.includes('src=http') || t.includes('data=http')))) found.add('remote-frame');

  return { features: ORDER.filter((f) => found.has(f)) };
}
