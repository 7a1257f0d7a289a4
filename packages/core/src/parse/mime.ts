/**
 * A small, lazy, browser-safe MIME walker (RFC 2045/2046). It runs only when a check asks for the
 * body or the attachments, so a header-only verdict never pays for body decoding. Bounded by
 * depth, part count, body bytes and bytes kept per attachment.
 */
import type { AttachmentInfo, HeaderField, LimitHit } from '../model/message.js';
import { decodeBytes, latin1, latin1Bytes } from './charset.js';
import { decodeEncodedWords, decodeRfc2231 } from './encoded-word.js';
import { parseHeaderBlock } from './header-block.js';
import { decodeBase64, decodeQuotedPrintable } from './transfer-encoding.js';
import { liftUuFiles, uudecodePart } from './uuencode.js';

export interface MimeLimits {
  readonly maxDepth?: number;
  readonly maxParts?: number;
  /** Bytes of text/html kept for link extraction. */
  readonly maxBodyBytes?: number;
  /** Decoded bytes kept per attachment for static checks. */
  readonly maxAttachmentBytes?: number;
  readonly maxAttachments?: number;
}

export const DEFAULT_MIME_LIMITS = {
  maxDepth: 30,
  maxParts: 500,
  maxBodyBytes: 4 * 1024 * 1024,
  maxAttachmentBytes: 8 * 1024 * 1024,
  maxAttachments: 100,
} as const;

export interface ContentType {
  /** `text/plain`, lower-case; `text/plain` when absent (RFC 2045 §5.2). */
  readonly type: string;
  readonly params: ReadonlyMap<string, string>;
}

/** Parses a Content-Type or Content-Disposition value, RFC 2231 continuations and charsets included. */
export function parseParams(value: string): { value: string; params: Map<string, string> } {
  if (value === '') return { value: '', params: new Map() }; // most parts have no Content-Disposition
  // Split on `;` outside quotes; a backslash inside quotes escapes the next character. Runs of
  // ordinary characters are sliced, not copied one by one.
  const parts: string[] = [];
  let cur = '';
  let runStart = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    if (c === 0x5c && quoted && i + 1 < value.length) {
      cur += value.slice(runStart, i) + value[i + 1];
      i++;
      runStart = i + 1;
      continue;
    }
    if (c === 0x3b && !quoted) {
      parts.push(cur + value.slice(runStart, i));
      cur = '';
      runStart = i + 1;
    }
  }
  parts.push(cur + value.slice(runStart));
  const head = (parts.shift() ?? '').trim().toLowerCase();
  const raw = new Map<string, string>();
  for (const p of parts) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    const k = p.slice(0, eq).trim().toLowerCase();
    let v = p.slice(eq + 1).trim();
    if (v.startsWith('"')) v = v.slice(1, v.endsWith('"') ? -1 : undefined);
    if (k && !raw.has(k)) raw.set(k, v);
  }
  const params = new Map<string, string>();
  // RFC 2231: name*0*=…, name*1=…, name*=charset''…
  const continued = new Map<string, { idx: number; v: string; enc: boolean }[]>();
  for (const [k, v] of raw) {
    // Only a name with `*` can be an RFC 2231 section (most are not: no match to try).
    if (!k.includes('*')) continue;
    const m = /^([^*]+)\*(\d+)?(\*)?$/.exec(k);
    if (!m) continue;
    const base = m[1] as string;
    const list = continued.get(base) ?? [];
    list.push({ idx: m[2] === undefined ? 0 : Number(m[2]), v, enc: m[3] === '*' || m[2] === undefined });
    continued.set(base, list);
  }
  for (const [base, list] of continued) {
    list.sort((a, b) => a.idx - b.idx);
    const first = list[0];
    if (first?.enc) {
      const joined = list.map((x, i) => (i === 0 || !x.enc ? x.v : x.v)).join('');
      params.set(base, decodeRfc2231(joined));
    } else params.set(base, list.map((x) => x.v).join(''));
  }
  for (const [k, v] of raw) {
    if (k.includes('*') || params.has(k)) continue;
    params.set(k, v.includes('=?') ? decodeEncodedWords(v) : v);
  }
  return { value: head, params };
}

export function parseContentType(value: string | undefined): ContentType {
  if (!value) return { type: 'text/plain', params: new Map() };
  const { value: type, params } = parseParams(value);
  return { type: /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : 'application/octet-stream', params };
}

function headerValue(headers: readonly HeaderField[], name: string): string | undefined {
  return headers.find((h) => h.name === name)?.value;
}

export interface MimeResult {
  readonly text?: string;
  readonly html?: string;
  readonly attachments: AttachmentInfo[];
  readonly limitsHit: LimitHit[];
}

interface WalkState {
  parts: number;
  textBytes: number;
  texts: string[];
  htmls: string[];
  limitsHit: LimitHit[];
  readonly limits: Required<MimeLimits>;
}

function decodeBody(body: string, cte: string, max: number): Uint8Array {
  switch (cte) {
    case 'base64':
      return decodeBase64(body, max);
    case 'quoted-printable':
      return decodeQuotedPrintable(latin1Bytes(body.length > max * 3 ? body.slice(0, max * 3) : body), false, max);
    case 'x-uuencode':
    case 'uuencode':
    case 'x-uue':
      return uudecodePart(body)?.subarray(0, max) ?? latin1Bytes(body.length > max ? body.slice(0, max) : body);
    default:
      return latin1Bytes(body.length > max ? body.slice(0, max) : body);
  }
}

/**
 * What `charCodeAt(i) & 0xff` gives on the `latin1` view of each byte: the byte itself, except for
 * the 0x80–0x9F bytes the windows-1252 decoder maps elsewhere. Base64 on the byte view goes through
 * it so that junk bytes are read exactly as the string decoder reads them.
 */
const LOW_BYTE: Uint8Array = (() => {
  const t = new Uint8Array(256).map((_, i) => i);
  const text = latin1(t);
  if (text.length === 256) for (let i = 0; i < 256; i++) t[i] = text.charCodeAt(i) & 0xff;
  return t;
})();

/**
 * `decodeBody` on the range [start, end) of a body whose byte view is `src` and whose bytes are
 * `bytes` (one char per byte): the same result without copying the range into a string first.
 * Text parts get a view of `bytes` (no copy); attachments get their own copy.
 */
function decodeRange(bytes: Uint8Array, start: number, end: number, cte: string, max: number, copy: boolean): Uint8Array {
  const len = end - start;
  switch (cte) {
    case 'base64':
      return decodeBase64(bytes.subarray(start, end), max, LOW_BYTE);
    case 'quoted-printable':
      return decodeQuotedPrintable(bytes.subarray(start, len > max * 3 ? start + max * 3 : end), false, max);
    case 'x-uuencode':
    case 'uuencode':
    case 'x-uue': {
      const file = uudecodePart(latin1(bytes, start, end));
      if (file) return file.subarray(0, max);
      const view = bytes.subarray(start, len > max ? start + max : end);
      return copy ? view.slice() : view;
    }
    default: {
      const view = bytes.subarray(start, len > max ? start + max : end);
      return copy ? view.slice() : view;
    }
  }
}

function limitOnce(st: WalkState, hit: LimitHit): void {
  if (!st.limitsHit.some((h) => h.limit === hit.limit)) st.limitsHit.push(hit);
}

/**
 * The body being walked: the string given or, when the input was bytes, those bytes. Parts are
 * ranges of it, never copies. Bytes are searched as they are, exactly as their byte view (`latin1`,
 * one char per byte) would be: a needle char no byte reads as never matches.
 */
interface Source {
  /** The string given, or '' for bytes (never materialised as a whole). */
  readonly src: string;
  readonly bytes: Uint8Array | null;
}

/** The byte each char of the byte view comes from (-1 for chars no byte reads as). */
const VIEW_BYTE: ReadonlyMap<number, number> = (() => {
  const m = new Map<number, number>();
  const text = latin1(new Uint8Array(256).map((_, i) => i));
  if (text.length === 256) for (let b = 0; b < 256; b++) if (!m.has(text.charCodeAt(b))) m.set(text.charCodeAt(b), b);
  return m;
})();

/** A needle as the bytes whose view it is, or null when no byte sequence reads as it. */
function needleBytes(needle: string): Uint8Array | null {
  const out = new Uint8Array(needle.length);
  for (let i = 0; i < needle.length; i++) {
    const b = VIEW_BYTE.get(needle.charCodeAt(i));
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

/** A needle prepared once for the repeated searches of one multipart body. */
interface Needle {
  readonly text: string;
  /** The bytes whose view it is; null when no byte sequence reads as it (it never matches bytes). */
  readonly bytes: Uint8Array | null;
  /** Boyer-Moore-Horspool shift per byte value (needles of two bytes or more). */
  readonly shift: readonly number[] | null;
}

function prepareNeedle(text: string): Needle {
  const bytes = needleBytes(text);
  let shift: number[] | null = null;
  if (bytes && bytes.length > 1) {
    const m = bytes.length;
    shift = new Array<number>(256).fill(m);
    for (let k = 0; k < m - 1; k++) shift[bytes[k] as number] = m - 1 - k;
  }
  return { text, bytes, shift };
}

const LF_NEEDLE = prepareNeedle('\n');

/**
 * First index ≥ from where the needle lies wholly before `end`, or -1. Multi-byte needles are found
 * with Boyer-Moore-Horspool: a boundary search skips about a boundary's length per step instead of
 * stopping at every line break of a large base64 or HTML part.
 */
function indexIn(s: Source, n: Needle, from: number, end: number): number {
  if (!s.bytes) {
    const i = s.src.indexOf(n.text, from);
    return i >= 0 && i + n.text.length <= end ? i : -1;
  }
  const hay = s.bytes;
  const nb = n.bytes;
  if (!nb) return -1;
  const m = nb.length;
  if (m === 0) return Math.min(from, hay.length) <= end ? Math.min(from, hay.length) : -1;
  if (m === 1 || !n.shift) {
    const i = hay.indexOf(nb[0] as number, from);
    return i >= 0 && i + m <= end ? i : -1;
  }
  const shift = n.shift;
  const lastByte = nb[m - 1] as number;
  const last = Math.min(end, hay.length) - m;
  for (let i = Math.max(0, from); i <= last; ) {
    const c = hay[i + m - 1] as number;
    if (c === lastByte) {
      let k = 0;
      while (k < m - 1 && hay[i + k] === nb[k]) k++;
      if (k === m - 1) return i;
    }
    i += shift[c] as number;
  }
  return -1;
}

function startsWithAt(s: Source, n: Needle, pos: number): boolean {
  return indexIn(s, n, pos, pos + n.text.length) === pos;
}

function headerBlockOf(s: Source, start: number, end: number): ReturnType<typeof parseHeaderBlock> {
  // The byte form parses exactly like the byte-view string form (same boundary, same decoding).
  return parseHeaderBlock(s.bytes ? s.bytes.subarray(start, end) : s.src.slice(start, end));
}

function walk(s: Source, start: number, end: number, headers: readonly HeaderField[], depth: number, st: WalkState, out: AttachmentInfo[]): void {
  st.parts++;
  if (st.parts > st.limits.maxParts) {
    limitOnce(st, { limit: 'mime-parts', value: st.parts, max: st.limits.maxParts });
    return;
  }
  const src = s.src;
  const bytesIn = s.bytes;
  const ct = parseContentType(headerValue(headers, 'content-type'));
  const cte = (headerValue(headers, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  const disp = parseParams(headerValue(headers, 'content-disposition') ?? '');
  const filename = disp.params.get('filename') ?? ct.params.get('name') ?? null;
  if (ct.type.startsWith('multipart/')) {
    if (depth >= st.limits.maxDepth) {
      limitOnce(st, { limit: 'mime-depth', value: depth + 1, max: st.limits.maxDepth });
      return;
    }
    const boundary = ct.params.get('boundary');
    if (!boundary) return;
    const delim = '--' + boundary;
    const delimNeedle = prepareNeedle(delim);
    const closeNeedle = prepareNeedle(delim + '--');
    const nextNeedle = prepareNeedle('\n' + delim);
    // Searches within [start, end): a match must lie wholly inside the range.
    const find = (needle: Needle, from: number): number => indexIn(s, needle, from, end);
    let pos = find(delimNeedle, start);
    while (pos >= 0) {
      const lineEnd = find(LF_NEEDLE, pos);
      if (lineEnd < 0) break;
      if (pos + delim.length + 2 <= end && startsWithAt(s, closeNeedle, pos)) break;
      const next = find(nextNeedle, lineEnd);
      let partEnd = next < 0 ? end : next;
      const partStart = lineEnd + 1;
      if (partEnd > partStart && (bytesIn ? bytesIn[partEnd - 1] : src.charCodeAt(partEnd - 1)) === 0x0d) partEnd--;
      const hb = headerBlockOf(s, partStart, partEnd);
      walk(s, Math.min(partStart + hb.bodyOffset, partEnd), partEnd, hb.headers, depth + 1, st, out);
      if (st.parts > st.limits.maxParts) return;
      if (next < 0) break;
      pos = next + 1;
    }
    return;
  }
  if (ct.type === 'message/rfc822' && depth < st.limits.maxDepth) {
    const hb = headerBlockOf(s, start, end);
    const nested: AttachmentInfo[] = [];
    const inner: WalkState = { ...st, texts: [], htmls: [] };
    walk(s, Math.min(start + hb.bodyOffset, end), end, hb.headers, depth + 1, inner, nested);
    st.parts = inner.parts;
    st.textBytes = inner.textBytes;
    const name = filename ?? decodeEncodedWords(headerValue(hb.headers, 'subject') ?? 'message') + '.eml';
    const message: { headers: HeaderField[]; text?: string; html?: string } = { headers: [...hb.headers] };
    if (inner.texts.length) message.text = inner.texts.join('\n');
    if (inner.htmls.length) message.html = inner.htmls.join('\n');
    // Its bytes too, as a client hands an attached message over (an .eml): the Outlook adapter reads them.
    const max = st.limits.maxAttachmentBytes;
    const bytes = s.bytes ? decodeRange(s.bytes, start, end, cte, max, true) : decodeBody(src.slice(start, end), cte, max);
    pushAttachment(st, out, { filename: name, contentType: ct.type, size: end - start, disposition: 'attachment', bytes, nested, message });
    return;
  }
  const isAttachment = disp.value === 'attachment' || (filename !== null && !ct.type.startsWith('text/')) ||
    (!ct.type.startsWith('text/') && !ct.type.startsWith('multipart/'));
  if (!isAttachment && (ct.type === 'text/plain' || ct.type === 'text/html')) {
    const room = st.limits.maxBodyBytes - st.textBytes;
    if (room <= 0) {
      limitOnce(st, { limit: 'body-bytes', value: st.textBytes + (end - start), max: st.limits.maxBodyBytes });
      return;
    }
    const bytes = s.bytes ? decodeRange(s.bytes, start, end, cte, room, false) : decodeBody(src.slice(start, end), cte, room);
    st.textBytes += bytes.length;
    const text = decodeBytes(bytes, ct.params.get('charset'));
    (ct.type === 'text/html' ? st.htmls : st.texts).push(ct.type === 'text/plain' ? withoutUuFiles(text, st, out) : text);
    return;
  }
  const max = st.limits.maxAttachmentBytes;
  const bytes = s.bytes ? decodeRange(s.bytes, start, end, cte, max, true) : decodeBody(src.slice(start, end), cte, max);
  // Exact when everything was decoded; an estimate (76-char lines) when the cap cut it short.
  const size = bytes.length < max ? bytes.length : cte === 'base64' ? Math.floor(((end - start) * 3 * 76) / (4 * 78)) : end - start;
  if (size > bytes.length) limitOnce(st, { limit: 'attachment-bytes', value: size, max });
  const info: AttachmentInfo = {
    filename,
    contentType: ct.type,
    size,
    disposition: disp.value === 'inline' ? 'inline' : 'attachment',
    bytes,
  };
  pushAttachment(st, out, info);
}

/** The text without its uuencoded blocks, which become attachments (uuencode.ts). */
function withoutUuFiles(text: string, st: WalkState, out: AttachmentInfo[]): string {
  const lifted = liftUuFiles(text, st.limits.maxAttachmentBytes);
  if (lifted.cut !== null) limitOnce(st, { limit: 'attachment-bytes', value: lifted.cut, max: st.limits.maxAttachmentBytes });
  for (const f of lifted.files) pushAttachment(st, out, f);
  return lifted.text;
}

function pushAttachment(st: WalkState, out: AttachmentInfo[], info: AttachmentInfo): void {
  if (out.length >= st.limits.maxAttachments) {
    limitOnce(st, { limit: 'attachments', value: out.length + 1, max: st.limits.maxAttachments });
    return;
  }
  out.push(info);
}

/** Walks the body of a message whose top-level headers are already parsed. */
export function parseMimeBody(body: Uint8Array | string, headers: readonly HeaderField[], limits: MimeLimits = {}): MimeResult {
  const st: WalkState = {
    parts: 0,
    textBytes: 0,
    texts: [],
    htmls: [],
    limitsHit: [],
    limits: { ...DEFAULT_MIME_LIMITS, ...limits },
  };
  const source: Source = typeof body === 'string' ? { src: body, bytes: null } : { src: '', bytes: body };
  const attachments: AttachmentInfo[] = [];
  walk(source, 0, body.length, headers, 0, st, attachments);
  const result: { text?: string; html?: string; attachments: AttachmentInfo[]; limitsHit: LimitHit[] } = {
    attachments,
    limitsHit: st.limitsHit,
  };
  if (st.texts.length) result.text = st.texts.join('\n');
  if (st.htmls.length) result.html = st.htmls.join('\n');
  return result;
}
