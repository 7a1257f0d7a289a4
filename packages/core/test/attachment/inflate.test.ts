import { deflateRawSync, deflateSync, constants } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inflate } from '../../src/attachment/inflate.js';

/** node:zlib is the oracle here; the core carries its own inflate because browsers have no synchronous one. */
const text = (n: number) => new TextEncoder().encode(Array.from({ length: n }, (_, i) => `obj ${i} << /URI (https://x${i % 7}.example.net/) >>\n`).join(''));

describe('inflate', () => {
  it.each([
    ['zlib, dynamic Huffman', (b: Uint8Array) => deflateSync(b)],
    ['zlib, stored blocks (level 0)', (b: Uint8Array) => deflateSync(b, { level: 0 })],
    ['zlib, fixed Huffman', (b: Uint8Array) => deflateSync(b, { strategy: constants.Z_FIXED })],
    ['zlib, Huffman only', (b: Uint8Array) => deflateSync(b, { strategy: constants.Z_HUFFMAN_ONLY })],
    ['raw DEFLATE', (b: Uint8Array) => deflateRawSync(b, { level: 9 })],
  ])('%s round-trips', (_t, compress) => {
    const plain = text(3000);
    expect(Buffer.from(inflate(compress(plain), 1 << 24) ?? [])).toEqual(Buffer.from(plain));
  });

  it('random data of any size and level round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.integer({ min: 0, max: 9 }), fc.boolean(), (bytes, level, repetitive) => {
        const plain = repetitive ? new Uint8Array(bytes.length * 3).map((_, i) => bytes[i % Math.max(1, bytes.length >> 3)] ?? 0) : bytes;
        const out = inflate(deflateSync(plain, { level }), 1 << 24);
        expect(Buffer.from(out ?? [])).toEqual(Buffer.from(plain));
      }),
      { numRuns: 200 },
    );
  });

  it('stops at maxOut and returns what it has (a compression bomb stays bounded)', () => {
    const bomb = deflateSync(new Uint8Array(50 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const out = inflate(bomb, 1 << 20);
    expect(out?.length).toBe(1 << 20);
  });

  it('damaged input ends the output where the damage starts, never throws', () => {
    const plain = text(500);
    const z = deflateSync(plain);
    const cut = inflate(z.subarray(0, z.length >> 1), 1 << 24);
    expect(cut).not.toBeNull();
    expect(Buffer.from(plain).subarray(0, cut?.length).equals(Buffer.from(cut ?? []))).toBe(true);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 2000 }), (junk) => {
        const out = inflate(junk, 1 << 16);
        expect(out === null || out.length <= 1 << 16).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a zlib stream that needs a preset dictionary is not guessed at', () => {
    expect(inflate(Uint8Array.from([0x78, 0xbb, 0, 0, 0, 1, 0x03, 0x00]), 100)).toBeNull();
  });
});
