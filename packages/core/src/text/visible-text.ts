/**
 * The words a reader sees: the HTML body without tags, comments, `<script>` and `<style>` and text
 * hidden inside words by its own style (else the plain-text body), character references decoded
 * and white space collapsed. Cut at `max` characters (what the content checks read: the opening of a
 * mail is where the pressure is). One linear pass that looks at each tag's first letters only.
 */
import { decodeEntities } from '../parse/urls-from-html.js';
import { asciiClass, inClass } from './ascii-class.js';
import { hiddenInWordAt } from './hidden-in-word.js';
import { foldForMatch } from './normalize.js';
import { collapseWhiteSpace } from './white-space.js';

export const VISIBLE_TEXT_MAX = 3_000;

/**
 * Elements whose content is never shown. Not `<head>`: what it can hold that shows text (`<title>`,
 * `<style>`, `<script>`) is listed itself, and a browser ends an unclosed `<head>` at the first
 * element of the body, so `<html><head><style>…</style><a href=…>Storage Limit Reached</a>` shows
 * the link; read as hidden up to a `</head>` that never comes, it hid the whole mail.
 * `<noframes>` and `<noembed>` are raw text a browser never shows, so a `<style>` inside one
 * (`<noframes><xml><style></xml></noframes>`) opens nothing.
 */
const HIDDEN_ELEMENTS: readonly string[] = ['script', 'style', 'title', 'template', 'noframes', 'noembed'];
/** Elements that end a line when the HTML is read as lines. */
const LINE_ELEMENTS: ReadonlySet<string> = new Set(['br', 'p', 'div', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote', 'hr']);

/** HTML read at most: the visible opening of any real mail is well inside. */
const HTML_READ_MAX = 2_000_000;

/** The last answer of {@link htmlToVisibleText}: the link collector and the context ask for the same body's. */
let last: { source: string; max: number; text: string } | null = null;

export function htmlToVisibleText(source: string, max = VISIBLE_TEXT_MAX): string {
  if (last !== null && last.source === source && last.max === max) return last.text;
  const text = collapse(decodeEntities(htmlText(source, max)), max);
  last = { source, max, text };
  return text;
}

/**
 * The HTML's visible text with line breaks where the layout breaks lines (`<br>`, `<p>`, `<div>`,
 * `<tr>`…): for reading header-like blocks such as a forwarded message's. Spaces and tabs are
 * collapsed within lines; at most `max` characters.
 */
export function htmlToVisibleLines(source: string, max = VISIBLE_TEXT_MAX): string {
  return decodeEntities(htmlText(source, max, true))
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n[ \n]*/g, '\n')
    .trim()
    .slice(0, max);
}

/** ASCII letters and digits. */
const NAME_CHARS = asciiClass((c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57));

function isNameChar(c: number): boolean {
  return inClass(NAME_CHARS, c);
}

/** The lower-case element name of the tag at `lt` (`<Script …` → `script`, `</P>` → `p`), at most 10 letters. */
function tagName(html: string, lt: number): string {
  let i = lt + 1;
  if (html.charCodeAt(i) === 47) i++; // '/'
  const start = i;
  while (i < html.length && i - start < 10 && isNameChar(html.charCodeAt(i))) i++;
  return html.slice(start, i).toLowerCase();
}

/**
 * The element of `HIDDEN_ELEMENTS` that the opening tag at `lt` is (`<Script …` → `script`), else
 * ''; the same answer as `HIDDEN_ELEMENTS.includes(tagName(html, lt))` without slicing the name.
 * Exported for tests.
 */
export function hiddenElement(html: string, lt: number): string {
  const start = lt + 1;
  let end = start;
  while (end < html.length && end - start < 10 && isNameChar(html.charCodeAt(end))) end++;
  for (const name of HIDDEN_ELEMENTS) {
    if (name.length !== end - start) continue;
    let k = 0;
    // Name chars are ASCII letters and digits: setting bit 5 lower-cases the letters and makes no
    // digit equal a letter.
    while (k < name.length && (html.charCodeAt(start + k) | 0x20) === name.charCodeAt(k)) k++;
    if (k === name.length) return name;
  }
  return '';
}

/**
 * Inline elements: they do not break words when rendered, so `<span>Pay</span><span>Pal</span>`
 * reads "PayPal" (a brand split into coloured spans to slip past word filters).
 */
const INLINE_ELEMENTS: readonly string[] = ['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr'];

/** {@link INLINE_ELEMENTS} by name length (index 1–6): a tag is compared with the names of its own length only. */
const INLINE_BY_LENGTH: readonly (readonly string[])[] = [0, 1, 2, 3, 4, 5, 6].map((n) => INLINE_ELEMENTS.filter((e) => e.length === n));

/** Whether the tag at `lt` (opening or closing) is an inline element; compared in place. Exported for tests. */
export function isInlineTag(html: string, lt: number): boolean {
  let start = lt + 1;
  if (html.charCodeAt(start) === 47) start++; // '/'
  let end = start;
  while (end < html.length && end - start < 7 && isNameChar(html.charCodeAt(end))) end++;
  const len = end - start;
  if (len === 0 || len > 6) return false;
  for (const name of INLINE_BY_LENGTH[len] as readonly string[]) {
    let k = 0;
    while (k < len && (html.charCodeAt(start + k) | 0x20) === name.charCodeAt(k)) k++;
    if (k === len) return true;
  }
  return false;
}

/** Index of `</name` (any case) at or after `from`, or -1. */
function closeTagIndex(html: string, name: string, from: number): number {
  let i = html.indexOf('</', from);
  while (i >= 0) {
    if (html.slice(i + 2, i + 2 + name.length).toLowerCase() === name) return i;
    i = html.indexOf('</', i + 2);
  }
  return -1;
}

function htmlText(source: string, max: number, lines = false): string {
  const html = source.length > HTML_READ_MAX ? source.slice(0, HTML_READ_MAX) : source;
  const parts: string[] = [];
  let length = 0;
  let i = 0;
  const n = html.length;
  while (i < n && length < max * 2) {
    const lt = html.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const t = html.slice(i, end);
      parts.push(lines ? t.replace(/[\r\n]+/g, ' ') : t);
      length += t.length;
    }
    if (lt < 0) break;
    if (html.charCodeAt(lt + 1) === 33 && html.startsWith('<!--', lt)) {
      const c = html.indexOf('-->', lt + 4);
      i = c < 0 ? n : c + 3;
      continue;
    }
    // text hidden inside a word by its own style (`B<span style="display:none">x7Q</span>anco`)
    // is not what the reader sees: left out, so the word reads "Banco"
    const salted = lt > 0 ? hiddenInWordAt(html, lt) : null;
    if (salted) {
      i = salted.end;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    i = gt < 0 ? n : gt + 1;
    const closing = html.charCodeAt(lt + 1) === 47;
    // Only a hidden element's name matters outside `lines` mode: compared in place, no string.
    const hidden = closing ? '' : hiddenElement(html, lt);
    if (hidden !== '') {
      const c = closeTagIndex(html, hidden, i);
      const cgt = c < 0 ? -1 : html.indexOf('>', c);
      i = cgt < 0 ? n : cgt + 1;
    }
    if (hidden === '' && isInlineTag(html, lt)) continue;
    parts.push(lines && LINE_ELEMENTS.has(tagName(html, lt)) ? '\n' : ' ');
  }
  return parts.join('');
}

/** Spaces between two Japanese characters (`ご利 用を一部制 限`): inserted to slip past filters, never meaningful. */
const CJK_GAP = /(?<=[\u3040-\u30ff\u3400-\u9fff])[ \u3000]+(?=[\u3040-\u30ff\u3400-\u9fff])/g;

/** Text as phrase checks read it: `foldForMatch` (NFKC, lower case, no invisibles) without spaces inside Japanese words. */
export function foldForReading(text: string): string {
  return foldForMatch(text).replace(CJK_GAP, '');
}

/** White space runs → one space, trimmed, cut at `max`. */
export function collapse(text: string, max = VISIBLE_TEXT_MAX): string {
  return collapseWhiteSpace(text.slice(0, max * 2)).trim().slice(0, max);
}

/**
 * The visible text of a message body: its HTML part's when that shows any text, else its text
 * part's. Mail clients show the HTML of a `multipart/alternative`, so that is what the reader
 * reads; the text part may be a decoy for filters (`Please use a HTML enabled email client to view
 * this message.`, `AAA`) while the HTML makes the offer. An HTML part of images only falls back to
 * the text.
 */
export function visibleText(bodies: { readonly text?: string; readonly html?: string } | undefined, max = VISIBLE_TEXT_MAX): string {
  if (!bodies) return '';
  if (bodies.html) {
    const shown = htmlToVisibleText(bodies.html, max);
    if (shown) return shown;
  }
  return bodies.text && bodies.text.trim() ? collapse(bodies.text, max) : '';
}
