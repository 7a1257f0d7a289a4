/**
 * Links of an HTML body: `<a href>` with the text a person sees, `<area href>`, `<form action>`,
 * and anchors that wrap an image. A single forward scan with `indexOf` and a small state machine —
 * no regular expression over the markup, so hostile HTML (unclosed quotes, megabytes of `<<<<`)
 * costs linear time. Comments, `<script>`, `<style>`, `<template>` and `<head>`-only elements are
 * skipped; entities are decoded in attribute values and text (`&#106;avascript&colon;` is
 * `javascript:`). Never builds a DOM and never fetches.
 */

import { asciiClass, inClass } from '../text/ascii-class.js';
import { decodeEntities } from './html-entities.js';
import { collapseWhiteSpace } from '../text/white-space.js';

export type HtmlLinkKind = 'anchor' | 'area' | 'form';

export interface HtmlLink {
  /** Entity-decoded `href` / `action` (trimmed; at most 8 KB). `''` for a form without action. */
  readonly href: string;
  /** Visible text, whitespace collapsed (at most 500 characters). */
  readonly text: string;
  readonly kind: HtmlLinkKind;
  /** The anchor shows an image. */
  readonly hasImage: boolean;
  /** `alt` of that image (or of an `<area>`), when any. */
  readonly imageAlt?: string;
  /** For forms: it asks for a password, card number, PIN or one-time code. */
  readonly sensitive?: boolean;
}

export interface HtmlLinksResult {
  readonly links: HtmlLink[];
  /** Links seen in total (can exceed `links.length` when `max` was reached). */
  readonly total: number;
}

const MAX_HREF = 8192;
/** Input name/id/placeholder/autocomplete words that ask for secrets (whole words: not `shipping`, `compass`). */
const SENSITIVE_WORDS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pass', 'pwd', 'passcode', 'pin', 'otp', 'cvv', 'cvc', 'csc', 'cvv2', 'ssn', 'cardnumber', 'ccnumber',
  'ccnum', 'cardno', 'creditcard', 'securitycode', 'onetimecode',
]);
const SENSITIVE_JA = /パスワード|暗証|カード番号|セキュリティコード|ワンタイム/;

function asksForSecret(words: string): boolean {
  if (SENSITIVE_JA.test(words)) return true;
  const lower = words.toLowerCase();
  if (lower.includes('cc-number') || lower.includes('cc-csc') || lower.includes('current-password') || lower.includes('one-time-code')) return true;
  return lower.split(/[^a-z0-9]+/).some((w) => SENSITIVE_WORDS.has(w)) || SENSITIVE_WORDS.has(lower.replace(/[^a-z0-9]+/g, ''));
}
const MAX_TEXT = 500;
/** Elements whose content is not shown and never contains links a person clicks. */
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'template', 'title', 'textarea', 'noscript', 'xmp', 'noframes', 'noembed']);
/** Elements that break text (their boundaries become a space inside an anchor's text). */
const BLOCK: ReadonlySet<string> = new Set(['br', 'p', 'div', 'td', 'th', 'tr', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);

export { decodeEntities };

/** Element name characters: ASCII letters, digits and `-:_`. */
const NAME_CHARS = asciiClass(
  (c) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a || c === 0x5f,
);
/** HTML white space: space, tab, LF, FF, CR. */
const SPACES = asciiClass((c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d);
/** What follows the `<` of a tag: an ASCII letter, or `/` for a closing tag. */
const TAG_STARTS = asciiClass((c) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2f);
/** What the walk over a tag's attributes skips between them: white space and `/`. */
const GAPS = asciiClass((c) => c === 0x2f || inClass(SPACES, c));
/** What ends an attribute name: white space, `=`, `>` and `/`. */
const NAME_ENDS = asciiClass((c) => c === 0x3d || c === 0x3e || inClass(GAPS, c));
/** What ends an unquoted attribute value: white space and `>`. */
const VALUE_ENDS = asciiClass((c) => c === 0x3e || inClass(SPACES, c));

function isNameChar(c: number): boolean {
  return inClass(NAME_CHARS, c);
}

/** One tag as the scan reads it (exported for tests). */
export interface Tag {
  readonly name: string;
  readonly closing: boolean;
  /** Attribute names (lower case) and values, alternating; the first of a repeated name wins. */
  readonly attrs: readonly string[];
  /** Index just after the tag's `>` (or the end of input). */
  readonly end: number;
}

/** Tags whose attributes the scan reads; any other tag (and every closing tag) only needs its name and end. */
const WITH_ATTRS: ReadonlySet<string> = new Set(['a', 'area', 'form', 'input', 'button', 'img', 'base']);
const NO_ATTRS: readonly string[] = [];

/** Every element name the scan acts on, grouped by length; any other name is read as ''. */
const KNOWN_BY_LENGTH: readonly (readonly string[])[] = (() => {
  const byLength: string[][] = [];
  for (const name of new Set([...WITH_ATTRS, ...RAW_TEXT, ...BLOCK])) (byLength[name.length] ??= []).push(name);
  return byLength;
})();

/**
 * The known element name spelled (in any case) by `html[start, end)`, else ''. Compares in place:
 * most tags of a mail are `<td>`, `<span>`, `<font>`…, and none of them needs a string of its own.
 * The name characters are ASCII letters, digits and `-:_` (see `isNameChar`), so setting bit 5
 * lower-cases the letters and can make no other character equal a letter or digit of a known name.
 */
function knownName(html: string, start: number, end: number): string {
  // In bounds first: a read past an array's end costs V8 a deoptimization of the whole tag reader.
  const candidates = end - start < KNOWN_BY_LENGTH.length ? KNOWN_BY_LENGTH[end - start] : undefined;
  if (!candidates) return '';
  for (const name of candidates) {
    let k = 0;
    while (k < name.length && (html.charCodeAt(start + k) | 0x20) === name.charCodeAt(k)) k++;
    if (k === name.length) return name;
  }
  return '';
}

/** The first index at or after `p` whose char is not in the class. */
function skipClass(html: string, p: number, table: Uint8Array): number {
  while (p < html.length && inClass(table, html.charCodeAt(p))) p++;
  return p;
}

/** The first index at or after `p` that is not HTML white space. */
function skipSpaces(html: string, p: number): number {
  return skipClass(html, p, SPACES);
}

/**
 * The end of the attribute name that starts at `p` (not a space, `/` or `>`): the name runs to a
 * space, `=`, `>` or `/`; a `=` where a name should start is read as a one-char name.
 */
function attrNameEnd(html: string, p: number): number {
  let end = p;
  while (end < html.length && !inClass(NAME_ENDS, html.charCodeAt(end))) end++;
  // `max` rather than a rarely taken branch: no code path that the optimised code has never seen.
  return Math.max(end, p + 1);
}

/**
 * The end of the attribute value that starts at `p` (after `=` and any spaces): past its closing
 * quote (one past the end of input when the quote is never closed), or at the space or `>` that
 * ends an unquoted value.
 */
function attrValueEnd(html: string, p: number): number {
  const q = p < html.length ? html.charCodeAt(p) : -1;
  if (q === 0x22 || q === 0x27) {
    const close = html.indexOf(q === 0x22 ? '"' : "'", p + 1);
    return (close < 0 ? html.length : close) + 1;
  }
  let end = p;
  while (end < html.length && !inClass(VALUE_ENDS, html.charCodeAt(end))) end++;
  return end;
}

/**
 * Where a tag whose attributes are not needed ends: the same walk as `readTag` (quoted values may
 * hold `>`), without building attribute strings. The two share their steps, and with them the
 * type feedback V8 optimises them with. Exported for tests.
 */
export function skipAttrs(html: string, p: number): number {
  TAG_REST.lastIndex = p;
  let end: number;
  try {
    // Always matches (it may match nothing); it ends at the tag's `>` or at the end of input.
    TAG_REST.test(html);
    end = TAG_REST.lastIndex;
  } catch {
    // A tag of megabytes can exhaust the regex engine's backtrack stack: walk it instead.
    return skipAttrsWalk(html, p);
  }
  return end < html.length ? end + 1 : html.length;
}

/**
 * The attributes of a tag after its name, as `skipAttrsWalk` reads them, in one native match: runs
 * of white space and `/`; a name (`=` alone, or up to white space, `/`, `=`, `>`), then optionally
 * `=` and a value, double- or single-quoted (to the end of input when the quote is never closed) or
 * bare (up to white space or `>`). Every alternative consumes, and nothing follows the loop, so the
 * match never backtracks: linear. It stops at the tag's `>` or at the end of input.
 */
const TAG_REST = /(?:[\t\n\f\r /]+|(?:=|[^\t\n\f\r /=>]+)[\t\n\f\r ]*(?:=[\t\n\f\r ]*(?:"[^"]*(?:"|$)|'[^']*(?:'|$)|[^\t\n\f\r >]*))?)*/y;

/**
 * What the scan passes over without effect while no anchor is open: text, a `<` that starts no tag,
 * any closing tag but `</form` (`</a` closes nothing then), and opening tags the scan neither reads
 * (`WITH_ATTRS`) nor skips the content of (`RAW_TEXT`); block tags only add spaces to an open
 * anchor's text. Each tag ends where `skipAttrs` ends it (its name, then `TAG_REST`, then `>` or
 * the end of input). One native match passes over up to 128 of them (a bound, so that the regex
 * engine's backtrack stack stays small); comments, `<!…>`, `<?…>` and the tags that matter stop it.
 * Exported for tests.
 */
export const QUIET_RUN: RegExp = (() => {
  const names = (set: ReadonlySet<string>): string => [...set].join('|');
  const tagEnd = `${TAG_REST.source}(?:>|$)`;
  const closing = `</(?!form(?![\\w:-]))[\\w:-]*${tagEnd}`;
  const opening = `<(?!(?:${names(WITH_ATTRS)}|${names(RAW_TEXT)})(?![\\w:-]))[a-z][\\w:-]*${tagEnd}`;
  return new RegExp(`(?:[^<]+|<(?![a-z/!?])|${closing}|${opening}){0,128}`, 'iy');
})();

/**
 * The index after the quiet run (see `QUIET_RUN`) that starts at `i`, or -1 when the regex engine
 * gives up (a tag of megabytes): the caller then reads on one construct at a time.
 */
function quietRunEnd(html: string, i: number): number {
  QUIET_RUN.lastIndex = i;
  try {
    QUIET_RUN.test(html);
  } catch {
    return -1;
  }
  return QUIET_RUN.lastIndex;
}

/** `skipAttrs` one char class at a time (the reference for the regex; used when the regex cannot run). Exported for tests. */
export function skipAttrsWalk(html: string, p: number): number {
  const len = html.length;
  while (p < len) {
    const c = html.charCodeAt(p);
    if (c === 0x3e) return p + 1;
    if (inClass(GAPS, c)) {
      p = skipClass(html, p, GAPS);
      continue;
    }
    p = skipSpaces(html, attrNameEnd(html, p));
    if (p < len && html.charCodeAt(p) === 0x3d) p = attrValueEnd(html, skipSpaces(html, p + 1));
  }
  return len;
}

/**
 * Reads a tag starting at `html[i] === '<'`: its name when the scan acts on it ('' otherwise), and
 * for the tags in `WITH_ATTRS` the attributes (names lower-cased, values as written). Exported for tests.
 */
export function readTag(html: string, i: number): Tag {
  let p = i + 1;
  const closing = html.charCodeAt(p) === 0x2f;
  if (closing) p++;
  const nameStart = p;
  while (p < html.length && isNameChar(html.charCodeAt(p))) p++;
  const name = knownName(html, nameStart, p);
  if (closing || !WITH_ATTRS.has(name)) return { name, closing, attrs: NO_ATTRS, end: skipAttrs(html, p) };
  const len = html.length;
  const attrs: string[] = [];
  let count = 0;
  while (p < len) {
    const c = html.charCodeAt(p);
    if (c === 0x3e) return { name, closing, attrs, end: p + 1 };
    if (inClass(GAPS, c)) {
      p = skipClass(html, p, GAPS);
      continue;
    }
    const nameEnd = attrNameEnd(html, p);
    const attrName = html.slice(p, nameEnd).toLowerCase();
    p = skipSpaces(html, nameEnd);
    let value = '';
    if (p < len && html.charCodeAt(p) === 0x3d) {
      const vs = skipSpaces(html, p + 1);
      p = attrValueEnd(html, vs);
      const quote = vs < len ? html.charCodeAt(vs) : -1;
      // A quoted value without its quotes (to the end of input when the quote is never closed).
      value = quote === 0x22 || quote === 0x27 ? html.slice(vs + 1, p - 1) : html.slice(vs, p);
    }
    if (attrName && count < 64 && attrIndex(attrs, attrName) < 0) {
      attrs.push(attrName, value.slice(0, MAX_HREF));
      count++;
    }
  }
  return { name, closing, attrs, end: len };
}

/** Index of an attribute name in a tag's name/value list, or -1 (a tag has a handful of attributes). */
function attrIndex(attrs: readonly string[], name: string): number {
  for (let k = 0; k < attrs.length; k += 2) if (attrs[k] === name) return k;
  return -1;
}

/** End of a raw-text element's content: the index of its `</name`, case-insensitive (or the end). */
function rawTextEnd(html: string, from: number, name: string): number {
  let i = html.indexOf('</', from);
  while (i >= 0) {
    if (html.slice(i + 2, i + 2 + name.length).toLowerCase() === name && !isNameChar(html.charCodeAt(i + 2 + name.length))) return i;
    i = html.indexOf('</', i + 2);
  }
  return html.length;
}

function attr(tag: Tag, name: string): string | undefined {
  const at = attrIndex(tag.attrs, name);
  const v = at < 0 ? undefined : tag.attrs[at + 1];
  return v === undefined ? undefined : decodeEntities(v).trim();
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Links resolved against the document's `<base href>`, as the mail client resolves them when the
 * reader clicks: `<base href="https://kit.example.net/">` + `<a href="login">` opens
 * kit.example.net (the "baseStriker" split that hid links from gateway scanners). Links with a
 * scheme, and a form's empty action, stay as written; a base that is not an absolute http(s) URL
 * is ignored. Exported for the reference implementation in the tests.
 */
export function againstBase(links: HtmlLink[], base: string | undefined): HtmlLink[] {
  if (!base) return links;
  let b: URL;
  try {
    b = new URL(base.trim());
  } catch {
    return links;
  }
  if (b.protocol !== 'http:' && b.protocol !== 'https:') return links;
  return links.map((l) => {
    const href = l.href.trim();
    if (href === '' || SCHEME.test(href)) return l;
    try {
      return { ...l, href: new URL(href, b).href };
    } catch {
      return l;
    }
  });
}

function collapse(text: string): string {
  const t = collapseWhiteSpace(text).trim();
  return t.length > MAX_TEXT ? t.slice(0, MAX_TEXT) : t;
}

interface OpenAnchor {
  href: string;
  text: string;
  hasImage: boolean;
  imageAlt?: string;
}

/**
 * Extracts the links of an HTML document in document order. Stops recording after `max` links but
 * keeps counting them (up to 100 × `max`) so a limit hit can be reported.
 *
 * @example
 * urlsFromHtml('<a href="https://example.com/">example.com</a>', 100).links[0];
 * // { href: 'https://example.com/', text: 'example.com', kind: 'anchor', hasImage: false }
 */
export function urlsFromHtml(html: string, max: number): HtmlLinksResult {
  const links: HtmlLink[] = [];
  let total = 0;
  const countCap = Math.max(max, 1) * 100;
  let open: OpenAnchor | null = null;
  /** The form being read (its inputs decide `sensitive`), recorded when it opened. */
  let form: { -readonly [K in keyof HtmlLink]: HtmlLink[K] } | null = null;
  /** The first `<base href>`: what the reader's client resolves relative links against. */
  let baseHref: string | undefined;
  const record = (l: HtmlLink): void => {
    total++;
    if (links.length < max) links.push(l);
  };
  /** A submit button's `formaction` sends the form elsewhere than its `action`: another form target. */
  const formAction = (tag: Tag): void => {
    const target = attr(tag, 'formaction');
    if (target) record({ href: target, text: '', kind: 'form', hasImage: false, sensitive: form?.sensitive === true });
  };
  const closeAnchor = (): void => {
    if (!open) return;
    const l: HtmlLink = { href: open.href, text: collapse(decodeEntities(open.text)), kind: 'anchor', hasImage: open.hasImage };
    record(open.imageAlt ? { ...l, imageAlt: open.imageAlt } : l);
    open = null;
  };
  let i = 0;
  /** Quiet runs are passed in one match until the regex engine once gives up. */
  let quick = true;
  while (i < html.length && total < countCap) {
    if (open === null && quick) {
      const end = quietRunEnd(html, i);
      if (end < 0) quick = false;
      else if (end >= html.length) break;
      else i = end;
    }
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (open && textEnd > i && open.text.length < MAX_TEXT * 2) open.text += html.slice(i, Math.min(textEnd, i + MAX_TEXT * 2));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 || next === 0x3f) {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    if (!inClass(TAG_STARTS, next)) {
      if (open) open.text += '<';
      i = lt + 1;
      continue;
    }
    // Most tags are neither links nor forms: their name is read in place and the scan skips to
    // their end, with no tag object; only the tags in WITH_ATTRS go through readTag.
    let p = lt + 1;
    const closing = next === 0x2f;
    if (closing) p++;
    const nameStart = p;
    while (p < html.length && isNameChar(html.charCodeAt(p))) p++;
    const name = knownName(html, nameStart, p);
    if (closing || !WITH_ATTRS.has(name)) {
      i = skipAttrs(html, p);
      if (closing) {
        if (name === 'a') closeAnchor();
        else if (name === 'form') form = null;
        else if (open && BLOCK.has(name)) open.text += ' ';
      } else if (RAW_TEXT.has(name)) {
        const end = rawTextEnd(html, i, name);
        const close = html.indexOf('>', end);
        i = end >= html.length ? html.length : close < 0 ? html.length : close + 1;
      } else if (open && BLOCK.has(name)) {
        open.text += ' ';
      }
      continue;
    }
    const tag = readTag(html, lt);
    i = tag.end;
    switch (tag.name) {
      case 'a': {
        closeAnchor();
        // SVG inside HTML still writes its links as xlink:href
        const href = attr(tag, 'href') ?? attr(tag, 'xlink:href');
        if (href !== undefined && href !== '' && !href.startsWith('#')) open = { href, text: '', hasImage: false };
        break;
      }
      case 'area': {
        const href = attr(tag, 'href');
        if (href) {
          const alt = attr(tag, 'alt');
          record(alt ? { href, text: '', kind: 'area', hasImage: false, imageAlt: alt } : { href, text: '', kind: 'area', hasImage: false });
        }
        break;
      }
      case 'form':
        form = { href: attr(tag, 'action') ?? '', text: '', kind: 'form', hasImage: false, sensitive: false };
        record(form);
        break;
      case 'input':
        if (form && !form.sensitive) {
          const type = (attr(tag, 'type') ?? '').toLowerCase();
          const words = `${attr(tag, 'name') ?? ''} ${attr(tag, 'id') ?? ''} ${attr(tag, 'placeholder') ?? ''} ${attr(tag, 'autocomplete') ?? ''}`;
          if (type === 'password' || (type !== 'hidden' && type !== 'submit' && asksForSecret(words))) form.sensitive = true;
        }
        formAction(tag);
        break;
      case 'button':
        formAction(tag);
        break;
      case 'base':
        baseHref ??= attr(tag, 'href') || undefined;
        break;
      case 'img':
        if (open) {
          open.hasImage = true;
          const alt = attr(tag, 'alt');
          if (alt && !open.imageAlt) open.imageAlt = alt.slice(0, MAX_TEXT);
        }
        break;
    }
  }
  closeAnchor();
  return { links: againstBase(links, baseHref), total };
}
