/**
 * Text that is never displayed sits inside words: `B<span style="display:none">{numero}{4}</span>ankmail`,
 * `acc<b style="font-size:0">YI1H6</b>ount`. The reader sees ordinary words; a spam filter reads
 * other ones ("hidden text salting"), and a template fills the hidden part with a new random code
 * for every copy so that no two copies look alike.
 *
 * Spec: CSS 2.1 §9.2.4 (`display: none`), §11.2 (`visibility: hidden`), CSS Fonts 3 §3.5
 *   (`font-size: 0`), CSS Color 3 §3.2 (`opacity: 0`). Only an inline element whose own `style`
 *   attribute hides it, with a letter or digit right before it and right after it, counts — and
 *   only twice or more in one mail.
 * False positives: none measured (no legitimate, bounce or Japanese mail in the shared corpora has
 *   one; 22 `phish-dev` mails and 2 Japanese phishing mails have 4 to 133 each). A hidden
 *   preheader or an Outlook-only block (`display:none; mso-hide:all`) stands between words or
 *   paragraphs, not inside a word.
 * Weight rationale: 25, as `pushed-out-of-view`: a deception with no use in real mail, but about
 *   the filter rather than the reader: `caution` alone, `suspicious` with one more sign.
 */
import type { HiddenContentParams } from '../../model/params/hidden-content.js';
import { neutralize } from '../../text/normalize.js';
import { defineCheck, hit } from '../define-check.js';

type P = HiddenContentParams['hidden-content/hidden-text-in-words'];

/** HTML read at most: salting serves the text a filter reads first (all 24 corpus mails show it in the first 32 KB). */
const HTML_READ_MAX = 32_000;

/** A declaration that hides an element. */
const HIDES = /display\s{0,5}:\s{0,5}none|visibility\s{0,5}:\s{0,5}hidden|font-size\s{0,5}:\s{0,5}0(?![.\d]{0,8}[1-9])|opacity\s{0,5}:\s{0,5}0(?![.\d]{0,8}[1-9])/i;
/** The opening tag of an inline element, whole. Bounded: linear. */
const INLINE_OPEN = /^<(span|font|b|i|u|s|em|strong|small|a|sup|sub)\b[^<>]{0,400}>$/i;
const STYLE = /\bstyle\s{0,5}=\s{0,5}(?:"([^"]{0,400})"|'([^']{0,400})')/i;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Longest opening tag and hidden text read. */
const MAX_TAG = 420;
const MAX_TEXT = 60;
/** First letters of the inline elements above (a, b, e, f, i, s, u) as bits of `letter - 'a'`. */
const INLINE_FIRST = [...'abefisu'].reduce((m, c) => m | (1 << (c.charCodeAt(0) - 97)), 0);

/** Whether the UTF-16 unit `code` may start an inline element's name. */
function inlineFirst(code: number): boolean {
  const k = (code | 0x20) - 97;
  return k >= 0 && k < 26 && (INLINE_FIRST & (1 << k)) !== 0;
}

/** Occurrences needed: one could be a template's slip, a pattern is a method. */
const MIN_COUNT = 2;

/** Whether the UTF-16 unit `code` (NaN past the end) is a letter or digit; ASCII without the Unicode class. */
function isWordChar(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  return WORD_CHAR.test(String.fromCharCode(code));
}

/** Whether the style attribute of the opening tag `tag` hides the element. */
function hidesItself(tag: string): boolean {
  const style = STYLE.exec(tag);
  const css = style ? (style[1] ?? style[2] ?? '') : '';
  return css !== '' && HIDES.test(css);
}

/**
 * The hidden runs inside words of `html`, each with a little of the word around it. Every `<`
 * is looked at, but only one right after a letter or digit and starting an inline element's name
 * is read further (a handful per mail): one pass at memchr speed, ~13 ms over the 20 MB of HTML
 * of the phishing corpus, where a search for the hiding declarations took ~45 ms.
 */
export function hiddenInWords(html: string): { hidden: string; before: string; after: string }[] {
  const source = html.length > HTML_READ_MAX ? html.slice(0, HTML_READ_MAX) : html;
  const out: { hidden: string; before: string; after: string }[] = [];
  for (let lt = source.indexOf('<', 1); lt >= 0; lt = source.indexOf('<', lt + 1)) {
    const before = source.charCodeAt(lt - 1);
    // most tags follow a `>` or white space: dropped on one comparison
    if (before <= 0x20 || before === 62 || !inlineFirst(source.charCodeAt(lt + 1)) || !isWordChar(before)) continue;
    const gtAt = source.slice(lt, lt + MAX_TAG).indexOf('>');
    if (gtAt < 0) continue;
    const gt = lt + gtAt;
    const tag = source.slice(lt, gt + 1);
    const name = INLINE_OPEN.exec(tag)?.[1];
    if (!name || !hidesItself(tag)) continue;
    const textAt = source.slice(gt + 1, gt + 2 + MAX_TEXT).indexOf('<');
    if (textAt <= 0) continue;
    const textEnd = gt + 1 + textAt;
    const text = source.slice(gt + 1, textEnd);
    if (!text.trim()) continue;
    const close = CLOSE.exec(source.slice(textEnd, textEnd + name.length + 9));
    if (!close || close[1]?.toLowerCase() !== name.toLowerCase()) continue;
    const after = textEnd + close[0].length;
    if (!isWordChar(source.charCodeAt(after))) continue;
    out.push({ hidden: text, before: wordTail(source, lt), after: wordHead(source, after) });
    if (out.length >= 100) break;
    lt = after - 1;
  }
  return out;
}

/** An end tag at the start of the text: its name. */
const CLOSE = /^<\/([a-z]{1,6})\s{0,5}>/i;

/** Up to 12 letters or digits just before `at` (the visible start of the word). */
function wordTail(s: string, at: number): string {
  const m = /[\p{L}\p{N}]{1,12}$/u.exec(s.slice(Math.max(0, at - 12), at));
  return m ? m[0] : '';
}

/** Up to 12 letters or digits from `at` (the visible end of the word). */
function wordHead(s: string, at: number): string {
  const m = /^[\p{L}\p{N}]{1,12}/u.exec(s.slice(at, at + 12));
  return m ? m[0] : '';
}

export const hiddenTextInWords = defineCheck({
  id: 'hidden-content/hidden-text-in-words',
  category: 'hidden-content',
  severity: 'warn',
  weight: 25,
  needs: ['body'],
  run(ctx) {
    const html = ctx.input.bodies?.html;
    if (!html) return [];
    const found = hiddenInWords(html);
    if (found.length < MIN_COUNT) return [];
    const first = found[0] as (typeof found)[number];
    const hidden = neutralize(first.hidden.trim(), 40);
    const word = `${neutralize(first.before, 12)}${hidden}${neutralize(first.after, 12)}`;
    return [hit<P>({ hidden, count: found.length }, [{ kind: 'body', label: 'HTML text', value: word, highlight: hidden }])];
  },
});
