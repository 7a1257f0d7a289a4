/**
 * uuencoded files: `begin 644 invoice.exe` … `end` blocks inside a plain-text body, or a part sent
 * with `Content-Transfer-Encoding: x-uuencode`. Thunderbird and Outlook show such a block as an
 * attachment; gateways that only look at MIME parts do not, which is why malware campaigns send
 * executables this way. ayashii lifts each block out of the text into an attachment, so the
 * attachment checks see `invoice.exe` and the wording checks do not read encoded noise.
 *
 * Format (POSIX `uuencode`): after the `begin <mode> <name>` line, each line starts with a length
 * character (`' ' + n`, n ≤ 45 bytes) followed by 4 characters per 3 bytes (`' ' + 6 bits`, with
 * `` ` `` for 0); a line of length 0 then `end` closes the file. A block that breaks the format is
 * left in the text as it was: prose that happens to start with "begin 644" stays prose.
 */

import type { AttachmentInfo } from '../model/message.js';

export interface UuFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The block's range in the text (from `begin` to the end of the `end` line). */
  readonly start: number;
  readonly end: number;
}

const BEGIN = /^begin [0-7]{3,4} ([^\r\n]{1,255}?)\r?$/;
/** A cheap gate before the text is split into lines ("begin " alone is an ordinary word). */
const BEGIN_ANYWHERE = /^begin [0-7]{3,4} /m;
/** Lines of one file at most (45 bytes each: ~9 MiB); a longer block is not read. */
const MAX_LINES = 200_000;
/** Bytes kept of one file (the checks read names, magic bytes and archive directories); the rest is checked for format only. */
const MAX_BYTES = 4 * 1024 * 1024;

/** Appends the bytes of one data line to `out`: true; false for the zero-length line; null when the line is not uuencode. */
function decodeLine(line: string, out: number[]): boolean | null {
  if (line.length === 0) return null;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x20 || c > 0x60) return null;
  }
  const n = (line.charCodeAt(0) - 0x20) & 0x3f;
  if (n === 0) return false;
  // Mailers may strip trailing spaces (zeros): a line may end up to two characters short.
  if (n > 45 || line.length - 1 < Math.ceil(n / 3) * 4 - 2) return null;
  const at = (i: number): number => (i < line.length ? (line.charCodeAt(i) - 0x20) & 0x3f : 0);
  if (out.length >= MAX_BYTES) return true;
  let got = 0;
  for (let i = 1; got < n; i += 4) {
    const a = at(i);
    const b = at(i + 1);
    const c = at(i + 2);
    const d = at(i + 3);
    out.push(((a << 2) | (b >> 4)) & 0xff);
    if (++got >= n) break;
    out.push(((b << 4) | (c >> 2)) & 0xff);
    if (++got >= n) break;
    out.push(((c << 6) | d) & 0xff);
    got++;
  }
  return true;
}

/** The data lines after a `begin` line: the file, or null when they are not uuencode. */
function decodeLines(lines: readonly string[], from: number): { bytes: Uint8Array; next: number } | null {
  const out: number[] = [];
  let k = from;
  let ended = false;
  for (; k < lines.length && k - from < MAX_LINES; k++) {
    const line = (lines[k] as string).replace(/\r$/, '');
    if (line === 'end') {
      ended = true;
      k++;
      break;
    }
    const r = decodeLine(line, out);
    if (r === null) return null;
  }
  return ended && out.length > 0 ? { bytes: Uint8Array.from(out), next: k } : null;
}

/** The uuencoded files of a text, in order (at most `max`). */
export function findUuFiles(text: string, max = 20): UuFile[] {
  const files: UuFile[] = [];
  if (!text.includes('begin ') || !BEGIN_ANYWHERE.test(text)) return files;
  const lines = text.split('\n');
  let offset = 0;
  const starts: number[] = [];
  for (const l of lines) {
    starts.push(offset);
    offset += l.length + 1;
  }
  for (let k = 0; k < lines.length && files.length < max; k++) {
    const m = BEGIN.exec(lines[k] as string);
    if (!m) continue;
    const r = decodeLines(lines, k + 1);
    if (!r) continue;
    files.push({ name: (m[1] as string).trim(), bytes: r.bytes, start: starts[k] as number, end: Math.min(text.length, (starts[r.next - 1] as number) + (lines[r.next - 1] as string).length + 1) });
    k = r.next - 1;
  }
  return files;
}

/** A whole part sent as `x-uuencode`: its first file's bytes (the part's own bytes when it holds none). */
export function uudecodePart(text: string): Uint8Array | null {
  const f = findUuFiles(text, 1)[0];
  return f ? f.bytes : null;
}

/**
 * The text without its uuencoded blocks, and each block as an attachment (as Thunderbird and
 * Outlook show it), keeping at most `maxBytes` of each; `cut` is the size of the largest file cut
 * short (null when none was).
 */
export function liftUuFiles(text: string, maxBytes: number): { text: string; files: AttachmentInfo[]; cut: number | null } {
  const found = findUuFiles(text);
  if (found.length === 0) return { text, files: [], cut: null };
  let rest = '';
  let from = 0;
  let cut: number | null = null;
  const files = found.map((f): AttachmentInfo => {
    rest += text.slice(from, f.start);
    from = f.end;
    if (f.bytes.length > maxBytes) cut = Math.max(cut ?? 0, f.bytes.length);
    return { filename: f.name, contentType: 'application/octet-stream', size: f.bytes.length, disposition: 'attachment', bytes: f.bytes.subarray(0, maxBytes) };
  });
  return { text: rest + text.slice(from), files, cut };
}
