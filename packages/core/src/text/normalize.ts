/**
 * Text folding used before any comparison of names, brands and domains.
 *
 * Attackers hide brands behind full-width forms (`Ａｍａｚｏｎ`), case, invisible characters
 * (`メルカ\u2064リ`, `コ\u2061インチェ\uFE09ック`) and bidi controls. Everything is compared after
 * `foldForMatch`, and everything shown to a person goes through `neutralize` first.
 */

/** Characters with no width or a formatting role: zero-width, invisible operators, variation selectors, BOM, soft hyphen, bidi controls. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E0FFF}]/gu;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;

/** True when the text holds invisible or formatting characters (zero-width, bidi, variation selectors). */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

/** True when the text holds bidi override/embedding/isolate controls. */
export function hasBidi(text: string): boolean {
  return BIDI.test(text);
}

/** Lists the invisible characters present, as `U+XXXX` code points (deduplicated, at most 8). */
export function invisibleCodePoints(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(INVISIBLE)) {
    out.add('U+' + (m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0'));
    if (out.size >= 8) break;
  }
  return [...out];
}

/** Removes invisible and control characters (keeps ordinary spaces). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, '');
}

/**
 * NFKC + remove invisibles + lower case. Full-width ASCII becomes ASCII, half-width katakana becomes
 * full-width, ligatures and circled letters unfold. Katakana/hiragana are kept apart on purpose.
 */
export function foldForMatch(text: string): string {
  // Printable ASCII (with tab and line breaks) holds no invisible or control character and is
  // unchanged by NFKC: only the lower-casing is left (one native test instead of two replaces and
  // a normalization, which copies the text for ICU).
  if (!NOT_PLAIN_ASCII.test(text)) return text.toLowerCase();
  return stripInvisible(text).normalize('NFKC').toLowerCase();
}

/** A character outside printable ASCII, tab, LF and CR (what `foldForMatch` would change besides case). */
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;

/** `foldForMatch` without spaces, dots, hyphens, underscores and middle dots: `Alpha-Mail` → `alphamail`. */
export function foldCompact(text: string): string {
  return foldForMatch(text).replace(/[\s.\-_・·･'’"“”()（）【】\[\]「」『』]+/gu, '');
}

/**
 * Makes message-derived text safe to show: invisibles and bidi controls become visible
 * `⟨U+202E⟩` markers, control characters become `�`, and the text is capped at `max` characters.
 */
export function neutralize(text: string, max = 300): string {
  let out = text.replace(INVISIBLE, (c) => `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
  out = out.replace(CONTROL, '\uFFFD');
  return out.length > max ? out.slice(0, max) + '…' : out;
}
