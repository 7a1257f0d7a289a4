/**
 * tar archives of saved mail (`Maildir.tar.gz`, a backup of a mail server's folders): the files
 * inside that a walk of the same folders would scan (discover.ts `wantedInArchive`), in the
 * archive's order, each read as a stream of its own. A tar archive is one stream of 512-byte
 * blocks (a header, then the file's data padded to a whole block), read as it comes, from a file or
 * decompressed from gzip, so memory stays flat however large the archive.
 *
 * Read: POSIX ustar and GNU headers, long names from GNU `L`/`K` records and pax `path`/`linkpath`
 * records, sizes in octal or GNU's base-256, pax `size` records. Regular files are read and links
 * are told (the caller reports them: a hard link's data is its target's, stored before it);
 * folders, devices and sparse files are skipped. A header whose checksum is wrong is damage: the archive ends there
 * with an error.
 */
import { nameFromBytes } from './fs-path.js';

const BLOCK = 512;

/** A file of the archive (its data can be read once, before the next entry is asked for), or a link. */
export type TarEntry =
  | {
      readonly kind: 'file';
      readonly name: string;
      readonly size: number;
      /** The file's bytes, in pieces; throws `TarError` when the archive ends inside them. */
      readonly data: AsyncIterable<Buffer>;
    }
  /** A hard link (the same file as `target`, stored before it) or a symbolic link (not followed). */
  | { readonly kind: 'link'; readonly name: string; readonly target: string; readonly hard: boolean };

/** Damaged or cut-short tar data. */
export class TarError extends Error {}

/** Whether bytes begin with a tar header: "ustar" at offset 257 (POSIX and GNU archives) and a right checksum. */
export function isTar(b: Uint8Array): boolean {
  if (b.length < BLOCK || b[257] !== 0x75 || b[258] !== 0x73 || b[259] !== 0x74 || b[260] !== 0x61 || b[261] !== 0x72) return false;
  return checksumOk(Buffer.from(b.buffer, b.byteOffset, BLOCK));
}

/** Whether a file's name says it is a tar archive (`.tar`, `.tar.gz`, `.tgz`). */
export function hasTarName(path: string): boolean {
  return /\.(?:tar(?:\.gz(?:ip)?)?|tgz)$/i.test(path);
}

/** Bytes taken from a stream of chunks: exactly as many as asked for, or fewer at its end. */
class Reader {
  private chunk: Buffer = Buffer.alloc(0);
  private at = 0;
  private ended = false;

  constructor(private readonly it: AsyncIterator<Buffer | string> | Iterator<Buffer>) {}

  /** The next piece of at most `max` bytes (a view of the stream's own chunk), or null at the end. */
  async piece(max: number): Promise<Buffer | null> {
    while (this.at >= this.chunk.length) {
      if (this.ended) return null;
      const r = await this.it.next();
      if (r.done) {
        this.ended = true;
        return null;
      }
      this.chunk = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
      this.at = 0;
    }
    const n = Math.min(max, this.chunk.length - this.at);
    const p = this.chunk.subarray(this.at, this.at + n);
    this.at += n;
    return p;
  }

  /** Exactly `n` bytes (a copy when they span chunks), or null when the stream ends first. */
  async exactly(n: number): Promise<Buffer | null> {
    const first = await this.piece(n);
    if (first === null || first.length === n) return first;
    const parts = [first];
    let got = first.length;
    while (got < n) {
      const p = await this.piece(n - got);
      if (p === null) return null;
      parts.push(p);
      got += p.length;
    }
    return Buffer.concat(parts, n);
  }

  /** Skips `n` bytes; false when the stream ends first. */
  async skip(n: number): Promise<boolean> {
    while (n > 0) {
      const p = await this.piece(Math.min(n, 1 << 20));
      if (p === null) return false;
      n -= p.length;
    }
    return true;
  }
}

/** A NUL-terminated field. */
function field(h: Buffer, from: number, len: number): Buffer {
  const end = h.indexOf(0, from);
  return h.subarray(from, end === -1 || end > from + len ? from + len : end);
}

/** A numeric field: octal digits (spaces and NULs around them), or GNU's base-256 (high bit set). */
function number(h: Buffer, from: number, len: number): number {
  if ((h[from] as number) & 0x80) {
    let n = (h[from] as number) & 0x7f;
    for (let i = from + 1; i < from + len; i++) n = n * 256 + (h[i] as number);
    return n;
  }
  const s = h.toString('latin1', from, from + len).replaceAll('\0', ' ').trim();
  if (!/^[0-7]*$/.test(s)) return NaN;
  return s === '' ? 0 : parseInt(s, 8);
}

function checksumOk(h: Buffer): boolean {
  const want = number(h, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : (h[i] as number);
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return want === unsigned || want === signed;
}

/** pax records: `LEN key=value\n` … */
function paxRecords(b: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let i = 0;
  while (i < b.length) {
    const sp = b.indexOf(0x20, i);
    if (sp === -1) break;
    const len = Number(b.toString('latin1', i, sp));
    if (!Number.isInteger(len) || len <= sp - i || i + len > b.length) break;
    const rec = b.subarray(sp + 1, i + len - 1); // without the final newline
    const eq = rec.indexOf(0x3d);
    if (eq > 0) out.set(rec.toString('utf8', 0, eq), rec.subarray(eq + 1));
    i += len;
  }
  return out;
}

/** Bytes read away after the end of an archive (GNU tar pads to 10 KiB records; `-b 2048`, 1 MiB). */
const AFTER_END = 16 * 1024 * 1024;

/** Most bytes of a long-name or pax record kept (larger ones are damage or abuse: the archive ends there). */
const MAX_META = 1024 * 1024;

/**
 * The regular files and links of a tar stream, in order. Each file's `data` must be read (or left)
 * before the next entry is asked for; what is left of it is skipped. Throws `TarError` on a damaged
 * header or an archive cut short between files; a file cut short throws from its `data`.
 */
export async function* tarEntries(source: AsyncIterable<Buffer | string> | Iterable<Buffer>): AsyncGenerator<TarEntry> {
  const r = new Reader(Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]());
  let longName: Buffer | null = null;
  let longLink: Buffer | null = null;
  let pax: Map<string, Buffer> | null = null;
  for (let index = 0; ; index++) {
    const h = await r.exactly(BLOCK);
    if (h === null) {
      if (index === 0) return; // an empty stream: no files
      throw new TarError('the archive ends without its end-of-archive blocks');
    }
    if (h.every((b) => b === 0)) {
      // End of archive. What follows (the second zero block, the padding to a whole record) is read
      // away, up to a limit, so that a writer at the other end of a pipe (tar c … | ayashii scan -)
      // is not cut off while it writes it.
      for (let left = AFTER_END; left > 0; ) {
        const p = await r.piece(Math.min(left, 1 << 20));
        if (p === null) break;
        left -= p.length;
      }
      return;
    }
    if (!checksumOk(h)) throw new TarError(`damaged header (checksum) at block ${index}`);
    const type = h[156] === 0 ? 0x30 : (h[156] as number);
    let size = number(h, 124, 12);
    if (pax?.has('size')) size = Number(pax.get('size')?.toString('latin1'));
    if (!Number.isSafeInteger(size) || size < 0) throw new TarError(`damaged header (size) at block ${index}`);
    const padded = Math.ceil(size / BLOCK) * BLOCK;

    // Records about the next file: its long name (GNU), its pax attributes (a global pax record is skipped).
    if (type === 0x4c /* L */ || type === 0x4b /* K */ || type === 0x78 /* x */) {
      if (size > MAX_META) throw new TarError(`${type === 0x78 ? 'pax' : 'long name'} record of ${size} bytes at block ${index}`);
      const body = await r.exactly(padded);
      if (body === null) throw new TarError('the archive ends inside a header record');
      if (type === 0x4c) longName = field(body, 0, size);
      else if (type === 0x4b) longLink = field(body, 0, size);
      else pax = paxRecords(body.subarray(0, size));
      index += padded / BLOCK;
      continue;
    }

    let nameBytes: Buffer;
    const paxPath = pax?.get('path');
    if (paxPath) nameBytes = paxPath;
    else if (longName) nameBytes = longName;
    else {
      const name = field(h, 0, 100);
      // ustar's prefix (POSIX; GNU archives keep other fields there, and say "ustar  " instead).
      const posix = h.toString('latin1', 257, 263) === 'ustar\0';
      const prefix = posix ? field(h, 345, 155) : Buffer.alloc(0);
      nameBytes = prefix.length > 0 ? Buffer.concat([prefix, Buffer.from('/'), name]) : name;
    }
    const linkBytes = pax?.get('linkpath') ?? longLink ?? field(h, 157, 100);
    longName = null;
    longLink = null;
    pax = null;

    const regular = type === 0x30 || type === 0x37; // '0' (or NUL) and '7' (contiguous file)
    if (type === 0x31 /* 1: hard link */ || type === 0x32 /* 2: symbolic link */) {
      const name = nameFromBytes(nameBytes).replace(/^(?:\.\/)+/, '');
      yield { kind: 'link', name, target: nameFromBytes(linkBytes).replace(/^(?:\.\/)+/, ''), hard: type === 0x31 };
    }
    if (!regular) {
      if (!(await r.skip(padded))) throw new TarError('the archive ends inside a file');
      index += padded / BLOCK;
      continue;
    }
    let left = size;
    let cut = false;
    const data: AsyncIterable<Buffer> = {
      [Symbol.asyncIterator]: () => ({
        next: async (): Promise<IteratorResult<Buffer>> => {
          if (left === 0) return { done: true, value: undefined };
          const p = await r.piece(left);
          if (p === null) {
            cut = true;
            throw new TarError(`the archive ends inside this file (${size - left} of ${size} bytes)`);
          }
          left -= p.length;
          return { done: false, value: p };
        },
      }),
    };
    const name = nameFromBytes(nameBytes).replace(/^(?:\.\/)+/, '');
    // Old archives mark folders as files whose name ends in a slash.
    if (!name.endsWith('/')) yield { kind: 'file', name, size, data };
    // The file's reader was told the archive ends inside it: nothing more to say.
    if (cut) return;
    // What the reader of the file left, and the padding to the next block.
    if (!(await r.skip(left + (padded - size)))) throw new TarError(`the archive ends inside a file`);
    index += padded / BLOCK;
  }
}
