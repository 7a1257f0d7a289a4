/**
 * UTS #39-style skeletons for lookalike comparison: two strings whose skeletons are equal look the
 * same to a person. The table is the domain-relevant subset of Unicode's confusables.txt (Cyrillic,
 * Greek and Armenian letters that pass for Latin, Latin letters with marks, digits that pass for
 * letters) plus the Japanese pairs that phishing uses (`力`/`カ`, `口`/`ロ`, `一`/`ー`, `工`/`エ`),
 * folded the way hosts are compared: NFKC and lower case first, marks stripped.
 *
 * Snapshot: Unicode confusables.txt 16.0 (subset), 2026-11-23. Built once at module load; immutable.
 */

/** Single code point → its Latin (or canonical Japanese) prototype, after lower-casing. */
const SINGLE: ReadonlyMap<string, string> = (() => {
  const pairs: readonly (readonly [string, string])[] = [
    // Cyrillic → Latin
    ['а', 'a'], ['в', 'b'], ['ь', 'b'], ['с', 'c'], ['ԁ', 'd'], ['е', 'e'], ['ё', 'e'], ['һ', 'h'], ['н', 'h'],
    ['і', 'i'], ['ї', 'i'], ['ј', 'j'], ['к', 'k'], ['ӏ', 'l'], ['м', 'm'], ['п', 'n'], ['о', 'o'], ['р', 'p'],
    ['ԛ', 'q'], ['г', 'r'], ['ѕ', 's'], ['т', 't'], ['ц', 'u'], ['ѵ', 'v'], ['ԝ', 'w'], ['ш', 'w'], ['х', 'x'],
    ['у', 'y'], ['ү', 'y'], ['з', '3'], ['ӡ', '3'], ['ɡ', 'g'], ['ԍ', 'g'], ['ꓲ', 'l'],
    // Greek → Latin
    ['α', 'a'], ['β', 'b'], ['ϲ', 'c'], ['ε', 'e'], ['η', 'n'], ['ι', 'i'], ['ί', 'i'], ['κ', 'k'], ['ν', 'v'],
    ['ο', 'o'], ['ό', 'o'], ['ρ', 'p'], ['τ', 't'], ['υ', 'u'], ['χ', 'x'], ['γ', 'y'], ['ω', 'w'], ['ϳ', 'j'],
    // Armenian → Latin
    ['օ', 'o'], ['ս', 'u'], ['ց', 'g'], ['հ', 'h'], ['ո', 'n'], ['զ', 'q'], ['ա', 'w'], ['ւ', 'l'],
    // Latin lookalikes that survive NFKC
    ['ı', 'i'], ['ł', 'l'], ['ƚ', 'l'], ['ɩ', 'i'], ['ɑ', 'a'], ['ð', 'd'], ['đ', 'd'], ['ħ', 'h'], ['ø', 'o'],
    ['ɵ', 'o'], ['ʀ', 'r'], ['ʏ', 'y'], ['ɢ', 'g'], ['ʜ', 'h'], ['ᴋ', 'k'], ['ᴍ', 'm'], ['ɴ', 'n'], ['ᴏ', 'o'],
    ['ᴘ', 'p'], ['ꜱ', 's'], ['ᴛ', 't'], ['ᴜ', 'u'], ['ᴠ', 'v'], ['ᴡ', 'w'], ['ᴢ', 'z'], ['ß', 'ss'], ['æ', 'ae'],
    ['œ', 'oe'],
    // Digits and ASCII that pass for letters in hosts (confusables.txt: 0 → O, 1 → l)
    ['0', 'o'], ['1', 'l'], ['|', 'l'],
    // Tai Le, Canadian syllabics and Cherokee letters that spam writes Latin words with
    // (`aᥴcount`, `ᑕlouᗪ`, `ᏟᎪᏞᏞ`; Cherokee keyed by its lower-case forms, as the text is lower-cased first)
    ['ᥴ', 'c'], ['ᗩ', 'a'], ['ᗷ', 'b'], ['ᑕ', 'c'], ['ᗪ', 'd'], ['ᕮ', 'e'], ['ᖴ', 'f'], ['ᕼ', 'h'], ['ᒍ', 'j'],
    ['ᒪ', 'l'], ['ᗰ', 'm'], ['ᑎ', 'n'], ['ᑌ', 'u'], ['ᑭ', 'p'], ['ᖇ', 'r'], ['ᔕ', 's'], ['ᐯ', 'v'], ['ᗯ', 'w'], ['ᘔ', 'z'],
    ...(['Ꭺa', 'Ᏼb', 'Ꮯc', 'Ꭰd', 'Ꭼe', 'Ꮐg', 'Ꮋh', 'Ꭵi', 'Ꭻj', 'Ꮶk', 'Ꮮl', 'Ꮇm', 'Ꮲp', 'Ꮢr', 'Ꮪs', 'Ꭲt', 'Ꮩv', 'Ꮃw', 'Ꮓz'].map(
      (p) => [(p[0] as string).toLowerCase(), p[1] as string] as const,
    )),
    // Lisu (Fraser) capitals, which are Latin capitals in shape (`ꓮmazon`, `ꓑayꓑal`); confusables.txt maps each to its Latin letter
    ...(['ꓮa', 'ꓐb', 'ꓚc', 'ꓓd', 'ꓰe', 'ꓝf', 'ꓖg', 'ꓧh', 'ꓙj', 'ꓗk', 'ꓡl', 'ꓟm', 'ꓠn', 'ꓳo', 'ꓑp', 'ꓣr', 'ꓢs', 'ꓔt', 'ꓴu', 'ꓦv', 'ꓪw', 'ꓫx', 'ꓬy', 'ꓜz'].map(
      (p) => [p[0] as string, p[1] as string] as const,
    )),
    // Japanese: Han or other lookalikes → katakana
    ['力', 'カ'], ['口', 'ロ'], ['一', 'ー'], ['―', 'ー'], ['‐', '-'], ['−', '-'], ['工', 'エ'], ['二', 'ニ'],
    ['八', 'ハ'], ['卜', 'ト'], ['夕', 'タ'], ['三', 'ミ'], ['才', 'オ'], ['へ', 'ヘ'], ['ぺ', 'ペ'], ['べ', 'ベ'],
    ['〇', 'o'],
  ];
  return new Map(pairs);
})();

/** Multi-letter sequences that read as one letter (`rn` → `m`, `vv` → `w`, `cl` → `d`). */
const SEQUENCES: readonly (readonly [string, string])[] = [
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
];

const MARKS = /\p{M}/gu;

/**
 * The skeleton of a string: NFKC, lower case, combining marks removed, every confusable replaced by
 * its prototype, and the letter sequences above merged. Compare skeletons, never the strings.
 *
 * @example
 * skeleton('аmazon.co.jp') === skeleton('amazon.co.jp'); // true (Cyrillic а)
 * skeleton('arnaz0n') === skeleton('amazon');            // true
 * skeleton('メル力リ') === skeleton('メルカリ');            // true (Han 力)
 */
export function skeleton(text: string): string {
  let out = latinReading(text);
  for (const [seq, proto] of SEQUENCES) if (out.includes(seq)) out = out.split(seq).join(proto);
  return out;
}

/**
 * The text as a person reads it: `skeleton` without merging letter sequences, so it can be shown
 * (`Gоvernment` reads as `government`, where its skeleton is `govemment`).
 *
 * @example
 * latinReading('ᑕᒪOᑌᗪ'); // 'cloud' (its skeleton is 'doud', like that of 'cloud')
 */
export function latinReading(text: string): string {
  if (PRINTABLE_ASCII.test(text)) {
    const out = text.toLowerCase();
    return ASCII_MAPPED.test(out) ? out.replace(ASCII_MAPPED_ALL, (c) => SINGLE.get(c) ?? c) : out;
  }
  const folded = text.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '');
  let out = '';
  for (const ch of folded) out += SINGLE.get(ch) ?? ch;
  return out;
}

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
const ASCII_MAPPED = /[01|]/;
const ASCII_MAPPED_ALL = /[01|]/g;

/** True when two different strings share a skeleton (they look alike). */
export function areConfusable(a: string, b: string): boolean {
  return a !== b && skeleton(a) === skeleton(b);
}

/** True when the text holds at least one character the table maps (a possible homoglyph). */
export function hasConfusableChar(text: string): boolean {
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    if (ch.charCodeAt(0) >= 0x80 && SINGLE.has(ch)) return true;
  }
  return false;
}
