/**
 * DEFLATE decompression (RFC 1951, with or without the RFC 1950 zlib wrapper), bounded: it stops
 * after `maxOut` bytes and returns what it has. The core runs in browsers too, where no synchronous
 * inflate exists, so it carries its own. Used for two things: the compressed object streams of
 * PDF attachments (`/Type /ObjStm`), where PDF 1.5+ writers (pdf-lib by default, Acrobat's
 * optimiser, qpdf) put link annotations, and the compressed blocks of Outlook 2013's offline
 * stores (parse/pst.ts, at most 64 KiB each). Archives are never decompressed (their directory is read).
 *
 * Canonical Huffman decoding one bit at a time: simple and plenty fast for the few hundred
 * kilobytes a PDF's object streams hold. Damaged input ends the output where the damage starts.
 *
 * @example
 * inflate(zlibBytes, 1 << 20); // → the decompressed bytes (at most 1 MiB), or null when nothing decoded
 */

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order in which a dynamic block lists the code lengths of the code-length alphabet. */
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A canonical Huffman code: how many codes of each length, and the symbols in code order. */
interface Huffman {
  readonly counts: Uint16Array;
  readonly symbols: Uint16Array;
}

class Damaged extends Error {}

function huffman(lengths: ArrayLike<number>, n: number): Huffman {
  const counts = new Uint16Array(16);
  for (let s = 0; s < n; s++) counts[lengths[s] as number]!++;
  counts[0] = 0;
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left = left * 2 - (counts[len] as number);
    if (left < 0) throw new Damaged('over-subscribed code');
  }
  const offsets = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offsets[len + 1] = (offsets[len] as number) + (counts[len] as number);
  const symbols = new Uint16Array(n);
  for (let s = 0; s < n; s++) {
    const len = lengths[s] as number;
    if (len !== 0) symbols[offsets[len]!++] = s;
  }
  return { counts, symbols };
}

let fixed: { lit: Huffman; dist: Huffman } | null = null;

function fixedCodes(): { lit: Huffman; dist: Huffman } {
  if (!fixed) {
    const l = new Uint8Array(288);
    l.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixed = { lit: huffman(l, 288), dist: huffman(new Uint8Array(30).fill(5), 30) };
  }
  return fixed;
}

class Inflater {
  #pos: number;
  #bitBuf = 0;
  #bitCount = 0;
  out: Uint8Array;
  len = 0;

  constructor(
    readonly data: Uint8Array,
    start: number,
    readonly max: number,
  ) {
    this.#pos = start;
    this.out = new Uint8Array(Math.min(max, Math.max(1024, data.length * 4)));
  }

  bits(n: number): number {
    while (this.#bitCount < n) {
      if (this.#pos >= this.data.length) throw new Damaged('input ends');
      this.#bitBuf |= (this.data[this.#pos++] as number) << this.#bitCount;
      this.#bitCount += 8;
    }
    const v = this.#bitBuf & ((1 << n) - 1);
    this.#bitBuf >>>= n;
    this.#bitCount -= n;
    return v;
  }

  decode(h: Huffman): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= this.bits(1);
      const count = h.counts[len] as number;
      if (code - first < count) return h.symbols[index + code - first] as number;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new Damaged('no such code');
  }

  /** False once `max` bytes are out. */
  push(b: number): boolean {
    if (this.len >= this.max) return false;
    if (this.len === this.out.length) {
      const grown = new Uint8Array(Math.min(this.max, this.out.length * 2));
      grown.set(this.out);
      this.out = grown;
    }
    this.out[this.len++] = b;
    return true;
  }

  stored(): boolean {
    this.#bitBuf = 0;
    this.#bitCount = 0;
    if (this.#pos + 4 > this.data.length) throw new Damaged('input ends');
    const d = this.data;
    const n = (d[this.#pos] as number) | ((d[this.#pos + 1] as number) << 8);
    const nc = (d[this.#pos + 2] as number) | ((d[this.#pos + 3] as number) << 8);
    if ((n ^ 0xffff) !== nc) throw new Damaged('stored length');
    this.#pos += 4;
    for (let k = 0; k < n; k++) {
      if (this.#pos >= d.length) throw new Damaged('input ends');
      if (!this.push(d[this.#pos++] as number)) return false;
    }
    return true;
  }

  codes(lit: Huffman, dist: Huffman): boolean {
    for (;;) {
      const sym = this.decode(lit);
      if (sym < 256) {
        if (!this.push(sym)) return false;
        continue;
      }
      if (sym === 256) return true;
      const li = sym - 257;
      if (li >= 29) throw new Damaged('length code');
      const length = (LEN_BASE[li] as number) + this.bits(LEN_EXTRA[li] as number);
      const di = this.decode(dist);
      if (di >= 30) throw new Damaged('distance code');
      const distance = (DIST_BASE[di] as number) + this.bits(DIST_EXTRA[di] as number);
      if (distance > this.len) throw new Damaged('distance too far');
      for (let k = 0; k < length; k++) if (!this.push(this.out[this.len - distance] as number)) return false;
    }
  }

  dynamic(): boolean {
    const nlen = this.bits(5) + 257;
    const ndist = this.bits(5) + 1;
    const ncode = this.bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw new Damaged('too many codes');
    const cl = new Uint8Array(19);
    for (let k = 0; k < ncode; k++) cl[CL_ORDER[k] as number] = this.bits(3);
    const clCode = huffman(cl, 19);
    const lengths = new Uint8Array(nlen + ndist);
    for (let k = 0; k < nlen + ndist; ) {
      const sym = this.decode(clCode);
      if (sym < 16) {
        lengths[k++] = sym;
        continue;
      }
      let value = 0;
      let repeat: number;
      if (sym === 16) {
        if (k === 0) throw new Damaged('repeat with no length');
        value = lengths[k - 1] as number;
        repeat = 3 + this.bits(2);
      } else repeat = sym === 17 ? 3 + this.bits(3) : 11 + this.bits(7);
      if (k + repeat > nlen + ndist) throw new Damaged('too many lengths');
      lengths.fill(value, k, k + repeat);
      k += repeat;
    }
    if (lengths[256] === 0) throw new Damaged('no end-of-block code');
    return this.codes(huffman(lengths, nlen), huffman(lengths.subarray(nlen), ndist));
  }

  run(): void {
    for (;;) {
      const last = this.bits(1);
      const type = this.bits(2);
      let more: boolean;
      if (type === 0) more = this.stored();
      else if (type === 1) {
        const f = fixedCodes();
        more = this.codes(f.lit, f.dist);
      } else if (type === 2) more = this.dynamic();
      else throw new Damaged('block type 3');
      if (!more || last) return;
    }
  }
}

/** Decompresses zlib or raw DEFLATE data; at most `maxOut` bytes; null when not even one byte decodes. */
export function inflate(data: Uint8Array, maxOut: number): Uint8Array | null {
  if (data.length < 2 || maxOut <= 0) return null;
  const cmf = data[0] as number;
  const flg = data[1] as number;
  // An RFC 1950 header: method 8, a window of at most 32 KiB, a check that divides by 31, no preset dictionary.
  const zlib = (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
  if (zlib && (flg & 0x20) !== 0) return null;
  const inf = new Inflater(data, zlib ? 2 : 0, maxOut);
  try {
    inf.run();
  } catch (e) {
    if (!(e instanceof Damaged)) throw e;
  }
  return inf.len > 0 ? inf.out.subarray(0, inf.len) : null;
}
