/**
 * One file of a ZIP archive, read whole by the analyser that scans it (a worker, or the main
 * thread): small files of an archive are handed out as tasks like the files of a folder, so that
 * their reading and inflating is spread over the analysers, instead of streamed one by one through
 * the main thread (zip.ts). Kept apart from zip.ts, which loads the ZIP reader (yauzl): the
 * analysis bundle needs only this.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { inflateRawSync } from 'node:zlib';
import { fsPath } from './fs-path.js';

/** Where a file's data is in the archive, and what the archive says of it. */
export interface ZipPart {
  readonly path: string;
  /** The offset of its local file header. */
  readonly offset: number;
  /** 0 (stored) or 8 (deflate). */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc: number;
}

/** The bytes of a file of an archive, checked against its size and CRC-32; throws when they do not match. */
export function readZipPart(p: ZipPart): Buffer {
  const fd = openSync(fsPath(p.path), 'r');
  let data: Buffer;
  try {
    const header = Buffer.alloc(30);
    if (readSync(fd, header, 0, 30, p.offset) !== 30 || header.readUInt32LE(0) !== 0x04034b50) {
      throw new Error(`invalid local file header at ${p.offset}`);
    }
    const start = p.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    data = Buffer.allocUnsafe(p.compressedSize);
    if (readSync(fd, data, 0, p.compressedSize, start) !== p.compressedSize) throw new Error('file data cut short');
  } finally {
    closeSync(fd);
  }
  let bytes = data;
  if (p.method === 8) {
    try {
      bytes = inflateRawSync(data, { maxOutputLength: p.size + 1 });
    } catch (e) {
      if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new Error(`more data than the archive says (${p.size} bytes)`);
      throw e;
    }
  }
  const wrong = mismatch(bytes.length, crc32(0, bytes), p.size, p.crc);
  if (wrong) throw new Error(wrong);
  return bytes;
}

/** Why `n` bytes with CRC-32 `crc` are not the file the archive describes, or null when they are. */
export function mismatch(n: number, crc: number, size: number, expected: number): string | null {
  if (n > size) return `more data than the archive says (${size} bytes)`;
  if (n < size) return `less data than the archive says (${n} of ${size} bytes)`;
  if (crc !== expected >>> 0) {
    const hex = (v: number): string => v.toString(16).padStart(8, '0');
    return `CRC-32 mismatch (${hex(crc)}, the archive says ${hex(expected >>> 0)})`;
  }
  return null;
}

/** zlib's own CRC-32 where Node has it (20.15 and later): several times faster than the table below. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** CRC-32 (ISO-HDLC, as ZIP and gzip use it), a table per byte. */
const CRC_TABLE = ((): Uint32Array => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** The CRC-32 of `crc`'s data followed by `bytes`. Exported for tests. */
export function crc32(crc: number, bytes: Uint8Array): number {
  return nativeCrc32 ? nativeCrc32(bytes, crc) >>> 0 : tableCrc32(crc, bytes);
}

/** The same, a table per byte, for a Node without `zlib.crc32`. Exported for tests. */
export function tableCrc32(crc: number, bytes: Uint8Array): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
