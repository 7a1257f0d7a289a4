/**
 * The banded edit distance the typo test uses (editDistanceWithin) against the full table it
 * replaced (./reference/edit-distance.ts): the same distance whenever that is at most `max`, and a
 * number above `max` otherwise; on hand-picked pairs, seeded strings over small alphabets (so that
 * near pairs are common), edits of brand labels, and labels up to and past 63 characters.
 */
import { describe, expect, it } from 'vitest';
import { bundledBrands } from '../../src/domain/brands.js';
import { editDistanceWithin } from '../../src/domain/lookalike.js';
import { mulberry32 } from '../attachment/builders.js';
import { editDistance } from './reference/edit-distance.js';

function agrees(a: string, b: string, max: number): void {
  const want = editDistance(a, b, max);
  const got = editDistanceWithin(a, b, max);
  if (want <= max) expect(got, `${JSON.stringify(a)} / ${JSON.stringify(b)} max ${max}`).toBe(want);
  else expect(got, `${JSON.stringify(a)} / ${JSON.stringify(b)} max ${max}`).toBeGreaterThan(max);
}

describe('editDistanceWithin = the full optimal-string-alignment table up to max', () => {
  it.each([
    ['kitten', 'sitting'], ['amazon', 'amzaon'], ['', 'abc'], ['abc', ''], ['same', 'same'], ['ab', 'ba'], ['abcdef', 'abdcef'],
    ['rakutem', 'rakuten'], ['mitsubisihufj', 'mitsubishiufj'], ['mitsubshiufjx', 'mitsubishiufj'], ['abcdef', 'abcdwxyz'],
    ['aaaaaaaa', 'bbbbbbbb'], ['paypal', 'paypa1'], ['microsoft', 'rnicrosoft'], ['ca', 'abc'], ['abc', 'ca'], ['a', 'b'],
  ])('%j / %j', (a, b) => {
    for (let max = 0; max <= 4; max++) agrees(a, b, max);
  });

  it('on seeded strings over small alphabets', () => {
    const next = mulberry32(2207);
    const word = (alphabet: string, n: number): string => {
      let s = '';
      for (let k = 0; k < n; k++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    };
    let near = 0;
    for (let round = 0; round < 40000; round++) {
      const alphabet = ['ab', 'abc', 'abcd', 'a-b1', 'amzon'][round % 5] as string;
      const a = word(alphabet, Math.floor(next() * 14));
      // Half the pairs: b is a made from a few random edits (insert, delete, replace, swap).
      let b = a;
      if (round % 2 === 0) {
        const edits = Math.floor(next() * 4);
        for (let e = 0; e < edits; e++) {
          const at = Math.floor(next() * (b.length + 1));
          const op = Math.floor(next() * 4);
          const c = alphabet[Math.floor(next() * alphabet.length)] as string;
          if (op === 0) b = b.slice(0, at) + c + b.slice(at);
          else if (op === 1) b = b.slice(0, at) + b.slice(at + 1);
          else if (op === 2) b = b.slice(0, at) + c + b.slice(at + 1);
          else if (at + 1 < b.length) b = b.slice(0, at) + b[at + 1] + b[at] + b.slice(at + 2);
        }
      } else b = word(alphabet, Math.floor(next() * 14));
      const max = Math.floor(next() * 4);
      if (editDistance(a, b, max) <= max) near++;
      agrees(a, b, max);
    }
    expect(near).toBeGreaterThan(10000);
  });

  it('on one-edit and two-edit variants of every brand domain label', () => {
    const next = mulberry32(11);
    for (const brand of bundledBrands.brands) {
      for (const d of brand.domains) {
        const label = d.split('.')[0] as string;
        for (let k = 0; k < 4; k++) {
          const at = Math.floor(next() * label.length);
          const one = label.slice(0, at) + 'x' + label.slice(at + 1);
          const two = one.slice(0, Math.max(0, at - 2)) + one.slice(Math.max(0, at - 1));
          for (const max of [1, 2]) {
            agrees(one, label, max);
            agrees(two, label, max);
            agrees(label + 'ab', label, max);
          }
        }
      }
    }
  });

  it('on labels of 60 to 130 characters (the reused rows grow)', () => {
    const next = mulberry32(5);
    for (let round = 0; round < 300; round++) {
      const n = 60 + Math.floor(next() * 70);
      let a = '';
      for (let k = 0; k < n; k++) a += 'abc'[Math.floor(next() * 3)];
      const at = Math.floor(next() * n);
      const b = a.slice(0, at) + a.slice(at + 1 + (round % 3));
      for (const max of [1, 2, 3]) agrees(a, b, max);
      agrees(a.slice(0, 20), a.slice(0, 21), 1);
    }
  });
});
