/**
 * Splits a message (or a pasted header block) into header fields: RFC 5322 §2.2 syntax,
 * §2.2.3 unfolding. Order and duplicates are kept; nothing is decoded here.
 */
import type { HeaderField, HeaderSyntaxNote, LimitHit } from '../model/message.js';
import { decodeBytes, isAscii, latin1, latin1Bytes } from './charset.js';

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
  if (b[0] === 0x0a) return [0, 1];
  if (b[0] === 0x0d && b[1] === 0x0a) return [0, 2];
  for (let i = b.indexOf(0x0a); i >= 0 && i < len; i = b.indexOf(0x0a, i + 1)) {
    const n = b[i + 1];
    if (n === 0x0a) return [i + 1, i + 2];
    if (n === 0x0d && b[i + 2] === 0x0a) return [i + 1, i + 3];
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

const NAME = /^([\x21-\x39\x3b-\x7e]+)([ \t]*):/;

/**
 * `NAME.exec(line)` without a match object: -1 when the line is not `name[ \t]*:`, else the index
 * just after the colon; the name ends at `nameEnd.value` (blanks before the colon when they differ).
 */
function fieldName(line: string, nameEnd: { value: number }): number {
  const len = line.length;
  let p = 0;
  let c = 0;
  while (p < len) {
    c = line.charCodeAt(p);
    if (c < 0x21 || c > 0x7e || c === 0x3a) break;
    p++;
  }
  if (p === 0) return -1;
  nameEnd.value = p;
  while (p < len && ((c = line.charCodeAt(p)) === 0x20 || c === 0x09)) p++;
  return p < len && line.charCodeAt(p) === 0x3a ? p + 1 : -1;
}

/** `text.split(/\r?\n/)` without the regular expression. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    lines.push(text.slice(start, nl > start && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl));
    start = nl + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

/** Parses header text that has already been turned into a string. */
function parseLines(text: string, maxCount: number, limitsHit: LimitHit[], syntax: HeaderSyntaxNote[]): HeaderField[] {
  const headers: HeaderField[] = [];
  if (text.includes('\r') && /\r(?!\n)/.test(text)) syntax.push({ kind: 'bare-cr', line: '' });
  const lines = splitLines(text);
  let start = 0;
  // mbox envelope line ("From sender date") and a stray BOM
  if (lines[0]?.startsWith('\uFEFF')) lines[0] = lines[0].slice(1);
  if (lines[0]?.startsWith('From ') && !NAME.test(lines[0])) start = 1;
  let name: string | null = null;
  let value = '';
  let dropped = 0;
  const nameEnd = { value: 0 };
  const push = () => {
    if (name === null) return;
    if (headers.length >= maxCount) {
      dropped++;
    } else {
      if (value.includes('\0')) syntax.push({ kind: 'nul', line: `${name}: ${value}`.slice(0, 200) });
      headers.push({ name, value: value.trim() });
    }
    name = null;
    value = '';
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const c = line.charCodeAt(0);
    if ((c === 0x20 || c === 0x09) && name !== null) {
      value += line;
      continue;
    }
    const colon = fieldName(line, nameEnd);
    if (colon >= 0) {
      push();
      name = line.slice(0, nameEnd.value).toLowerCase();
      if (colon - 1 > nameEnd.value) syntax.push({ kind: 'space-before-colon', line: line.slice(0, 200) });
      value = line.slice(colon);
    } else if (line.startsWith(':')) {
      push();
      syntax.push({ kind: 'empty-name', line: line.slice(0, 200) });
    } else {
      push();
      syntax.push({ kind: 'malformed-line', line: line.slice(0, 200) });
    }
  }
  push();
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
    text = isAscii(slice) ? latin1(slice) : decodeBytes(slice, null);
  }
  if (headerEnd > maxBytes) limitsHit.push({ limit: 'header-bytes', value: headerEnd, max: maxBytes });
  const headers = parseLines(text, maxCount, limitsHit, syntax);
  return { headers, bodyOffset, limitsHit, syntax };
}
