/** The report's natural order for file names (report/natural.ts). */
import { describe, expect, it } from 'vitest';
import { naturalCompare } from '../src/report/natural.js';
import { seeded } from './helpers.js';

describe('naturalCompare', () => {
  it('orders runs of digits as numbers and the rest by code unit', () => {
    const sorted = ['a.mbox#1', 'a.mbox#2', 'a.mbox#10', 'a.mbox#100', 'b/2026-9.eml', 'b/2026-10.eml', 'b/x7y', 'b/x7z', 'b/x12', 'c', 'c0', 'c01c', 'c1a', 'c1b', 'c2'] // equal numbers: the one with more leading zeros first;
    const shuffled = [...sorted].reverse();
    expect(shuffled.sort(naturalCompare)).toEqual(sorted);
  });

  it('is a consistent order (antisymmetric, transitive) on 300 seeded names', () => {
    const rnd = seeded(27);
    const parts = ['a', 'b', '#', '/', '.', '0', '00', '1', '2', '9', '10', '19', '100', 'x'];
    const names = Array.from({ length: 300 }, () => Array.from({ length: 1 + rnd(5) }, () => parts[rnd(parts.length)]).join(''));
    for (const x of names) {
      expect(naturalCompare(x, x)).toBe(0);
      for (const y of names) expect(Math.sign(naturalCompare(x, y)) + Math.sign(naturalCompare(y, x))).toBe(0);
    }
    const sorted = [...names].sort(naturalCompare);
    for (let i = 0; i + 1 < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) expect(naturalCompare(sorted[i] as string, sorted[j] as string), `${sorted[i]} ${sorted[j]}`).toBeLessThanOrEqual(0);
  });
});
