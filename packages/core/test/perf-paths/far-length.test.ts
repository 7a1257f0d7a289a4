/**
 * The far-length pre-test of hidden-content/pushed-out-of-view as one native match, against the
 * digit-run loop it replaced (./reference/pushed-out-of-view.ts), on hand-picked lengths, seeded
 * CSS-and-digit soup and the HTML of every test fixture.
 */
import { describe, expect, it } from 'vitest';
import { hasFarLength } from '../../src/checks/hidden-content/pushed-out-of-view.js';
import { mulberry32 } from '../attachment/builders.js';
import { fixtureHtmls } from '../helpers.js';
import { hasFarLength as refHasFarLength } from './reference/pushed-out-of-view.js';

const PIECES = [
  '0', '1', '9', '12', '123', '1234', '12345', '123456', '.', '.5', '.123456', '.1234567', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\v',
  'px', 'PX', 'pX', 'p', 'x', 'vh', 'VH', 'v', 'h', 'em', 'EM', 'rem', 'REM', 'r', 'e', 'm', 'pt', '%', ';', ':', '-', 'a', '#', '/', '\u0130', '\u212a',
  'height:', 'margin-top: ', 'line-height:', 'width:600px;', 'color:#000000;', '10000px', '1000vh', '625em', '9999px', '999vh', '99em',
];

describe('hasFarLength (one regex) = the digit-run loop', () => {
  it.each([
    '', '10000px', '9999px', '10000.25 PX', '10000.1234567px', '1000.px', '12.34567px', '123.45678px', '1000vh', '999vh', '625em', '99em', '100rem',
    '100 rem', '100      rem', '100     rem', '100.5\tem', '12345\u00a0px', '12345\u3000px', '1e5px', '00000px', 'x10000pxx', '10000p x', '１００００px',
    '10000\npx', '1234567890123px', 'a'.repeat(100) + '10000px',
  ])('%j', (s) => {
    expect(hasFarLength(s)).toBe(refHasFarLength(s));
  });

  it('on seeded soup of digits, decimals, spaces and units', () => {
    const next = mulberry32(83);
    let trues = 0;
    for (let round = 0; round < 30000; round++) {
      let s = '';
      const n = Math.floor(next() * 14);
      for (let k = 0; k < n; k++) s += PIECES[Math.floor(next() * PIECES.length)];
      const want = refHasFarLength(s);
      if (want) trues++;
      expect(hasFarLength(s), JSON.stringify(s)).toBe(want);
    }
    expect(trues).toBeGreaterThan(3000);
  });

  it('on the HTML of every test fixture', () => {
    const htmls = fixtureHtmls();
    for (const [rel, html] of htmls) expect(hasFarLength(html), rel).toBe(refHasFarLength(html));
    expect(htmls.length).toBeGreaterThan(20);
  });

  it('stays linear on a megabyte of digits', () => {
    const digits = '1'.repeat(1_000_000);
    const t0 = performance.now();
    expect(hasFarLength(digits)).toBe(false);
    expect(hasFarLength(`${digits}px`)).toBe(true);
    expect(hasFarLength(`${digits}.1234567`)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
