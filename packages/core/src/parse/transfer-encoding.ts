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
  const len = input.length;
  const out = new Uint8Array(Math.min(Math.ceil((len * 3) / 4), max === Infinity ? Number.MAX_SAFE_INTEGER : max));
  let acc = 0;
  let bits = 0;
  let o = 0;
  if (typeof input !== 'string') return decodeBase64Mapped(input, out, byteMap ?? IDENTITY);
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

function decodeBase64Mapped(input: Uint8Array, out: Uint8Array, map: Uint8Array): Uint8Array {
  const len = input.length;
  const cap = out.length;
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < len && o < cap; i++) {
    // Fast path on a byte boundary: four base64 digits in a row are three bytes. Anything else
    // (line breaks, junk, `=`) takes the general step below, one character at a time.
    if (bits === 0) {
      while (i + 4 <= len && o + 3 <= cap) {
        const a = B64[map[input[i] as number] as number] as number;
        const b = B64[map[input[i + 1] as number] as number] as number;
        const c = B64[map[input[i + 2] as number] as number] as number;
        const d = B64[map[input[i + 3] as number] as number] as number;
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
    const c = map[input[i] as number] as number;
    if (c === 0x3d) break; // '=' padding ends the data
    const v = B64[c] as number;
    if (v < 0) continue;
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

/** Quoted-printable (RFC 2045 §6.7); `underscoreIsSpace` for RFC 2047 Q encoding. */
export function decodeQuotedPrintable(input: Uint8Array, underscoreIsSpace = false, max = Infinity): Uint8Array {
  const out = new Uint8Array(Math.min(input.length, max));
  let o = 0;
  for (let i = 0; i < input.length && o < out.length; i++) {
    if (!underscoreIsSpace) {
      // Bytes up to the next `=` are copied as they are, in one block.
      const eq = input.indexOf(0x3d, i);
      const stop = Math.min(eq < 0 ? input.length : eq, i + (out.length - o));
      if (stop > i) {
        out.set(input.subarray(i, stop), o);
        o += stop - i;
        i = stop;
        if (i >= input.length || o >= out.length) break;
      }
    }
    const c = input[i] as number;
    if (c === 0x3d) {
      const a = input[i + 1];
      const b = input[i + 2];
      if (a === 0x0d && b === 0x0a) {
        i += 2;
        continue;
      }
      if (a === 0x0a) {
        i += 1;
        continue;
      }
      const h = a === undefined ? -1 : hexVal(a);
      const l = b === undefined ? -1 : hexVal(b);
      if (h >= 0 && l >= 0) {
        out[o++] = (h << 4) | l;
        i += 2;
        continue;
      }
      out[o++] = c;
      continue;
    }
    out[o++] = underscoreIsSpace && c === 0x5f ? 0x20 : c;
  }
  return out.subarray(0, o);
}
