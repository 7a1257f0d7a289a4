/**
 * The words a reader sees: the plain-text body, or the HTML body without tags, comments, `<script>`
 * and `<style>`, character references decoded and white space collapsed. Cut at `max` characters
 * (what the content checks read: the opening of a mail is where the pressure is). One linear pass.
 */
import { decodeEntities } from '../parse/urls-from-html.js';

export const VISIBLE_TEXT_MAX = 20_000;

/** Ends of the elements whose content is never shown. */
const HIDDEN_ELEMENTS: readonly [string, string][] = [
  ['<script', '</script'],
  ['<style', '</style'],
  ['<head', '</head'],
  ['<title', '</title'],
];

/** HTML bytes read at most: the visible opening of any real mail is well inside. */
const HTML_READ_MAX = 2_000_000;

/** Tags that end a line when the HTML is read as lines. */
const LINE_TAGS = /^<\/?(?:br|p|div|tr|li|h[1-6]|table|blockquote|hr)\b/i;

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

function htmlText(source: string, max: number, lines = false): string {
  const html = source.length > HTML_READ_MAX ? source.slice(0, HTML_READ_MAX) : source;
  let lower: string | null = null;
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n && out.length < max * 2) {
    const lt = html.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) out += lines ? html.slice(i, end).replace(/[\r\n]+/g, ' ') : html.slice(i, end);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const c = html.indexOf('-->', lt + 4);
      i = c < 0 ? n : c + 3;
      continue;
    }
    const head = html.slice(lt, lt + 8).toLowerCase();
    let skipped = false;
    for (const [open, close] of HIDDEN_ELEMENTS) {
      const after = head[open.length];
      if (head.startsWith(open) && (after === undefined || after === '>' || after === ' ' || after === '\t' || after === '\n' || after === '\r' || after === '/')) {
        lower ??= html.toLowerCase();
        const c = lower.indexOf(close, lt + open.length);
        const gt = c < 0 ? -1 : html.indexOf('>', c);
        i = gt < 0 ? n : gt + 1;
        skipped = true;
        break;
      }
    }
    if (skipped) {
      out += ' ';
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    i = gt < 0 ? n : gt + 1;
    out += lines && LINE_TAGS.test(head) ? '\n' : ' ';
  }
  return out;
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
