/**
 * Archive directory readers: ZIP (central directory, else local headers), RAR 4 and 5 block
 * headers, the 7z start header, gzip's original name, tar and cabinet headers.
 *
 * Hostile input: these read headers only. No entry is ever decompressed; at most
 * `maxEntries` (default 1,000) entries are examined; every offset is bounds-checked, every loop
 * advances, and a truncated archive yields what was readable with `truncated: true`. A zip bomb
 * therefore costs the same as its directory, and a huge archive costs one pass over at most the
 * bytes the host kept (8 MiB by default).
 *
 * Specs: PKWARE APPNOTE.TXT 6.3.10 (§4.3.7 local header, §4.3.12 central directory,
 * §4.3.16 EOCD, §4.4.4 bit 0 "encrypted file"); RAR 5.0 archive format (rarlab.com,
 * technote.htm) and the RAR 2.x–4.x technote; 7-Zip `7zFormat.txt`; RFC 1952 (gzip);
 * POSIX.1-1988 ustar; Microsoft Cabinet Format (MS-CAB).
 */
import { decodeBytes, latin1 } from '../parse/charset.js';
import { ascii, indexOf, lastIndexOf, startsWith, u16, u32, u64, u8 } from './bytes.js';

export type ArchiveFormat = 'zip' | 'rar' | '7z' | 'gzip' | 'tar' | 'cab';

export interface ArchiveEntry {
  /** Entry path as stored (decoded; capped at 512 characters). */
  readonly name: string;
  readonly encrypted: boolean;
  readonly directory: boolean;
}

export interface ArchiveListing {
  readonly format: ArchiveFormat;
  /**
   * True when an entry (or the header block) is encrypted, false when the readable directory says
   * none is, null when this format's directory cannot be read without decompressing it (a 7z
   * whose header is compressed but not encrypted).
   */
  readonly encrypted: boolean | null;
  /** The names themselves are encrypted (RAR `-hp`, 7z `-mhe`): nothing inside can be listed. */
  readonly headersEncrypted: boolean;
  readonly entries: readonly ArchiveEntry[];
  /** Entries the archive declares (central directory count), when it says. */
  readonly declaredEntries: number | null;
  /** Stopped early: the entry cap, the end of the available bytes, or a damaged header. */
  readonly truncated: boolean;
  /** Where the names were read from. */
  readonly source: 'central-directory' | 'local-headers' | 'headers';
}

export interface ArchiveLimits {
  /** Entries examined per archive (default 1,000). */
  readonly maxEntries?: number;
}

export const DEFAULT_MAX_ENTRIES = 1000;
const MAX_NAME = 512;

function nameFrom(b: Uint8Array, start: number, len: number, utf8: boolean): string {
  const end = Math.min(b.length, start + Math.min(len, 4 * MAX_NAME));
  if (start < 0 || start >= end) return '';
  const bytes = b.subarray(start, end);
  // Flagged UTF-8 (APPNOTE §4.4.4 bit 11); otherwise sniff: UTF-8, Shift_JIS (Japanese Windows), …
  const s = utf8 ? decodeBytes(bytes, 'utf-8') : decodeBytes(bytes, null);
  return s.length > MAX_NAME ? s.slice(0, MAX_NAME) : s;
}

// ---------------------------------------------------------------------------------------- ZIP

const PK_LOCAL = ascii('PK\x03\x04');
const PK_CENTRAL = ascii('PK\x01\x02');
const PK_EOCD = ascii('PK\x05\x06');
const PK_EOCD64 = ascii('PK\x06\x06');
const PK_LOC64 = ascii('PK\x06\x07');

/** True when the bytes start like a ZIP (local header, empty archive or spanned marker). */
export function isZip(b: Uint8Array): boolean {
  return startsWith(b, PK_LOCAL) || startsWith(b, PK_EOCD) || startsWith(b, ascii('PK\x07\x08PK\x03\x04'));
}

/** A ZIP entry from its name bytes and general-purpose flags (bit 0 encrypted, bit 11 UTF-8). */
function zipEntry(b: Uint8Array, at: number, nlen: number, flags: number): ArchiveEntry {
  const name = nameFrom(b, at, nlen, (flags & 0x800) !== 0);
  return { name, encrypted: (flags & 1) !== 0, directory: name.endsWith('/') || name.endsWith('\\') };
}

function readCentral(b: Uint8Array, start: number, declared: number, max: number): { entries: ArchiveEntry[]; truncated: boolean } | null {
  if (!startsWith(b, PK_CENTRAL, start)) return null;
  const entries: ArchiveEntry[] = [];
  let p = start;
  let truncated = false;
  while (startsWith(b, PK_CENTRAL, p)) {
    if (entries.length >= max) {
      truncated = true;
      break;
    }
    const flags = u16(b, p + 8);
    const nlen = u16(b, p + 28);
    const elen = u16(b, p + 30);
    const clen = u16(b, p + 32);
    if (clen < 0 || p + 46 + nlen > b.length) {
      truncated = true;
      break;
    }
    entries.push(zipEntry(b, p + 46, nlen, flags));
    p += 46 + nlen + elen + clen;
  }
  if (!truncated && declared > entries.length) truncated = true;
  return { entries, truncated };
}

function readLocal(b: Uint8Array, max: number): { entries: ArchiveEntry[]; truncated: boolean } {
  const entries: ArchiveEntry[] = [];
  let p = indexOf(b, PK_LOCAL, 0, Math.min(b.length, 1 << 20));
  let truncated = false;
  while (p >= 0 && startsWith(b, PK_LOCAL, p)) {
    if (entries.length >= max) {
      truncated = true;
      break;
    }
    const flags = u16(b, p + 6);
    const csize = u32(b, p + 18);
    const nlen = u16(b, p + 26);
    const elen = u16(b, p + 28);
    if (elen < 0 || p + 30 + nlen > b.length) {
      truncated = true;
      break;
    }
    entries.push(zipEntry(b, p + 30, nlen, flags));
    const dataStart = p + 30 + nlen + elen;
    let next = -1;
    // Sizes are known unless a data descriptor follows (bit 3) or ZIP64 hides them.
    if ((flags & 0x8) === 0 && csize !== 0xffffffff) {
      next = dataStart + csize;
      if (!startsWith(b, PK_LOCAL, next)) next = -1;
    }
    if (next < 0) next = indexOf(b, PK_LOCAL, dataStart);
    if (next < 0) {
      // no further local header: either the central directory follows or the bytes end here
      if (indexOf(b, PK_CENTRAL, dataStart) < 0) truncated = true;
      break;
    }
    p = next;
  }
  return { entries, truncated };
}

/** Lists a ZIP from its central directory (falling back to local headers when it is missing). */
export function readZip(b: Uint8Array, limits: ArchiveLimits = {}): ArchiveListing {
  const max = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const eocd = lastIndexOf(b, PK_EOCD, Math.max(0, b.length - 22 - 0xffff));
  if (eocd >= 0 && eocd + 22 <= b.length) {
    let declared = u16(b, eocd + 10);
    let cdSize = u32(b, eocd + 12);
    let cdOff = u32(b, eocd + 16);
    let anchor = eocd;
    if (declared === 0xffff || cdOff === 0xffffffff || cdSize === 0xffffffff) {
      const loc = eocd - 20;
      if (startsWith(b, PK_LOC64, loc)) {
        let z = u64(b, loc + 8);
        if (!startsWith(b, PK_EOCD64, z)) z = lastIndexOf(b, PK_EOCD64, Math.max(0, loc - 4096), loc);
        if (z >= 0 && startsWith(b, PK_EOCD64, z)) {
          declared = u64(b, z + 32);
          cdSize = u64(b, z + 40);
          cdOff = u64(b, z + 48);
          anchor = z;
        }
      }
    }
    // Data in front of the archive (a self-extractor stub) shifts every offset.
    let start = cdOff;
    if (!startsWith(b, PK_CENTRAL, start)) start = anchor - cdSize;
    const central = readCentral(b, start, declared, max);
    if (central) {
      const enc = central.entries.some((e) => e.encrypted);
      return {
        format: 'zip',
        encrypted: enc,
        headersEncrypted: false,
        entries: central.entries,
        declaredEntries: declared,
        truncated: central.truncated,
        source: 'central-directory',
      };
    }
  }
  const local = readLocal(b, max);
  return {
    format: 'zip',
    encrypted: local.entries.some((e) => e.encrypted),
    headersEncrypted: false,
    entries: local.entries,
    declaredEntries: null,
    truncated: local.truncated,
    source: 'local-headers',
  };
}

// ---------------------------------------------------------------------------------------- RAR

const RAR4 = ascii('Rar!\x1a\x07\x00');
const RAR5 = ascii('Rar!\x1a\x07\x01\x00');

export function isRar(b: Uint8Array): boolean {
  return startsWith(b, RAR4) || startsWith(b, RAR5);
}

/** RAR 5 variable-length integer: 7 bits per byte, low first, at most 10 bytes. */
function vint(b: Uint8Array, o: number): [value: number, next: number] {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < 10; i++) {
    const c = u8(b, o + i);
    if (c < 0) return [-1, -1];
    v += (c & 0x7f) * mul;
    mul *= 128;
    if ((c & 0x80) === 0) return [v, o + i + 1];
  }
  return [-1, -1];
}

function readRar4(b: Uint8Array, max: number): ArchiveListing {
  const entries: ArchiveEntry[] = [];
  let p = RAR4.length;
  let truncated = false;
  let headersEncrypted = false;
  for (let guard = 0; guard < max * 4 + 16; guard++) {
    if (p + 7 > b.length) {
      truncated = true;
      break;
    }
    const type = u8(b, p + 2);
    const flags = u16(b, p + 3);
    const size = u16(b, p + 5);
    if (size < 7) {
      truncated = true;
      break;
    }
    let add = 0;
    if (type === 0x73) {
      // MAIN_HEAD: MHD_PASSWORD (0x80) = block headers are encrypted
      if (flags & 0x80) {
        headersEncrypted = true;
        break;
      }
    } else if (type === 0x74) {
      if (entries.length >= max) {
        truncated = true;
        break;
      }
      const pack = u32(b, p + 7);
      const large = (flags & 0x100) !== 0;
      const high = large ? u32(b, p + 32) : 0;
      const nsize = u16(b, p + 26);
      const nstart = p + 32 + (large ? 8 : 0);
      if (pack < 0 || nsize < 0 || nstart + nsize > b.length) {
        truncated = true;
        break;
      }
      let nameBytes = b.subarray(nstart, nstart + nsize);
      if (flags & 0x200) {
        const zero = nameBytes.indexOf(0);
        if (zero >= 0) nameBytes = nameBytes.subarray(0, zero);
      }
      const name = nameFrom(nameBytes, 0, nameBytes.length, (flags & 0x200) !== 0);
      entries.push({ name, encrypted: (flags & 0x04) !== 0, directory: (flags & 0xe0) === 0xe0 });
      add = pack + Math.max(0, high) * 0x100000000;
    } else if (type === 0x7b) {
      break; // ENDARC_HEAD
    } else if (flags & 0x8000) {
      add = Math.max(0, u32(b, p + 7));
    }
    p += size + add;
  }
  return {
    format: 'rar',
    encrypted: headersEncrypted || entries.some((e) => e.encrypted),
    headersEncrypted,
    entries,
    declaredEntries: null,
    truncated,
    source: 'headers',
  };
}

function readRar5(b: Uint8Array, max: number): ArchiveListing {
  const entries: ArchiveEntry[] = [];
  let p = RAR5.length;
  let truncated = false;
  let headersEncrypted = false;
  for (let guard = 0; guard < max * 4 + 16; guard++) {
    const [hsize, hstart] = vint(b, p + 4);
    if (hsize <= 0 || hstart < 0 || hstart + hsize > b.length) {
      truncated = p < b.length;
      break;
    }
    const hend = hstart + hsize;
    let [type, q] = vint(b, hstart);
    let flags: number;
    [flags, q] = vint(b, q);
    let extra = 0;
    let data = 0;
    if (flags & 1) [extra, q] = vint(b, q);
    if (flags & 2) [data, q] = vint(b, q);
    if (q < 0 || extra < 0 || data < 0) {
      truncated = true;
      break;
    }
    if (type === 4) {
      headersEncrypted = true; // archive encryption header: everything after it is encrypted
      break;
    }
    if (type === 5) break; // end of archive
    if (type === 2) {
      if (entries.length >= max) {
        truncated = true;
        break;
      }
      let fileFlags: number;
      [fileFlags, q] = vint(b, q);
      [, q] = vint(b, q); // unpacked size
      [, q] = vint(b, q); // attributes
      if (q < 0) {
        truncated = true;
        break;
      }
      if (fileFlags & 2) q += 4; // mtime
      if (fileFlags & 4) q += 4; // data CRC32
      [, q] = vint(b, q); // compression info
      [, q] = vint(b, q); // host OS
      let nlen: number;
      [nlen, q] = vint(b, q);
      if (q < 0 || nlen < 0 || q + nlen > hend) {
        truncated = true;
        break;
      }
      const name = nameFrom(b, q, nlen, true);
      // extra area: records of (size, type, …); type 1 = file encryption
      let encrypted = false;
      let r = hend - extra;
      for (let k = 0; k < 32 && r >= 0 && r < hend; k++) {
        const [rsize, rq] = vint(b, r);
        if (rsize <= 0 || rq < 0) break;
        const [rtype] = vint(b, rq);
        if (rtype === 1) encrypted = true;
        r = rq + rsize;
      }
      entries.push({ name, encrypted, directory: (fileFlags & 1) !== 0 });
    }
    p = hend + data;
  }
  return {
    format: 'rar',
    encrypted: headersEncrypted || entries.some((e) => e.encrypted),
    headersEncrypted,
    entries,
    declaredEntries: null,
    truncated,
    source: 'headers',
  };
}

export function readRar(b: Uint8Array, limits: ArchiveLimits = {}): ArchiveListing {
  const max = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
  return startsWith(b, RAR5) ? readRar5(b, max) : readRar4(b, max);
}

// ----------------------------------------------------------------------------------------- 7z

const SEVEN_Z = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
/** 7zAES coder id (06 F1 07 01). */
const AES_CODER = [0x06, 0xf1, 0x07, 0x01];

export function isSevenZip(b: Uint8Array): boolean {
  return startsWith(b, SEVEN_Z);
}

/** Finds the 7zAES coder id where a coder record would hold it (after an id-size byte of 4). */
function hasAesCoder(b: Uint8Array, from: number, to: number): boolean {
  let i = from;
  for (;;) {
    i = indexOf(b, AES_CODER, i, to);
    if (i < 0) return false;
    if (i > from && ((u8(b, i - 1) & 0x0f) === 4)) return true;
    i++;
  }
}

/**
 * 7z: the start header points at the (end) header. A plain header (kHeader) lists its coders, so
 * 7zAES shows; an encoded header (kEncodedHeader) is described by coders in the clear, so header
 * encryption (`-mhe`) shows. A compressed-only header hides whether the data is encrypted: that
 * is reported as `encrypted: null` (decompressing it is outside what this reader does).
 */
export function readSevenZip(b: Uint8Array): ArchiveListing {
  const off = u64(b, 12);
  const size = u64(b, 20);
  const hdr = off < 0 ? -1 : 32 + off;
  const base = { format: '7z' as const, entries: [], declaredEntries: null, source: 'headers' as const };
  if (hdr < 32 || hdr >= b.length || size <= 0) {
    return { ...base, encrypted: null, headersEncrypted: false, truncated: true };
  }
  const end = Math.min(b.length, hdr + size);
  const truncated = hdr + size > b.length;
  const kind = u8(b, hdr);
  if (kind === 0x17) {
    const enc = hasAesCoder(b, hdr, end);
    return { ...base, encrypted: enc ? true : null, headersEncrypted: enc, truncated };
  }
  if (kind === 0x01) {
    return { ...base, encrypted: hasAesCoder(b, hdr, end), headersEncrypted: false, truncated };
  }
  return { ...base, encrypted: null, headersEncrypted: false, truncated: true };
}

// ------------------------------------------------------------------------------- gzip / tar / cab

export function isGzip(b: Uint8Array): boolean {
  return u8(b, 0) === 0x1f && u8(b, 1) === 0x8b;
}

/** gzip holds one file; its original name (FNAME, RFC 1952 §2.3.1) is the only entry we can know. */
export function readGzip(b: Uint8Array): ArchiveListing {
  const flags = u8(b, 3);
  const entries: ArchiveEntry[] = [];
  let truncated = false;
  if (flags >= 0 && flags & 0x08) {
    let p = 10;
    if (flags & 0x04) p += 2 + Math.max(0, u16(b, 10));
    const zero = b.subarray(p, Math.min(b.length, p + 1024)).indexOf(0);
    if (zero >= 0) entries.push({ name: latin1(b, p, p + zero).slice(0, MAX_NAME), encrypted: false, directory: false });
    else truncated = true;
  }
  return { format: 'gzip', encrypted: false, headersEncrypted: false, entries, declaredEntries: 1, truncated, source: 'headers' };
}

export function isTar(b: Uint8Array): boolean {
  return startsWith(b, ascii('ustar'), 257);
}

function octal(b: Uint8Array, o: number, len: number): number {
  let end = Math.min(b.length, o + len);
  while (end > o && (b[end - 1] === 0 || b[end - 1] === 0x20)) end--;
  const s = latin1(b, o, end).trim();
  return /^[0-7]+$/.test(s) ? parseInt(s, 8) : -1;
}

export function readTar(b: Uint8Array, limits: ArchiveLimits = {}): ArchiveListing {
  const max = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const entries: ArchiveEntry[] = [];
  let p = 0;
  let truncated = false;
  while (p + 512 <= b.length) {
    if (u8(b, p) === 0) break; // end-of-archive block
    if (entries.length >= max) {
      truncated = true;
      break;
    }
    const size = octal(b, p + 124, 12);
    if (size < 0) {
      truncated = true;
      break;
    }
    const cut = (o: number, len: number) => {
      const s = b.subarray(p + o, p + o + len);
      const z = s.indexOf(0);
      return decodeBytes(z >= 0 ? s.subarray(0, z) : s, null);
    };
    const prefix = startsWith(b, ascii('ustar'), p + 257) ? cut(345, 155) : '';
    const name = (prefix ? prefix + '/' : '') + cut(0, 100);
    const type = String.fromCharCode(u8(b, p + 156));
    if (type !== 'x' && type !== 'g' && type !== 'L' && type !== 'K') {
      entries.push({ name: name.slice(0, MAX_NAME), encrypted: false, directory: type === '5' || name.endsWith('/') });
    }
    p += 512 + Math.ceil(size / 512) * 512;
  }
  if (p + 512 > b.length && p < b.length) truncated = true;
  return { format: 'tar', encrypted: false, headersEncrypted: false, entries, declaredEntries: null, truncated, source: 'headers' };
}

export function isCab(b: Uint8Array): boolean {
  return startsWith(b, ascii('MSCF\0\0\0\0'));
}

export function readCab(b: Uint8Array, limits: ArchiveLimits = {}): ArchiveListing {
  const max = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const coff = u32(b, 16);
  const nfiles = u16(b, 28);
  const entries: ArchiveEntry[] = [];
  let truncated = false;
  let p = coff;
  for (let i = 0; i < nfiles; i++) {
    if (entries.length >= max) {
      truncated = true;
      break;
    }
    if (p < 0 || p + 16 >= b.length) {
      truncated = true;
      break;
    }
    const attribs = u16(b, p + 14);
    const s = b.subarray(p + 16, Math.min(b.length, p + 16 + 1024));
    const zero = s.indexOf(0);
    if (zero < 0) {
      truncated = true;
      break;
    }
    entries.push({ name: nameFrom(s, 0, zero, (attribs & 0x80) !== 0), encrypted: false, directory: false });
    p += 16 + zero + 1;
  }
  return { format: 'cab', encrypted: false, headersEncrypted: false, entries, declaredEntries: nfiles < 0 ? null : nfiles, truncated, source: 'headers' };
}

/** Reads the directory of any supported archive, or null when the bytes are none of them. */
export function readArchive(b: Uint8Array, limits: ArchiveLimits = {}): ArchiveListing | null {
  if (isZip(b)) return readZip(b, limits);
  if (isRar(b)) return readRar(b, limits);
  if (isSevenZip(b)) return readSevenZip(b);
  if (isGzip(b)) return readGzip(b);
  if (isCab(b)) return readCab(b, limits);
  if (isTar(b)) return readTar(b, limits);
  return null;
}
