import { describe, expect, it } from 'vitest';
import { ascii, indexOf, lastIndexOf } from '../../src/attachment/bytes.js';

/** The plain definition: every offset in the window, compared byte by byte. */
function naive(b: Uint8Array, needle: number[], from = 0, to = b.length): number {
  for (let i = Math.max(0, from); i + needle.length <= Math.min(to, b.length); i++) {
    if (needle.every((x, k) => b[i + k] === x)) return i;
  }
  return -1;
}

describe('byte search', () => {
  const b = new Uint8Array(ascii('%PDF /Obj /ObjStm x /ObjStm stream endstream'));
  it.each([
    [ascii('/ObjStm'), 0, b.length],
    [ascii('/ObjStm'), 11, b.length],
    [ascii('/ObjStm'), 12, b.length],
    [ascii('/ObjStm'), 0, 17],
    [ascii('/ObjStm'), 0, 16],
    [ascii('/ObjStm'), 30, 5],
    [ascii('/ObjStm'), -4, b.length + 10],
    [ascii('endstream'), 0, b.length],
    [ascii('%'), 0, 1],
    [ascii('%'), 1, b.length],
    [ascii('m'), b.length - 1, b.length],
  ])('indexOf(%j, %i, %i) agrees with the plain definition', (needle, from, to) => {
    expect(indexOf(b, needle, from, to)).toBe(naive(b, needle, from, to));
  });
  it('an empty needle is never found', () => {
    expect(indexOf(b, [], 0, b.length)).toBe(-1);
  });
  it('agrees on random data and windows', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let r = 0; r < 500; r++) {
      const hay = new Uint8Array(1 + rnd(200)).map(() => rnd(4));
      const needle = Array.from({ length: 1 + rnd(4) }, () => rnd(4));
      const from = rnd(hay.length + 3) - 1;
      const to = rnd(hay.length + 3);
      expect(indexOf(hay, needle, from, to)).toBe(naive(hay, needle, from, to));
    }
  });
  it('lastIndexOf finds the last occurrence in the window', () => {
    expect(lastIndexOf(b, ascii('/ObjStm'))).toBe(20);
    expect(lastIndexOf(b, ascii('/ObjStm'), 0, 20)).toBe(10);
  });
});
