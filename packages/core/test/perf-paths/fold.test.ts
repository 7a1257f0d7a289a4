/**
 * `foldForMatch` (printable ASCII lower-cased without the replaces and NFKC) against the previous
 * form, on every ASCII character, seeded soup of ASCII, controls and characters that NFKC, the
 * invisible filter or lower-casing change, and the texts of every test message.
 */
import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { foldForMatch } from '../../src/text/normalize.js';
import { visibleText } from '../../src/text/visible-text.js';
import { mulberry32 } from '../attachment/builders.js';
import { allFixtures, fixtureBytes } from '../helpers.js';
import * as ref from './reference/normalize.js';

const PIECES = [
  'a', 'Z', 'Word', ' ', '\t', '\n', '\r', '\r\n', '\v', '\f', '\0', '\x1b', '\x7f', '~', '@', '.', 'I',
  '\u00a0', '\u00ad', 'ü', 'É', 'ﬁ', 'Ａ', 'ｱ', 'Σ', 'ΑΣ', '\u200b', '\u202e', '\ufeff', '\u{e0041}', 'e\u0301', '\u0301', '日本', '①', '™', '\u0130',
];

describe('foldForMatch = the NFKC fold without a fast path', () => {
  it('every ASCII character alone and between letters', () => {
    for (let c = 0; c < 0x80; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `A${ch}b`, `${ch}${ch}`]) expect(foldForMatch(s), JSON.stringify(s)).toBe(ref.foldForMatch(s));
    }
  });

  it('on seeded soup', () => {
    const next = mulberry32(71);
    for (let round = 0; round < 20000; round++) {
      let s = '';
      const n = Math.floor(next() * 16);
      const asciiOnly = next() < 0.5;
      for (let k = 0; k < n; k++) s += PIECES[Math.floor(next() * (asciiOnly ? 17 : PIECES.length))] as string;
      expect(foldForMatch(s), JSON.stringify(s)).toBe(ref.foldForMatch(s));
    }
  });

  it('the subject, sender names and visible text of every test message', () => {
    for (const rel of allFixtures()) {
      const m = fromRawMessage(fixtureBytes(rel));
      const texts = [...m.headers.map((h) => h.value), visibleText(m.bodies)];
      for (const t of texts) expect(foldForMatch(t), rel).toBe(ref.foldForMatch(t));
    }
  });
});
