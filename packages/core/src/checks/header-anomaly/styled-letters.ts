/**
 * Words spelled in decorative Unicode alphabets — mathematical bold or italic (`𝑨𝑴𝑬𝑹𝑰𝑪𝑨𝑵𝑺`),
 * small capitals (`ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄʟɪɴᴇᴅ`), circled or squared letters (`Ⓦⓘⓝ`, `🅿🅰🆈`) — or with
 * marks no language puts on Latin letters (`Fa̷lha na e̷ntre̷ga`, `Coܿnfiܿrm`), in the subject or
 * display name. People read them as ordinary words; keyword filters and search do
 * not, which is the point.
 *
 * Spec: Unicode's Mathematical Alphanumeric Symbols, Enclosed Alphanumerics and Phonetic
 *   Extensions blocks (UTS #39 lists them as confusable with ASCII letters); none in the field notes.
 * False positives: playful marketing subjects. Three styled letters in a row are needed, so an
 *   isolated symbol (`ⓘ`, a flag) does not count; full-width letters and circled digits (`①②③`),
 *   normal in Japanese text, are not styled letters here. Accents count only when NFC leaves
 *   them loose on a Latin letter (decomposed `é` from a Mac composes and does not count), three
 *   letters per field: 13 phish-dev mails, none of 4,279 ham, Japanese or bounce mails.
 * Weight rationale: 20 — an evasion trick with no business use, `caution` alone and `suspicious`
 *   with one more sign.
 */
import { defineCheck } from '../define-check.js';
import { inSubjectOrName } from './shared.js';

/** Small capitals that NFKC leaves alone, with the letter they imitate. */
const SMALL_CAPITALS: Readonly<Record<string, string>> = {
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};
const NEGATIVE_SQUARED_A = 0x1f170;
const SQUARED_A = 0x1f130;
const NEGATIVE_CIRCLED_A = 0x1f150;

/** The plain letter a styled one stands for, or null when the character is not a styled letter. */
export function plainLetter(ch: string): string | null {
  const small = SMALL_CAPITALS[ch];
  if (small) return small;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x1d400 && cp <= 0x1d7ff) {
    const n = ch.normalize('NFKC');
    return /^[A-Za-z0-9]$/.test(n) ? n.toLowerCase() : null;
  }
  if (cp >= 0x24b6 && cp <= 0x24e9) {
    const n = ch.normalize('NFKC');
    return /^[A-Za-z0-9]+$/.test(n) ? n.toLowerCase() : null;
  }
  for (const base of [SQUARED_A, NEGATIVE_CIRCLED_A, NEGATIVE_SQUARED_A]) {
    if (cp >= base && cp < base + 26) return String.fromCharCode(97 + cp - base);
  }
  return null;
}

/** Any character of the blocks `plainLetter` reads (a cheap test before the walk). */
const STYLED_BLOCKS = /[\u0262\u0274\u0280\u028f\u0299\u029c\u029f\u026a\u01eb\u1d00-\u1d22\ua730\ua731\u24b6-\u24e9\u{1d400}-\u{1d7ff}\u{1f130}-\u{1f189}]/u;

/** The first run of three or more styled letters (spaces allowed inside), with its plain reading. */
export function styledRun(text: string): { text: string; plain: string } | null {
  if (!STYLED_BLOCKS.test(text)) return null;
  const chars = [...text.slice(0, 1000)];
  let start = -1;
  let letters = 0;
  let plain = '';
  const flush = (end: number): { text: string; plain: string } | null =>
    letters >= 3 ? { text: chars.slice(start, end).join('').trim(), plain: plain.trim() } : null;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const p = plainLetter(ch);
    if (p !== null) {
      if (start < 0) start = i;
      if (p >= 'a' && p <= 'z') letters++;
      plain += p;
    } else if (start >= 0 && (ch === ' ' || ch === '\u2019' || ch === "'" || ch === '-')) {
      plain += ch;
    } else if (start >= 0) {
      const r = flush(i);
      if (r) return r;
      start = -1;
      letters = 0;
      plain = '';
    }
  }
  return start >= 0 ? flush(chars.length) : null;
}

/**
 * A visible combining mark left on a Latin letter after NFC (`Fa̷lha na e̷ntre̷ga`, `Coܿnfiܿrm`):
 * no precomposed letter absorbs it, so it is decoration, not an accent. Invisible marks (the
 * grapheme joiner, variation selectors) are `invisible-characters`' findings.
 */
const MARKED_LETTER = /\p{Script=Latin}(?:(?![\u034F\uFE00-\uFE0F\u{E0100}-\u{E01EF}])\p{M})+/gu;
const ANY_MARK = /\p{M}/u;
const WORD_CHAR = /[\p{L}\p{M}]/u;

/** Three or more Latin letters dressed with marks no language composes: the span from the first to the last, with its plain reading. */
export function markedRun(text: string): { text: string; plain: string } | null {
  if (!ANY_MARK.test(text)) return null;
  const t = text.slice(0, 1000).normalize('NFC');
  const found = [...t.matchAll(MARKED_LETTER)];
  if (found.length < 3) return null;
  const first = found[0] as RegExpExecArray;
  const last = found[found.length - 1] as RegExpExecArray;
  // Whole words: from the start of the first marked letter's word to the end of the last one's.
  let from = first.index;
  while (from > 0 && WORD_CHAR.test(t[from - 1] as string)) from--;
  let to = last.index + last[0].length;
  while (to < t.length && WORD_CHAR.test(t[to] as string)) to++;
  const span = t.slice(from, to);
  const shown = [...span].length > 60 ? `${[...span].slice(0, 59).join('')}…` : span;
  return { text: shown, plain: shown.replace(MARKED_LETTER, (m) => m.replace(/\p{M}+/gu, '')).toLowerCase() };
}

export const styledLetters = defineCheck({
  id: 'header-anomaly/styled-letters',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 20,
  needs: ['headers'],
  run: (ctx) => inSubjectOrName(ctx, (text) => styledRun(text) ?? markedRun(text), (r) => r.text) ?? [],
});
