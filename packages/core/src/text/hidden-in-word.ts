/**
 * Text hidden inside a word by its own style: `B<span style="display:none">{numero}{4}</span>anco`
 * reads "Banco" on screen and "B{numero}{4}anco" to anything that only strips tags ("hidden text
 * salting", meant to break the words filters look for). `hiddenInWordAt` reads one such element,
 * and the visible text leaves it out, so the wording and brand checks read what the reader sees.
 * (A check reporting the trick itself was measured in session 15: 22 `phish-dev` and 2 Japanese
 * phishing mails carry it, all caught already, no legitimate mail; its scan cost ~1 % of a corpus
 * scan, so it was not kept.)
 *
 * Spec: CSS 2.1 §9.2.4 (`display: none`), §11.2 (`visibility: hidden`), CSS Fonts 3 §3.5
 * (`font-size: 0`), CSS Color 3 §3.2 (`opacity: 0`). Only an inline element whose own `style`
 * attribute hides it, holding 1–60 characters of text and no markup, with a letter or digit right
 * before it and right after its end tag, counts: a hidden preheader or an Outlook-only block stands
 * between words, not inside one.
 */

/** A declaration that hides an element. Bounded: linear. */
const HIDES = /display\s{0,5}:\s{0,5}none|visibility\s{0,5}:\s{0,5}hidden|font-size\s{0,5}:\s{0,5}0(?![.\d]{0,8}[1-9])|opacity\s{0,5}:\s{0,5}0(?![.\d]{0,8}[1-9])/i;
/** The opening tag of an inline element, whole. Bounded: linear. */
const INLINE_OPEN = /^<(span|font|b|i|u|s|em|strong|small|a|sup|sub)\b[^<>]{0,400}>$/i;
const STYLE = /\bstyle\s{0,5}=\s{0,5}(?:"([^"]{0,400})"|'([^']{0,400})')/i;
/** An end tag at the start of the text: its name. */
const CLOSE = /^<\/([a-z]{1,6})\s{0,5}>/i;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Longest opening tag and hidden text read. */
const MAX_TAG = 420;
const MAX_TEXT = 60;
/** First letters of the inline elements above (a, b, e, f, i, s, u) as bits of `letter - 'a'`. */
const INLINE_FIRST = [...'abefisu'].reduce((m, c) => m | (1 << (c.charCodeAt(0) - 97)), 0);

/** Whether the UTF-16 unit `code` (NaN past the end) is a letter or digit; ASCII without the Unicode class. */
function isWordChar(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  return WORD_CHAR.test(String.fromCharCode(code));
}

/**
 * Whether the `<` at `lt` may open a hidden in-word element: a letter or digit before it and an
 * inline element's first letter after it. Most tags follow a `>` or white space and fail on the
 * first comparison, so every `<` of a mail can be asked.
 */
function mayHideInWord(html: string, lt: number): boolean {
  const before = html.charCodeAt(lt - 1);
  if (!(before > 0x20) || before === 62) return false;
  const k = (html.charCodeAt(lt + 1) | 0x20) - 97;
  return k >= 0 && k < 26 && (INLINE_FIRST & (1 << k)) !== 0 && isWordChar(before);
}

/** The element at `lt` if it is text hidden inside a word: its text and the index after its end tag. */
export function hiddenInWordAt(html: string, lt: number): { readonly text: string; readonly end: number } | null {
  if (!mayHideInWord(html, lt)) return null;
  const gtAt = html.slice(lt, lt + MAX_TAG).indexOf('>');
  if (gtAt < 0) return null;
  const gt = lt + gtAt;
  const tag = html.slice(lt, gt + 1);
  const name = INLINE_OPEN.exec(tag)?.[1];
  if (!name) return null;
  const style = STYLE.exec(tag);
  const css = style ? (style[1] ?? style[2] ?? '') : '';
  if (!css || !HIDES.test(css)) return null;
  const textAt = html.slice(gt + 1, gt + 2 + MAX_TEXT).indexOf('<');
  if (textAt <= 0) return null;
  const textEnd = gt + 1 + textAt;
  const text = html.slice(gt + 1, textEnd);
  if (!text.trim()) return null;
  const close = CLOSE.exec(html.slice(textEnd, textEnd + name.length + 9));
  if (!close || close[1]?.toLowerCase() !== name.toLowerCase()) return null;
  const end = textEnd + close[0].length;
  return isWordChar(html.charCodeAt(end)) ? { text, end } : null;
}
