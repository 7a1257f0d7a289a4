/**
 * What a file (or stdin) holds, from its first bytes, and whether one message is scannable at all.
 * The rules are lenient on purpose: deliberately malformed headers (duplicate From, a space before
 * the colon, a folded field name) are what the header-anomaly checks are for, so they must reach
 * `analyze`. Only input that is clearly not a mail message is reported as an error.
 */

import type { ScanError, UnsupportedFormat } from '../errors.js';

export type Container = { readonly kind: 'mbox' } | { readonly kind: 'eml' } | { readonly kind: 'error'; readonly error: ScanError };

/** An OLE compound file's signature ([MS-CFB] §2.2). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Formats we recognise by their first bytes but do not read (error-texts.ts says what to do
 * instead). An OLE compound file that holds an Outlook message is read (scan-message.ts); `msg`
 * here is one that does not.
 */
const UNSUPPORTED: readonly (readonly [UnsupportedFormat, readonly number[]])[] = [
  ['msg', OLE],
  ['gzip', [0x1f, 0x8b]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['pst', [0x21, 0x42, 0x44, 0x4e]], // "!BDN": an Outlook data file (.pst, .ost)
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]], // "Rar!" (RAR 4 and 5)
];

function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

/** Whether bytes begin as an OLE compound file does (an Outlook `.msg`, or a Word or Excel document). */
export function isCompoundFile(b: Uint8Array): boolean {
  return startsWith(b, OLE);
}

/** Whether bytes begin as gzip data does (RFC 1952: ID1 ID2, then CM 8 = deflate). */
export function isGzip(b: Uint8Array): boolean {
  return b[0] === 0x1f && b[1] === 0x8b && b[2] === 0x08;
}

/**
 * Whether a file's name says it is gzip-compressed (`Inbox.mbox.gz`, `2026-November.txt.gz`, `Maildir.tgz`).
 * Such files are decompressed as they are read; a gzip file under another name is reported as an
 * unsupported format by whoever reads it (deciding by content would cost every file an extra read
 * on the main thread).
 */
export function hasGzipName(path: string): boolean {
  return /\.(?:gz(?:ip)?|tgz)$/i.test(path);
}

/** Whether bytes begin as a ZIP archive does: a local file header, or the end record of an empty archive. */
export function isZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 0x03 && b[3] === 0x04) || (b[2] === 0x05 && b[3] === 0x06));
}

/** Whether a file's name says it is a ZIP archive (read by the main thread, input/zip.ts; as with gzip, not by content). */
export function hasZipName(path: string): boolean {
  return /\.zip$/i.test(path);
}

function bomLength(b: Uint8Array): number {
  return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
}

function unsupported(b: Uint8Array): ScanError | null {
  for (const [format, sig] of UNSUPPORTED) if (startsWith(b, sig)) return { code: 'format/unsupported', params: { format } };
  return null;
}

/** From the first bytes of a file: an mbox, a single message, or something we cannot scan. */
export function sniffContainer(head: Uint8Array): Container {
  if (head.length === 0) return { kind: 'error', error: { code: 'format/empty-file', params: {} } };
  // An Outlook .msg is one message; scan-message.ts tells it from other compound files.
  if (isCompoundFile(head)) return { kind: 'eml' };
  const u = unsupported(head);
  if (u) return { kind: 'error', error: u };
  const o = bomLength(head);
  if (startsWith(head, [0x46, 0x72, 0x6f, 0x6d, 0x20], o)) return { kind: 'mbox' };
  return { kind: 'eml' };
}

/**
 * Bytes that are not text: NUL, the C0 controls but tab, LF, FF, CR and ESC (ISO-2022-JP), and DEL.
 * A few stray NULs in a header are an anomaly for the checks to report, not a reason to skip.
 */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]/g;
/** Anything but the blanks of an empty message (space, tab, LF, CR). */
const NOT_BLANK = /[^ \t\n\r]/;

/** How many control bytes (see `CONTROL`) a `latin1` string holds. */
export function countControl(text: string): number {
  return text.match(CONTROL)?.length ?? 0;
}

/** A header field line: a field name (printable ASCII but colon), optional blanks, a colon. */
const FIELD = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;
const SNIFF_BYTES = 4096;

/**
 * Why one message cannot be scanned, or null when it can: empty, binary data, no header fields at
 * the start, or cut off inside the header block. A body cut short (a multipart without its closing
 * boundary) is still scanned: the headers carry most of the evidence, and bounce messages often
 * quote a truncated original on purpose.
 */
export function messageProblem(b: Uint8Array): ScanError | null {
  if (b.length === 0) return { code: 'format/empty-message', params: {} };
  const u = unsupported(b);
  if (u) return u;
  const start = bomLength(b);
  const end = Math.min(b.length, start + SNIFF_BYTES);
  // One char per byte (`latin1`), so that native regex scans replace a loop over every byte.
  const head = Buffer.from(b.buffer, b.byteOffset + start, end - start).toString('latin1');
  const control = countControl(head);
  if (end === b.length && !NOT_BLANK.test(head)) return { code: 'format/blank-message', params: {} };
  if (control > 16 && control * 20 > end - start) return { code: 'format/binary', params: {} };

  // Header fields at the start: at least one field line among the first 20 lines.
  const text = head.slice(0, 2048);
  const lines = text.split('\n', 21);
  let fields = 0;
  let headerEnded = false;
  for (let i = 0; i < lines.length && i < 20; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (line === '') {
      headerEnded = true;
      break;
    }
    if (FIELD.test(line)) fields++;
  }
  if (fields === 0) return { code: headerEnded ? 'format/no-header-fields-before-blank-line' : 'format/no-header-fields', params: {} };

  // Cut off inside the header block: no blank line anywhere and the last line is incomplete.
  if (b[b.length - 1] !== 0x0a && !hasBlankLine(b, start)) return { code: 'format/truncated-header', params: {} };
  return null;
}

function hasBlankLine(b: Uint8Array, start: number): boolean {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (b[start] === 0x0a || (b[start] === 0x0d && b[start + 1] === 0x0a)) return true;
  return buf.indexOf('\n\n', start) !== -1 || buf.indexOf('\n\r\n', start) !== -1;
}
