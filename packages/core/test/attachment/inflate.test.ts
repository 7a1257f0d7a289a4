import { constants, deflateRawSync, deflateSync, inflateRawSync, inflateSync } from 'node:zlib';
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

/** A seeded PRNG (mulberry32), so that failures replay. */
function prng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const randomBytes = (rnd: (n: number) => number, n: number) => Uint8Array.from({ length: n }, () => rnd(256));

/** Mail-like text and HTML: a skewed vocabulary, markup, links. */
function mailText(rnd: (n: number) => number, n: number): Uint8Array {
  const words = ['the', 'account', 'verify', 'your', 'password', 'click', 'here', 'invoice', 'payment', 'Dear', 'customer', 'please', 'update'];
  const parts: string[] = [];
  let size = 0;
  while (size < n) {
    const r = rnd(20);
    const w = r < 14 ? (words[rnd(words.length)] as string) : r < 17 ? `<a href="https://x${rnd(500)}.example.com/p?id=${rnd(1e6)}">` : r < 19 ? '</p>\r\n<p style="margin:0">' : String(rnd(1e9));
    parts.push(w, ' ');
    size += w.length + 1;
  }
  return new TextEncoder().encode(parts.join('')).subarray(0, n);
}

const same = (a: Uint8Array | null, b: Uint8Array) => Buffer.from(a ?? []).equals(Buffer.from(b));

/** Writes DEFLATE bit fields: extra bits first bit lowest, Huffman codes first bit highest. */
class BitWriter {
  readonly bytes: number[] = [];
  #acc = 0;
  #n = 0;
  bits(value: number, n: number): this {
    for (let k = 0; k < n; k++) {
      this.#acc |= ((value >> k) & 1) << this.#n;
      if (++this.#n === 8) this.#flush();
    }
    return this;
  }
  code(code: number, len: number): this {
    for (let k = len - 1; k >= 0; k--) this.bits((code >> k) & 1, 1);
    return this;
  }
  #flush(): void {
    this.bytes.push(this.#acc);
    this.#acc = 0;
    this.#n = 0;
  }
  done(): Uint8Array {
    if (this.#n > 0) this.#flush();
    return Uint8Array.from(this.bytes);
  }
}

/** Canonical codes (RFC 1951 §3.2.2) from code lengths. */
function canonical(lengths: number[]): number[] {
  const count = new Array<number>(16).fill(0);
  for (const l of lengths) if (l) count[l]!++;
  const next = new Array<number>(16).fill(0);
  for (let len = 1, code = 0; len < 16; len++) next[len] = code = (code + count[len - 1]!) << 1; // count[0] stays 0
  return lengths.map((l) => (l ? next[l]!++ : -1));
}

/** A fixed-Huffman block's writer: literals, end of block, (length, distance) pairs with any codes. */
function fixedBlock(w: BitWriter, items: ({ lit: number } | { len: number; dist: number } | { sym: number; distSym?: number })[], last = true): BitWriter {
  w.bits(last ? 1 : 0, 1).bits(1, 2);
  const sym = (s: number) => (s < 144 ? w.code(0x30 + s, 8) : s < 256 ? w.code(0x190 + s - 144, 9) : s < 280 ? w.code(s - 256, 7) : w.code(0xc0 + s - 280, 8));
  const LB = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  const LE = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  const DB = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
  const DE = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  for (const it of items) {
    if ('lit' in it) sym(it.lit);
    else if ('len' in it) {
      let li = LB.length - 1;
      if (it.len < 258) while ((LB[li] as number) > it.len) li--;
      sym(257 + li).bits(it.len - LB[li]!, LE[li]!);
      let di = DB.length - 1;
      while ((DB[di] as number) > it.dist) di--;
      w.code(di, 5).bits(it.dist - DB[di]!, DE[di]!);
    } else {
      sym(it.sym);
      if (it.distSym !== undefined) w.code(it.distSym, 5);
    }
  }
  sym(256);
  return w;
}

/**
 * A dynamic block with the given code lengths (code-length code: 4 bits for lengths 0–15, no
 * repeat codes) and the given symbols (a length symbol is followed by its distance symbol, no
 * extra bits, so use length symbols 257–264 and distance symbols 0–3).
 */
function dynamicBlock(w: BitWriter, litLengths: number[], distLengths: number[], symbols: number[], last = true): BitWriter {
  w.bits(last ? 1 : 0, 1).bits(2, 2).bits(litLengths.length - 257, 5).bits(distLengths.length - 1, 5).bits(19 - 4, 4);
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  for (const s of order) w.bits(s < 16 ? 4 : 0, 3);
  for (const l of [...litLengths, ...distLengths]) w.code(l, 4); // 16 codes of 4 bits: code = symbol
  const lc = canonical(litLengths);
  const dc = canonical(distLengths);
  for (let k = 0; k < symbols.length; k++) {
    const s = symbols[k] as number;
    w.code(lc[s]!, litLengths[s]!);
    if (s > 256) {
      const d = symbols[++k] as number;
      w.code(dc[d]!, distLengths[d]!);
    }
  }
  return w;
}

describe('inflate matches node:zlib', () => {
  it('random data at every level 0–9, zlib-wrapped and raw', () => {
    const rnd = prng(1);
    for (let level = 0; level <= 9; level++) {
      for (const n of [1, 2, 100, 4000, 70_000]) {
        const plain = rnd(2) ? randomBytes(rnd, n) : mailText(rnd, n);
        const z = deflateSync(plain, { level });
        expect(same(inflate(z, 1 << 24), inflateSync(z))).toBe(true);
        const raw = deflateRawSync(plain, { level });
        expect(same(inflate(raw, 1 << 24), inflateRawSync(raw))).toBe(true);
      }
    }
  });

  it('highly repetitive data: distance-1 runs, length-258 matches, long and far matches', () => {
    const rnd = prng(2);
    const chunk = randomBytes(rnd, 33_000);
    const inputs = [
      new Uint8Array(300_000).fill(0x41),
      Uint8Array.from({ length: 200_000 }, (_, i) => (i % 3 === 0 ? 7 : 9)),
      Uint8Array.from({ length: 99_000 }, (_, i) => chunk[i % 32_500] as number),
      Uint8Array.from({ length: 100_000 }, (_, i) => (i % 1000 < 900 ? 0 : rnd(256))),
    ];
    for (const plain of inputs) {
      for (const level of [1, 6, 9]) {
        const z = deflateSync(plain, { level });
        expect(same(inflate(z, 1 << 24), plain)).toBe(true);
      }
    }
  });

  it('hand-made fixed blocks: distance 32768, length 258, overlapping copies, distance 1', () => {
    const rnd = prng(3);
    const head = randomBytes(rnd, 32_768);
    const items = [...head].map((lit) => ({ lit }));
    const w = fixedBlock(new BitWriter(), [
      ...items,
      { len: 258, dist: 32_768 },
      { len: 258, dist: 1 },
      { len: 3, dist: 32_768 },
      { len: 100, dist: 7 },
      { len: 257, dist: 24_577 },
    ]);
    const raw = w.done();
    const expected = inflateRawSync(raw);
    expect(expected.length).toBe(32_768 + 258 + 258 + 3 + 100 + 257);
    expect(same(inflate(raw, 1 << 24), expected)).toBe(true);
  });

  it('text of sizes from 0 bytes to 3 MB', () => {
    const rnd = prng(4);
    for (const n of [0, 1, 3, 17, 258, 1000, 32_767, 32_768, 32_769, 65_536, 300_000, 3_000_000]) {
      const plain = mailText(rnd, n);
      for (const z of [deflateSync(plain), deflateRawSync(plain, { level: 1 }), deflateSync(plain, { level: 9 })]) {
        const out = inflate(z, 1 << 24);
        if (n === 0) expect(out).toBeNull();
        else expect(same(out, plain)).toBe(true);
      }
    }
  });

  it.each([
    ['Z_FIXED', constants.Z_FIXED],
    ['Z_HUFFMAN_ONLY', constants.Z_HUFFMAN_ONLY],
    ['Z_RLE', constants.Z_RLE],
    ['Z_FILTERED', constants.Z_FILTERED],
  ])('strategy %s, one block and many (memLevel 1 makes small blocks)', (_name, strategy) => {
    const rnd = prng(5);
    for (const plain of [mailText(rnd, 50_000), randomBytes(rnd, 20_000), new Uint8Array(40_000).fill(3)]) {
      for (const memLevel of [1, 8]) {
        const z = deflateSync(plain, { strategy, memLevel });
        expect(same(inflate(z, 1 << 24), inflateSync(z))).toBe(true);
      }
    }
  });

  it('streams of many blocks of every kind (flushes put empty stored blocks between them)', () => {
    const rnd = prng(6);
    const parts = [
      deflateRawSync(mailText(rnd, 5000), { finishFlush: constants.Z_SYNC_FLUSH }),
      deflateRawSync(randomBytes(rnd, 3000), { level: 0, finishFlush: constants.Z_FULL_FLUSH }),
      deflateRawSync(mailText(rnd, 5000), { strategy: constants.Z_FIXED, finishFlush: constants.Z_SYNC_FLUSH }),
      deflateRawSync(new Uint8Array(0), { finishFlush: constants.Z_SYNC_FLUSH }),
      deflateRawSync(mailText(rnd, 70_000), { memLevel: 1 }),
    ];
    const raw = Buffer.concat(parts);
    const expected = inflateRawSync(raw);
    expect(expected.length).toBe(5000 + 3000 + 5000 + 70_000);
    expect(same(inflate(raw, 1 << 24), expected)).toBe(true);
  });
});

describe('inflate bounds', () => {
  it('cuts the output at exactly maxOut, in stored, fixed and dynamic blocks and in the middle of a match', () => {
    const rnd = prng(7);
    const plain = new Uint8Array([...mailText(rnd, 30_000), ...new Uint8Array(5000).fill(9), ...randomBytes(rnd, 3000)]);
    for (const z of [deflateSync(plain), deflateSync(plain, { level: 0 }), deflateSync(plain, { strategy: constants.Z_FIXED })]) {
      for (const maxOut of [1, 2, 3, 255, 1024, 1025, 4096, 30_001, 30_100, plain.length - 1, plain.length]) {
        const out = inflate(z, maxOut);
        expect(out?.length).toBe(maxOut);
        expect(same(out, plain.subarray(0, maxOut))).toBe(true);
      }
      expect(same(inflate(z, plain.length + 1), plain)).toBe(true);
      expect(inflate(z, 0)).toBeNull();
      expect(inflate(z, 0.5)).toBeNull();
      expect(same(inflate(z, 10.7), plain.subarray(0, 10))).toBe(true);
    }
  });
});

describe('inflate on damaged input', () => {
  const rnd = prng(8);
  const small = mailText(rnd, 3000);
  const noisy = new Uint8Array([...small.subarray(0, 800), ...randomBytes(rnd, 300), ...small.subarray(0, 900)]);
  const streams: [string, Buffer][] = [
    ['dynamic', deflateRawSync(small)],
    ['fixed', deflateRawSync(small, { strategy: constants.Z_FIXED })],
    ['stored', deflateRawSync(noisy, { level: 0 })],
    ['Huffman only', deflateRawSync(noisy, { strategy: constants.Z_HUFFMAN_ONLY })],
    ['RLE, several blocks', deflateRawSync(noisy, { strategy: constants.Z_RLE, memLevel: 1 })],
  ];

  it.each(streams)('%s, cut at every byte: exactly what zlib gives for the same bytes, never a throw', (_name, raw) => {
    for (let cut = 0; cut <= raw.length; cut++) {
      const part = raw.subarray(0, cut);
      const zlibPartial = inflateRawSync(part, { finishFlush: constants.Z_SYNC_FLUSH });
      expect(same(inflate(part, 1 << 24), zlibPartial), `cut at ${cut}`).toBe(true);
    }
  });

  it.each(streams)('%s, random bit flips and bytes: never a throw, the output up to the damage kept', (_name, raw) => {
    const r = prng(9);
    const plain = inflateRawSync(raw);
    for (let k = 0; k < 400; k++) {
      const bad = Uint8Array.from(raw);
      const at = r(bad.length);
      if (k % 2) bad[at] = r(256);
      else bad[at]! ^= 1 << r(8);
      const before = inflate(raw.subarray(0, at), 1 << 24) ?? new Uint8Array(0);
      expect(same(before, plain.subarray(0, before.length))).toBe(true);
      const out = inflate(bad, 1 << 16);
      expect(out === null || out.length <= 1 << 16).toBe(true);
      expect(same((out ?? new Uint8Array(0)).subarray(0, before.length), before), `damage at ${at}`).toBe(true);
    }
  });

  it('a match reaching back before the output, or a distance or length code that does not exist, ends the output there', () => {
    const abc = [{ lit: 97 }, { lit: 98 }, { lit: 99 }];
    expect(Buffer.from(inflate(fixedBlock(new BitWriter(), [...abc, { len: 3, dist: 4 }, { lit: 100 }]).done(), 100) ?? []).toString()).toBe('abc');
    expect(Buffer.from(inflate(fixedBlock(new BitWriter(), [...abc, { len: 3, dist: 3 }, { lit: 100 }]).done(), 100) ?? []).toString()).toBe('abcabcd');
    expect(Buffer.from(inflate(fixedBlock(new BitWriter(), [...abc, { sym: 257, distSym: 30 }, { lit: 100 }]).done(), 100) ?? []).toString()).toBe('abc');
    expect(Buffer.from(inflate(fixedBlock(new BitWriter(), [...abc, { sym: 286, distSym: 0 }, { lit: 100 }]).done(), 100) ?? []).toString()).toBe('abc');
    expect(inflate(Uint8Array.from([0x07, 0x00]), 100)).toBeNull(); // block type 3
  });

  it('codes: over-subscribed ones are refused, incomplete ones used until a code they lack turns up', () => {
    const lit = new Array<number>(258).fill(0);
    lit[97] = 2;
    lit[98] = 2;
    lit[256] = 2;
    lit[257] = 2; // complete: 4 codes of 2 bits
    const one = [1]; // one distance code of one bit, as zlib allows
    const ok = dynamicBlock(new BitWriter(), lit, one, [97, 98, 257, 0, 97, 256]).done();
    expect(Buffer.from(inflate(ok, 100) ?? []).toString()).toBe('abbbba'); // the match: length 3 at distance 1
    expect(same(inflate(ok, 100), inflateRawSync(ok))).toBe(true);
    // Over-subscribed: a fifth code of 2 bits. Nothing decodes.
    const over = [...lit];
    over[99] = 2;
    expect(inflate(dynamicBlock(new BitWriter(), over, one, [97, 256]).done(), 100)).toBeNull();
    // Incomplete (zlib refuses it): 'a' and end-of-block of 2 bits, 'b' of 3 bits; codes 110 and 111 are unused.
    const inc = new Array<number>(257).fill(0);
    inc[97] = 2;
    inc[256] = 2;
    inc[98] = 3;
    const w = dynamicBlock(new BitWriter(), inc, one, [97, 98, 97], false);
    const stream = w.code(0b111, 3).code(0b111, 3).done();
    expect(Buffer.from(inflate(stream, 100) ?? []).toString()).toBe('aba');
    expect(() => inflateRawSync(stream, { finishFlush: constants.Z_SYNC_FLUSH })).toThrow();
  });

  it('stays within bounds and never throws on junk, however it starts', () => {
    const r = prng(10);
    for (let k = 0; k < 3000; k++) {
      const junk = randomBytes(r, 1 + r(300));
      junk[0] = (junk[0]! & ~6) | [2, 4, 0][k % 3]!; // fixed, dynamic or stored first block
      const out = inflate(junk, 1000);
      expect(out === null || (out.length >= 1 && out.length <= 1000)).toBe(true);
    }
  });
});
