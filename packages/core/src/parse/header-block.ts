/**
 * Splits a message (or a pasted header block) into header fields: RFC 5322 §2.2 syntax,
 * §2.2.3 unfolding. Order and duplicates are kept; nothing is decoded here.
 */
import type { HeaderField, HeaderSyntaxNote, LimitHit } from '../model/message.js';
import { asciiText, decodeBytes, isAscii, latin1Bytes } from './charset.js';

export const DEFAULT_MAX_HEADER_BYTES = 1024 * 1024;
export const DEFAULT_MAX_HEADER_COUNT = 2000;

export interface HeaderBlock {
  readonly headers: HeaderField[];
  /** Byte (or char, for string input) offset where the body starts; equals the input length when there is no body. */
  readonly bodyOffset: number;
  readonly limitsHit: LimitHit[];
  readonly syntax: HeaderSyntaxNote[];
}

export interface HeaderBlockOptions {
  readonly maxHeaderBytes?: number;
  readonly maxHeaderCount?: number;
}

/** Finds the blank line that ends the header section of a string; returns [headerEnd, bodyStart]. */
function findBoundaryInString(s: string): [number, number] {
  if (s.startsWith('\n')) return [0, 1];
  if (s.startsWith('\r\n')) return [0, 2];
  const lf = s.indexOf('\n\n');
  const crlf = s.indexOf('\n\r\n');
  if (lf < 0 && crlf < 0) return [s.length, s.length];
  if (crlf < 0 || (lf >= 0 && lf < crlf)) return [lf + 1, lf + 2];
  return [crlf + 1, crlf + 3];
}

/** The same for bytes. */
function findBoundaryInBytes(b: Uint8Array): [number, number] {
  const len = b.length;
  // Every read stays in bounds (a read past the end costs V8 a deoptimization).
  if (len > 0 && b[0] === 0x0a) return [0, 1];
  if (len > 1 && b[0] === 0x0d && b[1] === 0x0a) return [0, 2];
  for (let i = b.indexOf(0x0a); i >= 0 && i + 1 < len; i = b.indexOf(0x0a, i + 1)) {
    const n = b[i + 1];
    if (n === 0x0a) return [i + 1, i + 2];
    if (n === 0x0d && i + 2 < len && b[i + 2] === 0x0a) return [i + 1, i + 3];
  }
  return [len, len];
}

/** True when every char of the string could have come from `latin1` (a byte view, not decoded text). */
function isByteView(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff && c !== 0x20ac && c !== 0x201a && (c < 0x0152 || c > 0x2122)) return false;
  }
  return true;
}

/**
 * Whether the line `text[start, end)` is a field line, `name[ \t]*:` (RFC 5322 §2.2, printable
 * ASCII but the colon): -1 when it is not, else the index just after the colon. The name ends at
 * `nameEnd.value` (before the blanks, when there are any).
 */
function fieldName(text: string, start: number, end: number, nameEnd: { value: number }): number {
  let p = start;
  let c = 0;
  while (p < end) {
    c = text.charCodeAt(p);
    if (c < 0x21 || c > 0x7e || c === 0x3a) break;
    p++;
  }
  if (p === start) return -1;
  nameEnd.value = p;
  while (p < end && ((c = text.charCodeAt(p)) === 0x20 || c === 0x09)) p++;
  return p < end && text.charCodeAt(p) === 0x3a ? p + 1 : -1;
}

/** A CR that does not begin a CRLF (one `indexOf` per line break rather than a regex over the text). */
export function hasBareCr(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 0x0a) return true;
  }
  return false;
}

/** Adds a finished field (or counts it as dropped past `maxCount`: returns 1 then, else 0). */
function pushField(headers: HeaderField[], maxCount: number, syntax: HeaderSyntaxNote[], mayHoldNul: boolean, name: string, value: string): number {
  if (headers.length >= maxCount) return 1;
  if (mayHoldNul && value.includes('\0')) syntax.push({ kind: 'nul', line: `${name}: ${value}`.slice(0, 200) });
  headers.push({ name, value: value.trim() });
  return 0;
}

/**
 * Parses header text that has already been turned into a string. Lines are found with `indexOf`,
 * and only what a field keeps is sliced out of the text (its name and the text of each of its lines:
 * unfolding, RFC 5322 §2.2.3, joins them without the line breaks).
 */
function parseLines(text: string, maxCount: number, limitsHit: LimitHit[], syntax: HeaderSyntaxNote[]): HeaderField[] {
  const headers: HeaderField[] = [];
  if (hasBareCr(text)) syntax.push({ kind: 'bare-cr', line: '' });
  // A value is made of slices of the text: without a NUL in the text, none has one.
  const mayHoldNul = text.includes('\0');
  const len = text.length;
  const nameEnd = { value: 0 };
  // A stray BOM, then an mbox envelope line ("From sender date") that is not a field.
  let pos = text.startsWith('\ufeff') ? 1 : 0;
  if (text.startsWith('From ', pos)) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? len : nl > pos && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    if (fieldName(text, pos, end, nameEnd) < 0) pos = nl < 0 ? len + 1 : nl + 1;
  }
  // The field being read (its name is null between fields). Plain locals, not captured by a
  // closure: the loop below reads and writes them on every line.
  let name: string | null = null;
  let value = '';
  let dropped = 0;
  while (pos <= len) {
    // The line is text[pos, end); a CR before its LF is not part of it.
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? len : nl > pos && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    const lineStart = pos;
    pos = nl < 0 ? len + 1 : nl + 1;
    if (end === lineStart) continue;
    const c = text.charCodeAt(lineStart);
    if ((c === 0x20 || c === 0x09) && name !== null) {
      value += text.slice(lineStart, end);
      continue;
    }
    const colon = fieldName(text, lineStart, end, nameEnd);
    if (name !== null) {
      dropped += pushField(headers, maxCount, syntax, mayHoldNul, name, value);
      name = null;
      value = '';
    }
    if (colon >= 0) {
      name = text.slice(lineStart, nameEnd.value).toLowerCase();
      if (colon - 1 > nameEnd.value) syntax.push({ kind: 'space-before-colon', line: text.slice(lineStart, Math.min(end, lineStart + 200)) });
      value = text.slice(colon, end);
    } else {
      syntax.push({ kind: c === 0x3a ? 'empty-name' : 'malformed-line', line: text.slice(lineStart, Math.min(end, lineStart + 200)) });
    }
  }
  if (name !== null) dropped += pushField(headers, maxCount, syntax, mayHoldNul, name, value);
  if (dropped > 0) limitsHit.push({ limit: 'header-count', value: headers.length + dropped, max: maxCount });
  return headers;
}

/**
 * Parses the header section of a raw message given as bytes or a string.
 * 8-bit header bytes are decoded as UTF-8 when valid, else as sniffed Shift_JIS/EUC-JP.
 */
export function parseHeaderBlock(raw: Uint8Array | string, options: HeaderBlockOptions = {}): HeaderBlock {
  const maxBytes = options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES;
  const maxCount = options.maxHeaderCount ?? DEFAULT_MAX_HEADER_COUNT;
  const limitsHit: LimitHit[] = [];
  const syntax: HeaderSyntaxNote[] = [];
  let text: string;
  let headerEnd: number;
  let bodyOffset: number;
  if (typeof raw === 'string') {
    [headerEnd, bodyOffset] = findBoundaryInString(raw);
    text = raw.slice(0, Math.min(headerEnd, maxBytes));
    // A byte view of raw mail (MIME part headers): decode 8-bit header bytes like the top level.
    if (/[^\x00-\x7f]/.test(text) && isByteView(text)) text = decodeBytes(latin1Bytes(text), null);
  } else {
    [headerEnd, bodyOffset] = findBoundaryInBytes(raw);
    const slice = raw.subarray(0, Math.min(headerEnd, maxBytes));
    text = isAscii(slice) ? asciiText(slice) : decodeBytes(slice, null);
  }
  if (headerEnd > maxBytes) limitsHit.push({ limit: 'header-bytes', value: headerEnd, max: maxBytes });
  const headers = parseLines(text, maxCount, limitsHit, syntax);
  return { headers, bodyOffset, limitsHit, syntax };
}
