/**
 * Web links inside a PDF attachment, read statically: the `/URI (…)` and `/URI <…>` entries of
 * link annotations (PDF 32000-1 §12.6.4.7) that stand in the file as plain text. A phishing PDF is
 * often one page with one big button whose link is the whole point, and the reader clicks it as
 * readily as a link in the mail. Links inside compressed object streams (`/ObjStm`, PDF 1.5+; what
 * pdf-lib writes by default) are read too: those streams alone are inflated, within a budget
 * (attachment/inflate.ts); page content and images are never decompressed.
 *
 * @example
 * pdfLinks(new TextEncoder().encode('%PDF-1.4 … /A << /S /URI /URI (https://example.com/a) >> …'));
 * // → ['https://example.com/a']
 */
import { latin1 } from '../parse/charset.js';
import { ascii, indexOf, startsWith } from './bytes.js';
import { inflate } from './inflate.js';

/** Links kept per file, bytes scanned, and length of one URI string. */
const MAX_LINKS = 50;
const MAX_SCAN = 8 * 1024 * 1024;
const MAX_URI = 4096;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** True when the bytes are a PDF (`%PDF-` in the first kilobyte, as readers accept it). */
export function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= end; i++) if (bytes[i] === 0x25 && startsWith(bytes, PDF_MAGIC, i)) return true;
  return false;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** A literal string `(…)` starting at `i` (the parenthesis): escapes and balanced parentheses (§7.3.4.2). */
function literalString(b: Uint8Array, i: number, end: number): string | null {
  let depth = 1;
  let out = '';
  for (let k = i + 1; k < end && out.length < MAX_URI; k++) {
    const c = b[k] as number;
    if (c === 0x5c) {
      const n = b[++k] as number;
      if (n >= 0x30 && n <= 0x37) {
        let v = n - 0x30;
        for (let d = 0; d < 2 && (b[k + 1] as number) >= 0x30 && (b[k + 1] as number) <= 0x37; d++) v = v * 8 + ((b[++k] as number) - 0x30);
        out += String.fromCharCode(v & 0xff);
      } else if (n === 0x6e) out += '\n';
      else if (n === 0x72) out += '\r';
      else if (n === 0x74) out += '\t';
      else if (n === 0x0d || n === 0x0a) {
        if (n === 0x0d && b[k + 1] === 0x0a) k++;
      } else if (n !== undefined) out += String.fromCharCode(n);
      continue;
    }
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return out;
    out += String.fromCharCode(c);
  }
  return null;
}

/** A hexadecimal string `<…>` starting at `i` (§7.3.4.3); an odd last digit counts as followed by 0. */
function hexString(b: Uint8Array, i: number, end: number): string | null {
  let out = '';
  let hi = -1;
  for (let k = i + 1; k < end && out.length < MAX_URI; k++) {
    const c = b[k] as number;
    if (c === 0x3e) return hi >= 0 ? out + String.fromCharCode(hi * 16) : out;
    if (isSpace(c)) continue;
    const v = hexValue(c);
    if (v < 0) return null;
    if (hi < 0) hi = v;
    else {
      out += String.fromCharCode(hi * 16 + v);
      hi = -1;
    }
  }
  return null;
}

/** `/URI` entries of `b[0, end)` added to `out` (http(s) only, each once). */
function scanUris(b: Uint8Array, end: number, out: string[], seen: Set<string>): void {
  for (let i = b.indexOf(0x2f); i >= 0 && i + 4 < end && out.length < MAX_LINKS; i = b.indexOf(0x2f, i + 1)) {
    // `/URI` followed by a delimiter (not `/URIAction`…).
    if (b[i + 1] !== 0x55 || b[i + 2] !== 0x52 || b[i + 3] !== 0x49) continue;
    let k = i + 4;
    while (k < end && isSpace(b[k] as number)) k++;
    const open = b[k];
    const raw = open === 0x28 ? literalString(b, k, end) : open === 0x3c && b[k + 1] !== 0x3c ? hexString(b, k, end) : null;
    if (raw === null) continue;
    const uri = raw.trim();
    if (!/^https?:\/\/[^\s]/i.test(uri) || seen.has(uri)) continue;
    seen.add(uri);
    out.push(uri);
  }
}

/** Object streams read per file, and bytes they may inflate to in all. */
const MAX_OBJECT_STREAMS = 32;
const MAX_INFLATED = 4 * 1024 * 1024;
const OBJSTM = ascii('/ObjStm');
const STREAM = ascii('stream');
const ENDSTREAM = ascii('endstream');
/** `/Filter /FlateDecode` or `/Filter [/FlateDecode]`: one filter, Flate. */
const FLATE_ONLY = /\/Filter\s*(?:\/FlateDecode|\[\s*\/FlateDecode\s*\])/;

/**
 * The compressed object streams of the file (`<< /Type /ObjStm /Filter /FlateDecode … >> stream …`),
 * inflated: PDF 1.5+ writers keep most objects, link annotations among them, in such streams. Only
 * plain FlateDecode streams are read (no predictor, no filter chain), within the bounds above.
 */
function objectStreams(b: Uint8Array, end: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let budget = MAX_INFLATED;
  for (let at = indexOf(b, OBJSTM, 0, end); at >= 0 && out.length < MAX_OBJECT_STREAMS && budget > 0; at = indexOf(b, OBJSTM, at + 1, end)) {
    const kw = indexOf(b, STREAM, at, Math.min(end, at + 1024));
    if (kw < 0) continue;
    // The stream's dictionary: from its object's `obj` keyword (at most 1 KiB back) to `stream`.
    let from = at;
    while (from > 0 && at - from < 1024 && !(b[from] === 0x6f && b[from + 1] === 0x62 && b[from + 2] === 0x6a)) from--;
    const dict = latin1(b, from, kw);
    if (!FLATE_ONLY.test(dict) || dict.includes('/DecodeParms')) continue;
    let start = kw + STREAM.length;
    if (b[start] === 0x0d) start++;
    if (b[start] === 0x0a) start++;
    const length = /\/Length\s+(\d{1,9})(?![\d.])(?!\s+\d+\s+R)/.exec(dict);
    let stop = length ? start + Number(length[1]) : indexOf(b, ENDSTREAM, start, end);
    if (stop < 0 || stop > end) stop = end;
    const data = inflate(b.subarray(start, stop), budget);
    if (!data) continue;
    budget -= data.length;
    out.push(data);
    at = stop;
  }
  return out;
}

/**
 * The http(s) links of a PDF's link annotations, in file order, each once: those written as
 * plain text, then those inside compressed object streams.
 */
export function pdfLinks(bytes: Uint8Array): string[] {
  if (!isPdf(bytes)) return [];
  const end = Math.min(bytes.length, MAX_SCAN);
  const out: string[] = [];
  const seen = new Set<string>();
  scanUris(bytes, end, out, seen);
  if (out.length < MAX_LINKS) for (const s of objectStreams(bytes, end)) scanUris(s, s.length, out, seen);
  return out;
}
