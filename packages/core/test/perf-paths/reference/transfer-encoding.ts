// The implementation at commit f38f970 (before the fast paths), kept as the reference the tests in ../ compare the current code with.

/** Content-Transfer-Encoding decoders (RFC 2045 §6) on bytes, browser-safe and tolerant of junk. */

const B64 = new Int16Array(256).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => {
  B64[c.charCodeAt(0)] = i;
});
B64['-'.charCodeAt(0)] = 62; // base64url
B64['_'.charCodeAt(0)] = 63;

/**
 * Decodes base64 (standard or URL-safe), skipping whitespace and junk; stops at `max` output bytes.
 * `byteMap`, for byte input, first maps each byte (how a caller reads bytes as some other view).
 */
export function decodeBase64(input: Uint8Array | string, max = Infinity, byteMap?: Uint8Array): Uint8Array {
  // Strings and byte arrays apart from the start, so that each path sees one kind of input (V8
  // optimises `input.length` for one map and deoptimises when the other one comes).
  if (typeof input !== 'string') return decodeBase64Mapped(input, outputFor(input.length, max), byteMap ?? IDENTITY);
  return decodeBase64String(input, outputFor(input.length, max));
}

/** The output buffer for `len` base64 characters, at most `max` bytes. */
function outputFor(len: number, max: number): Uint8Array {
  return new Uint8Array(Math.min(Math.ceil((len * 3) / 4), max === Infinity ? Number.MAX_SAFE_INTEGER : max));
}

function decodeBase64String(input: string, out: Uint8Array): Uint8Array {
  const len = input.length;
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < len && o < out.length; i++) {
    const c = input.charCodeAt(i) & 0xff;
    if (c === 0x3d) break; // '=' padding ends the data
    const v = B64[c] as number;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

const IDENTITY = new Uint8Array(256).map((_, i) => i);

/** `B64` after a byte map, in one table: the digit value, -1 for junk, -2 for the `=` that ends the data. */
const mappedTables = new WeakMap<Uint8Array, Int16Array>();

function mappedTable(map: Uint8Array): Int16Array {
  let t = mappedTables.get(map);
  if (!t) {
    t = new Int16Array(256);
    for (let b = 0; b < 256; b++) {
      const c = map[b] as number;
      t[b] = c === 0x3d ? -2 : (B64[c] as number);
    }
    mappedTables.set(map, t);
  }
  return t;
}

function decodeBase64Mapped(input: Uint8Array, out: Uint8Array, map: Uint8Array): Uint8Array {
  const t = mappedTable(map);
  const len = input.length;
  const cap = out.length;
  let acc = 0;
  let bits = 0;
  let o = 0;
  let i = 0;
  while (i < len && o < cap) {
    // Fast path on a byte boundary: four base64 digits in a row are three bytes. Anything else
    // (line breaks, junk, `=`) takes the general step below, one character at a time.
    if (bits === 0) {
      while (i + 4 <= len && o + 3 <= cap) {
        const a = t[input[i] as number] as number;
        const b = t[input[i + 1] as number] as number;
        const c = t[input[i + 2] as number] as number;
        const d = t[input[i + 3] as number] as number;
        if ((a | b | c | d) < 0) break;
        const q = (a << 18) | (b << 12) | (c << 6) | d;
        out[o] = q >> 16;
        out[o + 1] = (q >> 8) & 0xff;
        out[o + 2] = q & 0xff;
        o += 3;
        i += 4;
        acc = q;
      }
      if (i >= len || o >= cap) break;
    }
    const v = t[input[i++] as number] as number;
    if (v < 0) {
      if (v === -2) break; // '=' padding ends the data
      continue;
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

function hexVal(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Runs of plain bytes longer than this are copied in one block; shorter ones byte by byte (no view allocated). */
const BLOCK_COPY = 48;

/** Quoted-printable (RFC 2045 §6.7); `underscoreIsSpace` for RFC 2047 Q encoding. */
export function decodeQuotedPrintable(input: Uint8Array, underscoreIsSpace = false, max = Infinity): Uint8Array {
  // Q encoding's `_` becomes a space first (encoded words are short; `_` is never part of an
  // escape), so that the decoder has one mode: V8 optimises it on bodies and does not deoptimise
  // at the first encoded word.
  return decodeQp(underscoreIsSpace ? input.map((b) => (b === 0x5f ? 0x20 : b)) : input, max);
}

function decodeQp(input: Uint8Array, max: number): Uint8Array {
  const len = input.length;
  const out = new Uint8Array(Math.min(len, max));
  const cap = out.length;
  let o = 0;
  let i = 0;
  while (i < len && o < cap) {
    // Bytes up to the next `=` are copied as they are (as many as there is room for).
    const eq = input.indexOf(0x3d, i);
    const stop = Math.min(eq < 0 ? len : eq, i + (cap - o));
    if (stop - i > BLOCK_COPY) {
      out.set(input.subarray(i, stop), o);
      o += stop - i;
      i = stop;
    } else {
      while (i < stop) out[o++] = input[i++] as number;
    }
    if (i >= len || o >= cap) break;
    const c = input[i] as number;
    const a = i + 1 < len ? (input[i + 1] as number) : -1;
    const b = i + 2 < len ? (input[i + 2] as number) : -1;
    if (a === 0x0d && b === 0x0a) {
      i += 3; // soft line break
      continue;
    }
    if (a === 0x0a) {
      i += 2;
      continue;
    }
    const h = hexVal(a);
    const l = hexVal(b);
    if (h >= 0 && l >= 0) {
      out[o++] = (h << 4) | l;
      i += 3;
      continue;
    }
    out[o++] = c;
    i++;
  }
  return out.subarray(0, o);
}
