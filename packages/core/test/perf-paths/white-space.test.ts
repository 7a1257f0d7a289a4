/**
 * `collapseWhiteSpace` (only the runs that are not a lone space replaced) against the `\s+` form it
 * replaced in the visible-text reader and the anchor text of the link scan, on seeded soup of every
 * white space character JavaScript's `\s` knows and of ordinary text, and on the test messages.
 */
import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { collapseWhiteSpace } from '../../src/text/white-space.js';
import { collapse, visibleText } from '../../src/text/visible-text.js';
import { urlsFromHtml } from '../../src/parse/urls-from-html.js';
import { mulberry32 } from '../attachment/builders.js';
import { allFixtures, fixtureBytes } from '../helpers.js';
import * as refHtml from './reference/urls-from-html.js';
import * as refText from './reference/visible-text.js';

/** The old form. */
const reference = (s: string): string => s.replace(/\s+/g, ' ');

const WHITE = [' ', ' ', ' ', '  ', '\t', '\n', '\r', '\r\n', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const OTHER = ['a', 'word', 'ü', '日本', '\u200b', '-', '.', '<', '>', 'x y', '\u0085', '\u180e'];

function soup(next: () => number, max: number): string {
  let out = '';
  const n = Math.floor(next() * max);
  for (let k = 0; k < n; k++) out += next() < 0.5 ? (WHITE[Math.floor(next() * WHITE.length)] as string) : (OTHER[Math.floor(next() * OTHER.length)] as string);
  return out;
}

describe('collapseWhiteSpace = replace(/\\s+/g, " ")', () => {
  it('on seeded white space soup', () => {
    const next = mulberry32(61);
    for (let round = 0; round < 20000; round++) {
      const s = soup(next, 24);
      expect(collapseWhiteSpace(s), JSON.stringify(s)).toBe(reference(s));
    }
  });

  it('every pair and triple of white space characters, alone and between words', () => {
    for (const a of WHITE) for (const b of WHITE) for (const c of ['', ...WHITE]) for (const s of [a + b + c, `x${a}${b}${c}y`, `${a}x${b}${c}`]) expect(collapseWhiteSpace(s), JSON.stringify(s)).toBe(reference(s));
  });

  it('the visible text and the links of seeded HTML and of every test message', () => {
    const next = mulberry32(62);
    for (let round = 0; round < 2000; round++) {
      let html = '';
      const n = Math.floor(next() * 12);
      for (let k = 0; k < n; k++) html += next() < 0.3 ? pickTag(next) : soup(next, 6);
      expect(collapse(html, 50), JSON.stringify(html)).toBe(refText.collapse(html, 50));
      expect(visibleText({ html }), JSON.stringify(html)).toBe(refText.visibleText({ html }));
      expect(urlsFromHtml(html, 100), JSON.stringify(html)).toEqual(refHtml.urlsFromHtml(html, 100));
    }
    for (const rel of allFixtures()) {
      const bodies = fromRawMessage(fixtureBytes(rel)).bodies;
      expect(visibleText(bodies), rel).toBe(refText.visibleText(bodies));
      if (bodies?.html) expect(urlsFromHtml(bodies.html, 1000), rel).toEqual(refHtml.urlsFromHtml(bodies.html, 1000));
    }
  });
});

function pickTag(next: () => number): string {
  const tags = ['<a href="https://x.example/">', '</a>', '<p>', '<br>', '<td>', '<img alt="i">', '<script>s</script>', '&nbsp;', '&#32;', '&#x3000;', '<span style="display:none">', '<b style=\'font-size:0\'>', '</span>', '</b>', 'x<span style="opacity:0">q</span>y'];
  return tags[Math.floor(next() * tags.length)] as string;
}
