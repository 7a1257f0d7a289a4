import { describe, expect, it } from 'vitest';
import { asciiClass, inClass } from '../../src/text/ascii-class.js';

describe('asciiClass / inClass', () => {
  const predicates: [string, (c: number) => boolean][] = [
    ['HTML name chars', (c) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a || c === 0x5f],
    ['HTML spaces', (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d],
    ['resinfo key chars', (c) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x2d && c <= 0x39) || c === 0x5f],
    ['a predicate true for every code', () => true],
  ];
  it.each(predicates)('%s: the table agrees with the ASCII predicate, and holds nothing else', (_, test) => {
    const table = asciiClass(test);
    for (let c = 0; c <= 0xffff; c++) expect(inClass(table, c)).toBe(c < 0x80 && test(c));
    // charCodeAt past the end gives NaN, which no class holds.
    expect(inClass(table, Number.NaN)).toBe(false);
    expect(inClass(table, 0x1f600)).toBe(false);
  });
});
