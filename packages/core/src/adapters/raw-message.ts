import type { AttachmentInfo, LimitHit, MessageInput } from '../model/message.js';
import type { Limits } from '../model/options.js';
import { parseHeaderBlock } from '../parse/header-block.js';
import { parseMimeBody, type MimeLimits, type MimeResult } from '../parse/mime.js';
import { withOutlookItems } from './msg.js';

export interface RawMessageOptions extends MimeLimits, Limits {
  readonly source?: MessageInput['source'];
}

/**
 * A whole RFC 5322 message (`.eml` bytes, Thunderbird `getRaw`, Outlook `getAsFileAsync`) → MessageInput.
 * Headers are split at once; the body is walked only when a check first asks for it.
 *
 * @example
 * const verdict = analyze(fromRawMessage(new TextEncoder().encode(eml)));
 */
export function fromRawMessage(raw: Uint8Array | string, options: RawMessageOptions = {}): MessageInput {
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  const hb = parseHeaderBlock(bytes, options);
  let mime: MimeResult | undefined;
  let bodies: { text?: string; html?: string } | undefined;
  let attachments: readonly AttachmentInfo[] | undefined;
  const body = (): MimeResult => {
    const limits: MimeLimits = {
      ...options,
      ...(options.maxMimeDepth !== undefined ? { maxDepth: options.maxMimeDepth } : {}),
      ...(options.maxMimeParts !== undefined ? { maxParts: options.maxMimeParts } : {}),
    };
    mime ??= parseMimeBody(bytes.subarray(hb.bodyOffset), hb.headers, limits);
    return mime;
  };
  return {
    source: options.source ?? 'eml',
    headers: hb.headers,
    headerSyntax: hb.syntax,
    get bodies() {
      // Built once: a dozen checks read it per message.
      if (bodies) return bodies;
      const m = body();
      const b: { text?: string; html?: string } = {};
      if (m.text !== undefined) b.text = m.text;
      if (m.html !== undefined) b.html = m.html;
      bodies = b;
      return b;
    },
    get attachments(): readonly AttachmentInfo[] {
      // An Outlook item attached as a .msg file is read as an attached message (adapters/msg.ts).
      attachments ??= withOutlookItems(body().attachments);
      return attachments;
    },
    get limitsHit(): readonly LimitHit[] {
      return mime ? [...hb.limitsHit, ...mime.limitsHit] : hb.limitsHit;
    },
  };
}
