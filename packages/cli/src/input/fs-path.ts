/**
 * File names that are not UTF-8 (Shift_JIS names from a Japanese Windows archive unpacked on Linux,
 * Latin-1 names from old systems). Node reads directory entries as UTF-8 and replaces what is not,
 * so such a file could not be opened by the name it was listed under. The walk (discover.ts) reads
 * names as bytes instead and keeps each byte that is not part of valid UTF-8 as a lone surrogate
 * U+DC80–U+DCFF (as Python's "surrogateescape" does): no valid name contains one, so the path
 * string stays exact, `fsPath` gives the bytes back to open it, and JSON output shows those bytes
 * as `\udcXX` escapes (the table and the HTML report show U+FFFD for them).
 */

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** A lone low surrogate of the escaped range (not the second half of a pair: emoji names are valid). */
const ESCAPED = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

/** A file name read as bytes: UTF-8 when it is, else with its other bytes escaped. */
export function nameFromBytes(b: Buffer): string {
  try {
    return UTF8.decode(b);
  } catch {
    let s = '';
    let i = 0;
    while (i < b.length) {
      const n = utf8Length(b, i);
      if (n > 0) {
        s += b.toString('utf8', i, i + n);
        i += n;
      } else {
        s += String.fromCharCode(0xdc00 + (b[i] as number));
        i++;
      }
    }
    return s;
  }
}

/** The length of the valid UTF-8 sequence at `i` (a byte under 0x80 is one), or 0. */
function utf8Length(b: Buffer, i: number): number {
  const c = b[i] as number;
  if (c < 0x80) return 1;
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > b.length) return 0;
  try {
    UTF8.decode(b.subarray(i, i + n));
    return n;
  } catch {
    return 0;
  }
}

/** What to give the file system for a path: the string itself, or its bytes when it holds escaped ones. */
export function fsPath(path: string): string | Buffer {
  if (!ESCAPED.test(path)) return path;
  const parts: Buffer[] = [];
  let from = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c < 0xdc80 || c > 0xdcff) continue;
    // A lone low surrogate (a high one before it would make a pair, which valid names have).
    const prev = i > 0 ? path.charCodeAt(i - 1) : 0;
    if (prev >= 0xd800 && prev <= 0xdbff) continue;
    parts.push(Buffer.from(path.slice(from, i), 'utf8'), Buffer.of(c - 0xdc00));
    from = i + 1;
  }
  parts.push(Buffer.from(path.slice(from), 'utf8'));
  return Buffer.concat(parts);
}
