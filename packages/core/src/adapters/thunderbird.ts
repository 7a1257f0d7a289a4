import { decodeBytes } from '../parse/charset.js';
import type { AttachmentInfo, HeaderField, LimitHit, MessageInput, Unavailable } from '../model/message.js';
import { DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_HEADER_COUNT } from '../parse/header-block.js';
import { DEFAULT_MIME_LIMITS } from '../parse/mime.js';

/**
 * A header dictionary as Thunderbird gives it: lower-case name → every occurrence, in order.
 * It comes from the host, so it is read with `Object.entries` and never indexed by a header name.
 */
export type ThunderbirdHeaderDictionary = Readonly<Record<string, readonly string[]>>;

/**
 * One part of a message, structurally the same as Thunderbird's `messages.MessagePart`
 * (`messenger.messages.getFull(id, options)`), so a `getFull` result can be passed as it is.
 * No Thunderbird typings are needed: only the fields read here are declared.
 */
export interface ThunderbirdMessagePart {
  /** `text/plain`, `multipart/alternative`… (Thunderbird drops the parameters). */
  readonly contentType?: string;
  /** RFC 2047-decoded headers (`getFull` default). */
  readonly headers?: ThunderbirdHeaderDictionary;
  /** Undecoded headers (`getFull(id, { decodeHeaders: false })`, Thunderbird 133+). Preferred. */
  readonly rawHeaders?: ThunderbirdHeaderDictionary;
  /** Decoded text of a `text/*` part (`decodeContent`, the default). */
  readonly body?: string;
  /** File name of an attachment part. */
  readonly name?: string;
  readonly partName?: string;
  /** Size in bytes, as Thunderbird reports it. */
  readonly size?: number;
  readonly parts?: readonly ThunderbirdMessagePart[];
}

/** What `messenger.messages.getFull()` returns for a whole message: the root part. */
export type ThunderbirdMessageData = ThunderbirdMessagePart;

export interface ThunderbirdAdapterOptions {
  readonly maxHeaderBytes?: number;
  readonly maxHeaderCount?: number;
  readonly maxDepth?: number;
  readonly maxParts?: number;
  readonly maxAttachments?: number;
  readonly maxBodyBytes?: number;
}

/** Unfolds a raw header value (RFC 5322 §2.2.3) and trims it, as the raw-message path does. */
function unfold(value: string): string {
  return value.replace(/\r?\n(?=[ \t])/g, '').replace(/[\r\n]+/g, ' ').trim();
}

function isStringArray(v: unknown): v is readonly string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Turns a header dictionary into wire-shaped fields, bounded by count and bytes. */
/**
 * Raw (undecoded) header values come as byte strings: one char per byte, so 8-bit UTF-8 or
 * Shift_JIS reads as mojibake. A value made only of chars ≤ 0xFF with some ≥ 0x80 is decoded the
 * way the core decodes raw header bytes; real text (chars above 0xFF) is left alone.
 */
function asText(value: string): string {
  let high = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0xff) return value;
    if (c >= 0x80) high = true;
  }
  if (!high) return value;
  const bytes = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i++) bytes[i] = value.charCodeAt(i);
  return decodeBytes(bytes, null);
}

function toFields(dict: ThunderbirdHeaderDictionary, maxCount: number, maxBytes: number, limitsHit: LimitHit[]): HeaderField[] {
  const fields: HeaderField[] = [];
  let bytes = 0;
  let seen = 0;
  let overBytes = false;
  for (const [rawName, values] of Object.entries(dict)) {
    if (!isStringArray(values)) continue;
    const name = rawName.trim().toLowerCase();
    if (!/^[\x21-\x39\x3b-\x7e]+$/.test(name)) continue;
    for (const v of values) {
      seen++;
      const value = asText(unfold(v));
      bytes += name.length + value.length + 4;
      if (bytes > maxBytes) overBytes = true;
      if (overBytes || fields.length >= maxCount) continue;
      fields.push({ name, value });
    }
  }
  if (seen > maxCount) limitsHit.push({ limit: 'header-count', value: seen, max: maxCount });
  if (overBytes) limitsHit.push({ limit: 'header-bytes', value: bytes, max: maxBytes });
  return fields;
}

/** `text/plain; charset=…` → `text/plain`; Thunderbird usually gives the bare type already. */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? 'text/plain').split(';')[0]!.trim().toLowerCase() || 'text/plain';
}

/** The Content-Disposition of a part, from whichever header dictionary it has. */
function disposition(part: ThunderbirdMessagePart): 'attachment' | 'inline' | undefined {
  for (const dict of [part.rawHeaders, part.headers]) {
    if (!dict) continue;
    for (const [k, v] of Object.entries(dict)) {
      if (k.toLowerCase() !== 'content-disposition' || !isStringArray(v) || !v[0]) continue;
      const d = v[0].split(';')[0]!.trim().toLowerCase();
      if (d === 'attachment' || d === 'inline') return d;
    }
  }
  return undefined;
}

interface Walk {
  text?: string;
  html?: string;
  parts: number;
  attachments: number;
  bodyBytes: number;
  readonly limitsHit: LimitHit[];
}

function walk(part: ThunderbirdMessagePart, depth: number, st: Walk, lim: Required<ThunderbirdAdapterOptions>, out: AttachmentInfo[]): void {
  if (++st.parts > lim.maxParts) {
    if (st.parts === lim.maxParts + 1) st.limitsHit.push({ limit: 'mime-parts', value: st.parts, max: lim.maxParts });
    return;
  }
  if (depth > lim.maxDepth) {
    st.limitsHit.push({ limit: 'mime-depth', value: depth, max: lim.maxDepth });
    return;
  }
  const type = mediaType(part.contentType);
  const disp = disposition(part);
  const children = Array.isArray(part.parts) ? part.parts : [];
  const named = typeof part.name === 'string' && part.name !== '';
  if (type === 'message/rfc822' && depth > 0) {
    const nested: AttachmentInfo[] = [];
    const inner: Walk = { parts: st.parts, attachments: 0, bodyBytes: st.bodyBytes, limitsHit: st.limitsHit };
    for (const c of children) walk(c, depth + 1, inner, lim, nested);
    st.parts = inner.parts;
    st.bodyBytes = inner.bodyBytes;
    // The attached message's own header fields and text, as `.eml` input keeps them.
    const dict = part.rawHeaders ?? part.headers;
    const message: { headers: HeaderField[]; text?: string; html?: string } = { headers: dict ? toFields(dict, lim.maxHeaderCount, lim.maxHeaderBytes, []) : [] };
    if (inner.text !== undefined) message.text = inner.text;
    if (inner.html !== undefined) message.html = inner.html;
    pushAttachment(st, lim, out, { filename: named ? part.name! : null, contentType: type, size: sizeOf(part), disposition: disp ?? 'attachment', nested, message });
    return;
  }
  // getFull's root part is `message/rfc822` (the message itself): its children are the body.
  if (type.startsWith('multipart/') || (type === 'message/rfc822' && depth === 0)) {
    for (const c of children) walk(c, depth + 1, st, lim, out);
    return;
  }
  const isBodyText = (type === 'text/plain' || type === 'text/html') && !named && disp !== 'attachment';
  if (isBodyText) {
    const body = typeof part.body === 'string' ? part.body : '';
    const room = Math.max(0, lim.maxBodyBytes - st.bodyBytes);
    const kept = body.length > room ? body.slice(0, room) : body;
    if (kept.length < body.length) st.limitsHit.push({ limit: 'body-bytes', value: st.bodyBytes + body.length, max: lim.maxBodyBytes });
    st.bodyBytes += kept.length;
    if (type === 'text/plain' && st.text === undefined) st.text = kept;
    else if (type === 'text/html' && st.html === undefined) st.html = kept;
    return;
  }
  // The root of a single-part message that is not text is the attachment itself.
  pushAttachment(st, lim, out, { filename: named ? part.name! : null, contentType: type, size: sizeOf(part), ...(disp ? { disposition: disp } : {}) });
}

function sizeOf(part: ThunderbirdMessagePart): number | null {
  return typeof part.size === 'number' && Number.isFinite(part.size) && part.size >= 0 ? part.size : null;
}

function pushAttachment(st: Walk, lim: Required<ThunderbirdAdapterOptions>, out: AttachmentInfo[], a: AttachmentInfo): void {
  if (++st.attachments > lim.maxAttachments) {
    if (st.attachments === lim.maxAttachments + 1) st.limitsHit.push({ limit: 'attachments', value: st.attachments, max: lim.maxAttachments });
    return;
  }
  out.push(a);
}

/**
 * Thunderbird `messages.getFull()` data → MessageInput. The fallback of the Thunderbird add-in
 * when `messages.getRaw()` fails; `getRaw` + `fromRawMessage` stays the preferred path.
 *
 * Headers: `rawHeaders` (from `getFull(id, { decodeHeaders: false })`) are preferred, because the
 * default `headers` come RFC 2047-decoded, and decoding a mailbox list before parsing it corrupts
 * its structure (house style 3.8). Decoded headers are used only when raw ones are absent.
 * Header order across different names is the dictionary's order; within one name it is kept.
 *
 * Bodies: the first `text/plain` and `text/html` parts that are not attachments. Attachments:
 * name, media type and size; `getFull` gives no content, so byte-level checks are skipped.
 *
 * @example
 * const full = await messenger.messages.getFull(id, { decodeHeaders: false });
 * const verdict = analyze(fromThunderbirdMessage(full));
 */
export function fromThunderbirdMessage(data: ThunderbirdMessageData, options: ThunderbirdAdapterOptions = {}): MessageInput {
  const lim: Required<ThunderbirdAdapterOptions> = {
    maxHeaderBytes: options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES,
    maxHeaderCount: options.maxHeaderCount ?? DEFAULT_MAX_HEADER_COUNT,
    maxDepth: options.maxDepth ?? DEFAULT_MIME_LIMITS.maxDepth,
    maxParts: options.maxParts ?? DEFAULT_MIME_LIMITS.maxParts,
    maxAttachments: options.maxAttachments ?? DEFAULT_MIME_LIMITS.maxAttachments,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MIME_LIMITS.maxBodyBytes,
  };
  const limitsHit: LimitHit[] = [];
  const unavailable: Unavailable[] = [];
  const dict = data.rawHeaders ?? data.headers;
  if (!dict) unavailable.push({ what: 'headers', reason: 'Thunderbird getFull returned no headers' });
  const headers = dict ? toFields(dict, lim.maxHeaderCount, lim.maxHeaderBytes, limitsHit) : [];

  const st: Walk = { parts: 0, attachments: 0, bodyBytes: 0, limitsHit };
  const attachments: AttachmentInfo[] = [];
  const hasContent = Array.isArray(data.parts) || typeof data.body === 'string';
  if (hasContent) walk(data, 0, st, lim, attachments);
  else {
    unavailable.push({ what: 'body', reason: 'Thunderbird getFull returned no parts' });
    unavailable.push({ what: 'attachments', reason: 'Thunderbird getFull returned no parts' });
  }
  unavailable.push({ what: 'attachment-bytes', reason: 'Thunderbird getFull gives no attachment content' });

  const bodies: { text?: string; html?: string } = {};
  if (st.text !== undefined) bodies.text = st.text;
  if (st.html !== undefined) bodies.html = st.html;
  return {
    source: 'thunderbird',
    headers,
    ...(hasContent ? { bodies, attachments } : {}),
    unavailable,
    limitsHit,
  };
}
