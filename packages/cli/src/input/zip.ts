/**
 * ZIP archives of saved mail (a folder zipped up, a webmail or ticket-system export): the files
 * inside that a folder walk would scan (discover.ts `wantedName`: `.eml`, `.mbox`, files without an
 * extension, `.gz` of those …), in the archive's own order, each read as a file of its own and
 * named `archive.zip/inner/path.eml`. Read with yauzl: random access through the central
 * directory, each file decompressed as a stream, so memory stays flat however large the archive.
 */
import type { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { ioCause, ioError, type ScanError } from '../errors.js';
import { wantedName } from './discover.js';

/** A file of the archive being read: its decompressed bytes, checked against its CRC-32 at the end. */
export interface OpenMember {
  readonly chunks: AsyncIterator<Buffer>;
  /** Stops reading it (a message over --max-message-size). */
  close(): void;
}

export type ZipMember =
  | { readonly kind: 'file'; readonly name: string; readonly compressedSize: number; readonly open: () => Promise<OpenMember> }
  | { readonly kind: 'error'; readonly name: string; readonly error: ScanError };

/** Opens an archive (reads its central directory's end); throws what `zipError` describes. */
export function openZip(path: string): Promise<ZipFile> {
  return yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true });
}

/**
 * The members worth scanning, in the archive's order: folders, hidden files (a component starting
 * with `.`), macOS's `__MACOSX/` resource forks and names a folder walk would not scan are
 * skipped; an encrypted file, or one compressed with a method other than stored and deflate, is an
 * error member. Throws (`zipError`) when the central directory is damaged.
 */
export async function* zipMembers(zip: ZipFile): AsyncGenerator<ZipMember> {
  for await (const entry of zip.eachEntry()) {
    const name = entryName(entry);
    if (name.endsWith('/')) continue;
    const parts = name.split('/');
    if (parts.some((p) => p.startsWith('.') || p === '__MACOSX')) continue;
    if (!wantedName(parts[parts.length - 1] ?? '')) continue;
    if (entry.isEncrypted()) yield { kind: 'error', name, error: { code: 'format/encrypted-zip-entry', params: {} } };
    else if (!entry.canDecodeFileData()) yield { kind: 'error', name, error: { code: 'format/zip-method', params: { method: entry.compressionMethod } } };
    else yield { kind: 'file', name, compressedSize: entry.compressedSize, open: () => openMember(zip, entry) };
  }
}

/**
 * A file's bytes. Deflate data is inflated here rather than by yauzl, in 64 KiB pieces instead of
 * zlib's default 16 KiB (a quarter as many chunks for the mbox splitter and the checks below).
 */
async function openMember(zip: ZipFile, entry: Entry): Promise<OpenMember> {
  const deflated = entry.compressionMethod === 8;
  const raw = await zip.openReadStreamPromise(entry, deflated ? { decodeFileData: false } : {});
  let stream: Readable = raw;
  if (deflated) {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    raw.on('error', (e) => inflate.destroy(e));
    raw.pipe(inflate);
    stream = inflate;
  }
  return {
    chunks: checked(stream, entry.crc32, entry.uncompressedSize),
    close: () => {
      raw.destroy();
      stream.destroy();
    },
  };
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

/**
 * The chunks of a file of the archive, and an error when they do not match the size and CRC-32
 * the archive gives (a longer file fails as soon as it is longer): damaged stored (uncompressed)
 * data, or deflate data that still inflates, would otherwise be read as if it were the mail.
 */
async function* checked(stream: Readable, expected: number, size: number): AsyncGenerator<Buffer> {
  let crc = 0;
  let n = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    n += chunk.length;
    if (n > size) throw new Error(`more data than the archive says (${size} bytes)`);
    crc = crc32(crc, chunk);
    yield chunk;
  }
  if (n !== size) throw new Error(`less data than the archive says (${n} of ${size} bytes)`);
  if (crc !== expected >>> 0) {
    const hex = (v: number): string => v.toString(16).padStart(8, '0');
    throw new Error(`CRC-32 mismatch (${hex(crc)}, the archive says ${hex(expected >>> 0)})`);
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const STRICT_SJIS = ((): TextDecoder | null => {
  try {
    return new TextDecoder('shift_jis', { fatal: true });
  } catch {
    return null;
  }
})();

/**
 * An entry's name. ZIP names are CP437 unless flagged UTF-8, but archivers write UTF-8 without the
 * flag (macOS) or the system's code page (Shift_JIS on Japanese Windows): an unflagged name that is
 * not ASCII is read as strict UTF-8, then strict Shift_JIS, and only then as yauzl's CP437.
 */
export function entryName(entry: Entry): string {
  const raw = entry.fileNameRaw;
  if ((entry.generalPurposeBitFlag & 0x800) !== 0 || !raw || raw.every((b) => b < 0x80)) return entry.fileName;
  if (entry.extraFields.some((f) => f.id === 0x7075)) return entry.fileName; // Info-ZIP's Unicode path, read by yauzl
  for (const d of [STRICT_UTF8, STRICT_SJIS]) {
    if (!d) continue;
    try {
      return d.decode(raw).replace(/\\/g, '/');
    } catch {
      // not this encoding
    }
  }
  return entry.fileName;
}

/**
 * What a failure while reading an archive, or one of its files, is: a read error of the file
 * system (a code such as `EIO`), or damaged ZIP data (yauzl's or zlib's message).
 * `after`: messages cut from the file before it (`cutting`: while an mbox in it was being split).
 */
export function zipError(e: unknown, after: number, cutting: boolean): ScanError {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return cutting ? { code: 'io/interrupted', params: { cause: ioCause(e), after } } : ioError(e);
  }
  return { code: 'format/corrupt-compressed', params: { format: 'zip', message: String((e as Error)?.message ?? e).slice(0, 200), after } };
}
