/**
 * Content-Transfer-Encoding decoders (RFC 2045 §6.7 quoted-printable, §6.8 base64) on bytes.
 * The block decoders are checked against one-character-at-a-time reference decoders (the
 * specification as code) on seeded random input full of line breaks, junk, `=` and cut-offs.
 */
import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeQuotedPrintable } from '../../src/parse/transfer-encoding.js';
import { mulberry32 } from '../attachment/builders.js';

const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const text = (b: Uint8Array): string => String.fromCharCode(...b);

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_';

/** Base64 as RFC 2045 §6.8 reads it: junk skipped, `=` ends the data; a byte map applied first. */
function referenceBase64(input: Uint8Array, max: number, map?: Uint8Array): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const raw of input) {
    if (out.length >= max) break;
    const c = map ? (map[raw] as number) : raw;
    if (c === 0x3d) break;
    const v = ALPHABET.indexOf(String.fromCharCode(c));
    if (v < 0) continue;
    acc = ((acc << 6) | (v >= 64 ? v - 2 : v)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** Quoted-printable one byte at a time (RFC 2045 §6.7; `_` is a space in RFC 2047 Q encoding). */
function referenceQp(input: Uint8Array, underscoreIsSpace: boolean, max: number): Uint8Array {
  const out: number[] = [];
  const hex = (c: number | undefined): number => (c === undefined ? -1 : '0123456789ABCDEFabcdef'.indexOf(String.fromCharCode(c)) < 0 ? -1 : parseInt(String.fromCharCode(c), 16));
  for (let i = 0; i < input.length && out.length < max; i++) {
    const c = input[i] as number;
    if (c !== 0x3d) {
      out.push(underscoreIsSpace && c === 0x5f ? 0x20 : c);
      continue;
    }
    if (input[i + 1] === 0x0d && input[i + 2] === 0x0a) i += 2;
    else if (input[i + 1] === 0x0a) i += 1;
    else if (hex(input[i + 1]) >= 0 && hex(input[i + 2]) >= 0) {
      out.push((hex(input[i + 1]) << 4) | hex(input[i + 2]));
      i += 2;
    } else out.push(c);
  }
  return Uint8Array.from(out);
}

describe('base64 (RFC 2045 §6.8)', () => {
  it.each([
    ['aGVsbG8gd29ybGQ=', 'hello world'],
    ['aGVs\r\nbG8g\r\nd29y\r\nbGQ=', 'hello world'],
    ['aGVs\nbG8gd29ybGQ', 'hello world'],
    [' a G V s b G 8 ', 'hello'],
    ['aGVs*bG8!', 'hello'],
    ['aGVsbG8=IGlnbm9yZWQ=', 'hello'],
    ['aGVsbA==', 'hell'],
    ['aGVsbA', 'hell'],
    ['aGVsbA=', 'hell'],
    ['-_-_', '\xfb\xff\xbf'],
    ['+/+/', '\xfb\xff\xbf'],
    ['', ''],
    ['=', ''],
    ['a', ''],
  ])('%j → %j', (input, expected) => {
    expect(text(decodeBase64(bytes(input)))).toBe(expected);
    expect(text(decodeBase64(input))).toBe(expected);
  });

  it('stops at max output bytes, also inside a group of four', () => {
    const input = bytes('aGVsbG8gd29ybGQ=');
    for (let max = 0; max <= 12; max++) expect(text(decodeBase64(input, max))).toBe('hello world'.slice(0, max));
  });

  it('reads each byte through the byte map first', () => {
    const map = new Uint8Array(256).map((_, i) => i);
    map[0x80] = 0x3d; // this byte reads as '=': the data ends there
    map[0x81] = 0x61; // and this one as 'a'
    expect(text(decodeBase64(Uint8Array.from([0x81, 0x47, 0x56, 0x73, 0x80, 0x62, 0x47, 0x38, 0x3d]), Infinity, map))).toBe('hel');
  });

  it('matches the reference decoder on seeded random input (line breaks, junk, padding, cut-offs)', () => {
    const rnd = mulberry32(2045);
    const junk = '\r\n \t=.*\x00\xff\x80';
    const map = new Uint8Array(256).map((_, i) => (i >= 0x80 && i < 0xa0 ? 0x3f : i));
    for (let t = 0; t < 1500; t++) {
      const len = Math.floor(rnd() * 200);
      const input = new Uint8Array(len);
      for (let i = 0; i < len; i++) {
        const r = rnd();
        input[i] = r < 0.85 ? ALPHABET.charCodeAt(Math.floor(rnd() * 64)) : junk.charCodeAt(Math.floor(rnd() * junk.length));
        if (r > 0.995) input[i] = 0x3d;
      }
      const max = rnd() < 0.3 ? Math.floor(rnd() * 150) : Infinity;
      expect(decodeBase64(input, max)).toEqual(referenceBase64(input, max));
      expect(decodeBase64(input, max, map)).toEqual(referenceBase64(input, max, map));
    }
  });
});

describe('quoted-printable (RFC 2045 §6.7)', () => {
  it.each([
    ['caf=C3=A9', 'caf\xc3\xa9'],
    ['caf=c3=a9', 'caf\xc3\xa9'],
    ['soft=\r\nbreak', 'softbreak'],
    ['soft=\nbreak', 'softbreak'],
    ['a=\rb', 'a=\rb'],
    ['bad=ZZ', 'bad=ZZ'],
    ['half=4', 'half=4'],
    ['end=', 'end='],
    ['=3D=3D', '=='],
    ['a_b', 'a_b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(text(decodeQuotedPrintable(bytes(input)))).toBe(expected);
  });

  it('reads `_` as a space in RFC 2047 Q encoding', () => {
    expect(text(decodeQuotedPrintable(bytes('a_b=5Fc'), true))).toBe('a b_c');
  });

  it('copies long runs without `=` whole and stops at max', () => {
    const long = 'x'.repeat(100) + '=41' + 'y'.repeat(60);
    expect(text(decodeQuotedPrintable(bytes(long)))).toBe('x'.repeat(100) + 'A' + 'y'.repeat(60));
    for (const max of [0, 1, 50, 100, 101, 102, 161, 500]) {
      expect(text(decodeQuotedPrintable(bytes(long), false, max))).toBe(('x'.repeat(100) + 'A' + 'y'.repeat(60)).slice(0, max));
    }
  });

  it('matches the reference decoder on seeded random input', () => {
    const rnd = mulberry32(2047);
    const pieces = ['=', '=\r\n', '=\n', '=3D', '=4a', '=G1', '\r\n', '_', 'abc', 'x'.repeat(70), '\xe9', ' '];
    for (let t = 0; t < 1500; t++) {
      let s = '';
      const n = Math.floor(rnd() * 30);
      for (let i = 0; i < n; i++) s += pieces[Math.floor(rnd() * pieces.length)];
      const input = bytes(s);
      const max = rnd() < 0.3 ? Math.floor(rnd() * 300) : Infinity;
      const underscore = rnd() < 0.3;
      expect(decodeQuotedPrintable(input, underscore, max)).toEqual(referenceQp(input, underscore, max));
    }
  });
});
