/** Little helpers for reading binary structures without ever reading past the buffer. */

export function u8(b: Uint8Array, o: number): number {
  return o >= 0 && o < b.length ? (b[o] as number) : -1;
}

/** Unsigned 16-bit little-endian, or -1 past the end. */
export function u16(b: Uint8Array, o: number): number {
  if (o < 0 || o + 2 > b.length) return -1;
  return (b[o] as number) | ((b[o + 1] as number) << 8);
}

/** Unsigned 32-bit little-endian, or -1 past the end. */
export function u32(b: Uint8Array, o: number): number {
  if (o < 0 || o + 4 > b.length) return -1;
  return ((b[o] as number) | ((b[o + 1] as number) << 8) | ((b[o + 2] as number) << 16)) + (b[o + 3] as number) * 0x1000000;
}

/** Unsigned 64-bit little-endian as a number (exact up to 2^53), or -1 past the end. */
export function u64(b: Uint8Array, o: number): number {
  const lo = u32(b, o);
  const hi = u32(b, o + 4);
  if (lo < 0 || hi < 0) return -1;
  return hi * 0x100000000 + lo;
}

/** A string read from a binary structure without the NULs some writers end it with. */
export function stripNul(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** True when `sig` occurs at offset `o`. */
export function startsWith(b: Uint8Array, sig: readonly number[], o = 0): boolean {
  if (o < 0 || o + sig.length > b.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[o + i] !== sig[i]) return false;
  return true;
}

/** ASCII bytes of a string (for signatures). */
export function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0) & 0xff);
}

/**
 * First offset of `needle` in `b[from, to)`, or -1. Linear. The candidates for the needle's first
 * byte are found by the engine's own `Uint8Array#indexOf` (native code from the first call, where
 * a loop written here runs in the interpreter until the JIT has seen enough of it).
 */
export function indexOf(b: Uint8Array, needle: readonly number[], from = 0, to = b.length): number {
  const n = needle.length;
  const first = needle[0];
  if (n === 0 || first === undefined) return -1;
  const end = Math.min(to, b.length) - n;
  if (end < Math.max(0, from)) return -1;
  // Candidates past `end` are never read: the window is cut when it ends before the buffer does.
  const hay = end + n < b.length ? b.subarray(0, end + 1) : b;
  for (let i = hay.indexOf(first, Math.max(0, from)); i >= 0 && i <= end; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < n && b[i + k] === needle[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

/** Last offset of `needle` in `b[from, to)`, or -1. */
export function lastIndexOf(b: Uint8Array, needle: readonly number[], from = 0, to = b.length): number {
  const n = needle.length;
  for (let i = Math.min(to, b.length) - n; i >= Math.max(0, from); i--) {
    let k = 0;
    while (k < n && b[i + k] === needle[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

/** UTF-16LE bytes of an ASCII string (how OLE and OneNote store names). */
export function utf16le(s: string): number[] {
  const out: number[] = [];
  for (const c of s) out.push(c.charCodeAt(0) & 0xff, 0);
  return out;
}

/** Bytes of a GUID in its on-disk (mixed-endian) form. */
export function guidBytes(guid: string): number[] {
  const h = guid.replace(/[{}-]/g, '');
  const hex = (s: string) => (s.match(/../g) ?? []).map((x) => parseInt(x, 16));
  return [...hex(h.slice(0, 8)).reverse(), ...hex(h.slice(8, 12)).reverse(), ...hex(h.slice(12, 16)).reverse(), ...hex(h.slice(16))];
}
