/**
 * ZIP archives of saved mail (a folder zipped up, a webmail or ticket-system export): the files
 * inside that a folder walk would scan (discover.ts `wantedInArchive`: `.eml`, `.mbox`, files without an
 * extension, `.gz` of those, Maildir messages …), in the archive's own order, each read as a file of its own and
 * named `archive.zip/inner/path.eml`. Read with yauzl: random access through the central
 * directory, each file decompressed as a stream, so memory stays flat however large the archive.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { wantedInArchive } from './discover.js';
import { fsPath } from './fs-path.js';
import type { ScanError } from '../errors.js';
import { crc32, mismatch, type ZipPart } from './zip-part.js';


/** A file of the archive being read: its decompressed bytes, checked against its CRC-32 at the end. */
export interface OpenMember {
  readonly chunks: AsyncIterator<Buffer>;
  /** Stops reading it (a message over --max-message-size). */
  close(): void;
}

export type ZipMember =
  | {
      readonly kind: 'file';
      readonly name: string;
      readonly compressedSize: number;
      /** Where its data is, for an analyser that reads it whole (zip-part.ts). */
      readonly part: ZipPart;
      readonly open: () => Promise<OpenMember>;
    }
  | { readonly kind: 'error'; readonly name: string; readonly error: ScanError };

/** Opens an archive (reads its central directory's end); throws what errors.ts `streamFailure` describes. */
export async function openZip(path: string): Promise<ZipFile> {
  const fd = openSync(fsPath(path), 'r');
  const reader = new WindowReader(path, fd);
  try {
    const size = fstatSync(fd).size;
    return await yauzl.fromRandomAccessReaderPromise(reader, size, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true });
  } catch (e) {
    reader.close(() => undefined);
    throw e;
  }
}

/** Bytes read at once for the archive's small reads (the central directory, local headers). */
const WINDOW = 1024 * 1024;

/**
 * The archive file as yauzl reads it. yauzl asks for each entry of the central directory with two
 * small reads, which through the thread pool cost ~0.3 ms each of waiting (0.6 s for a ZIP of
 * 2,000 mails); here small reads are served from a 1 MiB window read synchronously, and file data
 * is streamed as usual.
 */
class WindowReader extends yauzl.RandomAccessReader {
  private readonly buffer = Buffer.allocUnsafe(WINDOW);
  private window: Buffer = Buffer.alloc(0);
  private windowAt = 0;
  private closed = false;

  constructor(
    private readonly path: string,
    private readonly fd: number,
  ) {
    super();
  }

  /** A stream of its own (a stream given the shared descriptor would close it when destroyed). */
  override _readStreamForRange(start: number, end: number): Readable {
    return createReadStream(fsPath(this.path), { start, end: end - 1, highWaterMark: 64 * 1024 });
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
    try {
      if (length > WINDOW) {
        if (readSync(this.fd, buffer, offset, length, position) !== length) throw new Error('unexpected end of the archive');
      } else {
        if (position < this.windowAt || position + length > this.windowAt + this.window.length) {
          this.window = this.buffer.subarray(0, readSync(this.fd, this.buffer, 0, WINDOW, position));
          this.windowAt = position;
          if (this.window.length < length) throw new Error('unexpected end of the archive');
        }
        this.window.copy(buffer, offset, position - this.windowAt, position - this.windowAt + length);
      }
      process.nextTick(callback, null);
    } catch (e) {
      process.nextTick(callback, e as Error);
    }
  }

  override close(callback: (err: Error | null) => void): void {
    if (!this.closed) {
      this.closed = true;
      try {
        closeSync(this.fd);
      } catch {
        // yauzl would emit a failed close as an 'error' event nobody listens to: nothing to do
      }
    }
    process.nextTick(callback, null);
  }
}

/**
 * The members worth scanning, in the archive's order: folders, hidden files (a component starting
 * with `.`), macOS's `__MACOSX/` resource forks and names a folder walk would not scan are
 * skipped; an encrypted file, or one compressed with a method other than stored and deflate, is an
 * error member. Throws when the central directory is damaged.
 */
export async function* zipMembers(zip: ZipFile, zipPath: string): AsyncGenerator<ZipMember> {
  for await (const entry of zip.eachEntry()) {
    const name = entryName(entry);
    if (name.endsWith('/')) continue;
    if (!wantedInArchive(name)) continue;
    if (entry.isEncrypted()) yield { kind: 'error', name, error: { code: 'format/encrypted-zip-entry', params: {} } };
    else if (!entry.canDecodeFileData()) yield { kind: 'error', name, error: { code: 'format/zip-method', params: { method: entry.compressionMethod } } };
    else {
      const part: ZipPart = {
        path: zipPath,
        offset: entry.relativeOffsetOfLocalHeader,
        method: entry.compressionMethod,
        compressedSize: entry.compressedSize,
        size: entry.uncompressedSize,
        crc: entry.crc32 >>> 0,
      };
      yield { kind: 'file', name, compressedSize: entry.compressedSize, part, open: () => openMember(zip, entry) };
    }
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
  const wrong = mismatch(n, crc, size, expected);
  if (wrong) throw new Error(wrong);
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

