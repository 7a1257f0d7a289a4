// The implementation at commit f38f970 (before the fast paths), kept as the reference the tests in ../ compare the current code with.

/**
 * The words a reader sees: the plain-text body, or the HTML body without tags, comments, `<script>`
 * and `<style>`, character references decoded and white space collapsed. Cut at `max` characters
 * (what the content checks read: the opening of a mail is where the pressure is). One linear pass
 * that looks at each tag's first letters only.
 */
import { decodeEntities } from './urls-from-html.js';
import { asciiClass, inClass } from '../../../src/text/ascii-class.js';
import { foldForMatch } from '../../../src/text/normalize.js';

export const VISIBLE_TEXT_MAX = 3_000;

/** Elements whose content is never shown. `head` left the list in session 21 (an unclosed `<head>` hid whole mails), here as in the source. */
const HIDDEN_ELEMENTS: readonly string[] = ['script', 'style', 'title', 'template', 'noframes', 'noembed'];
/** Elements that end a line when the HTML is read as lines. */
const LINE_ELEMENTS: ReadonlySet<string> = new Set(['br', 'p', 'div', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote', 'hr']);

/** Inline elements (added in session 7 with the same rule as the source, read here through the sliced name). */
const INLINE_ELEMENTS: ReadonlySet<string> = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr']);

/** HTML read at most: the visible opening of any real mail is well inside. */
const HTML_READ_MAX = 2_000_000;

export function htmlToVisibleText(source: string, max = VISIBLE_TEXT_MAX): string {
  return collapse(decodeEntities(htmlText(source, max)), max);
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

/** Index of `</name` (any case) at or after `from`, or -1. */
function closeTagIndex(html: string, name: string, from: number): number {
  let i = html.indexOf('</', from);
  while (i >= 0) {
    if (html.slice(i + 2, i + 2 + name.length).toLowerCase() === name) return i;
    i = html.indexOf('</', i + 2);
  }
  return -1;
}

const SALTED = /^<(span|font|b|i|u|s|em|strong|small|a|sup|sub)\b([^<>]{0,400})>([^<]{1,60})<\/\1\s{0,5}>/i;
const STYLE = /\bstyle\s{0,5}=\s{0,5}(?:"([^"]{0,400})"|'([^']{0,400})')/i;
const HIDES = /display\s{0,5}:\s{0,5}none|visibility\s{0,5}:\s{0,5}hidden|font-size\s{0,5}:\s{0,5}0(?![.\d]{0,8}[1-9])|opacity\s{0,5}:\s{0,5}0(?![.\d]{0,8}[1-9])/i;
const WORD = /^[\p{L}\p{N}]$/u;

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
    // Session 15: text hidden inside a word by its own style is left out
    // (`B<span style="display:none">x7Q</span>anco` → Banco).
    const salted = SALTED.exec(html.slice(lt, lt + 500));
    if (salted && WORD.test(html[lt - 1] ?? '') && WORD.test(html[lt + salted[0].length] ?? '') && (salted[3] ?? '').trim() && HIDES.test(STYLE.exec(salted[2] ?? '')?.slice(1).join('') ?? '')) {
      i = lt + salted[0].length;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    i = gt < 0 ? n : gt + 1;
    const closing = html.charCodeAt(lt + 1) === 47;
    const name = tagName(html, lt);
    if (!closing && HIDDEN_ELEMENTS.includes(name)) {
      const c = closeTagIndex(html, name, i);
      const cgt = c < 0 ? -1 : html.indexOf('>', c);
      i = cgt < 0 ? n : cgt + 1;
    }
    // Session 7: inline elements no longer break words (`<span>Pay</span><span>Pal</span>` → PayPal).
    if (!(!closing && HIDDEN_ELEMENTS.includes(name)) && INLINE_ELEMENTS.has(name)) continue;
    parts.push(lines && LINE_ELEMENTS.has(name) ? '\n' : ' ');
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
  return text.slice(0, max * 2).replace(/\s+/g, ' ').trim().slice(0, max);
}

/** The visible text of a message body: its text part when present, else its HTML part. */
export function visibleText(bodies: { readonly text?: string; readonly html?: string } | undefined, max = VISIBLE_TEXT_MAX): string {
  if (!bodies) return '';
  if (bodies.text && bodies.text.trim()) return collapse(bodies.text, max);
  return bodies.html ? htmlToVisibleText(bodies.html, max) : '';
}
