import type { AttachmentInfo, LimitHit, MessageInput, Unavailable } from '../model/message.js';
import { parseHeaderBlock } from '../parse/header-block.js';
import { decodeBase64 } from '../parse/transfer-encoding.js';
import { withOutlookItems } from './msg.js';
import { fromRawMessage } from './raw-message.js';

/**
 * One entry of Outlook's `item.attachments` (Mailbox 1.1), plus its content where the add-in could
 * read it with `item.getAttachmentContentAsync` (Mailbox 1.8). Structural: no Office typings.
 */
export interface OutlookAttachmentData {
  readonly name: string;
  readonly contentType: string;
  /** Size in bytes as Outlook reports it. */
  readonly size: number;
  readonly isInline: boolean;
  /** Base64 content (`AttachmentContentFormat.Base64`, or an `eml`/`iCalendar` string re-encoded by the host). */
  readonly contentBase64?: string;
  /** The content as bytes, when the host has them so (a `.msg` file's attachment, adapters/msg.ts). */
  readonly content?: Uint8Array;
  /** An attached Outlook item read as parts (a `.msg` file's embedded message): judged as an attached message. */
  readonly item?: OutlookItemData;
}

/**
 * What an Outlook task pane can gather for the open message (Mailbox 1.8, `ReadItem`).
 * Whatever the host could not read goes in `unavailable` with the reason it got from Outlook.
 */
export interface OutlookItemData {
  /** `item.getAllInternetHeadersAsync` result: the transport header block, encoded-words intact. */
  readonly internetHeaders: string;
  /** `item.body.getAsync(Office.CoercionType.Html)`. */
  readonly bodyHtml?: string;
  /** `item.body.getAsync(Office.CoercionType.Text)`. */
  readonly bodyText?: string;
  readonly attachments?: readonly OutlookAttachmentData[];
  readonly unavailable?: readonly Unavailable[];
}

export interface OutlookItemOptions {
  readonly maxHeaderBytes?: number;
  readonly maxHeaderCount?: number;
  /** Decoded bytes kept per attachment (default 8 MiB, as for `.eml` input). */
  readonly maxAttachmentBytes?: number;
  /** Attachments taken (default 100, as for `.eml` input). */
  readonly maxAttachments?: number;
}

const DEFAULT_MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;
const DEFAULT_MAX_ATTACHMENTS = 100;

/** An attached message as `analyze` reads it: its header fields, bodies and attachments. */
export function attached(m: MessageInput): Pick<AttachmentInfo, 'message' | 'nested'> {
  const message: { headers: MessageInput['headers']; text?: string; html?: string } = { headers: m.headers };
  if (m.bodies?.text !== undefined) message.text = m.bodies.text;
  if (m.bodies?.html !== undefined) message.html = m.bodies.html;
  return { message, nested: m.attachments ?? [] };
}

/** `Application/PDF; name="x"` → `application/pdf`. */
function mediaType(contentType: string): string {
  const t = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return t || 'application/octet-stream';
}

/**
 * Data read from an Outlook message in read mode → MessageInput. The header string goes through
 * the same `parseHeaderBlock` as `.eml` input, so header findings match the CLI's for the same
 * message. A source that is absent and not explained by `unavailable` is recorded as unavailable
 * ("not provided"), so its checks are reported as skipped, never as passed.
 *
 * @example
 * const input = fromOutlookItem({ internetHeaders: headers, bodyHtml: html, attachments: [] });
 * const verdict = analyze(input);
 */
export function fromOutlookItem(data: OutlookItemData, options: OutlookItemOptions = {}): MessageInput {
  // Outlook returns the header block alone; a stray leading blank line would read as "no headers".
  const raw = (data.internetHeaders ?? '').replace(/^(?:\r?\n)+/, '');
  const headerOptions: { maxHeaderBytes?: number; maxHeaderCount?: number } = {};
  if (options.maxHeaderBytes !== undefined) headerOptions.maxHeaderBytes = options.maxHeaderBytes;
  if (options.maxHeaderCount !== undefined) headerOptions.maxHeaderCount = options.maxHeaderCount;
  const hb = parseHeaderBlock(raw, headerOptions);

  const unavailable: Unavailable[] = [...(data.unavailable ?? [])];
  const missing = (what: Unavailable['what']) => !unavailable.some((u) => u.what === what);
  if (hb.headers.length === 0 && missing('headers')) unavailable.push({ what: 'headers', reason: 'no header fields provided' });

  const bodies: { text?: string; html?: string } = {};
  if (typeof data.bodyHtml === 'string') bodies.html = data.bodyHtml;
  if (typeof data.bodyText === 'string') bodies.text = data.bodyText;
  const hasBody = bodies.html !== undefined || bodies.text !== undefined;
  if (!hasBody && missing('body')) unavailable.push({ what: 'body', reason: 'body not provided' });

  const limitsHit: LimitHit[] = [...hb.limitsHit];
  let attachments: AttachmentInfo[] | undefined;
  if (data.attachments) {
    const maxBytes = options.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
    const maxCount = options.maxAttachments ?? DEFAULT_MAX_ATTACHMENTS;
    if (data.attachments.length > maxCount) {
      limitsHit.push({ limit: 'attachments', value: data.attachments.length, max: maxCount });
    }
    attachments = data.attachments.slice(0, maxCount).map((a) => {
      const size = Number.isFinite(a.size) && a.size >= 0 ? a.size : null;
      const info: { -readonly [K in keyof AttachmentInfo]: AttachmentInfo[K] } = {
        filename: typeof a.name === 'string' && a.name !== '' ? a.name : null,
        contentType: mediaType(a.contentType ?? ''),
        size,
        disposition: a.isInline ? 'inline' : 'attachment',
      };
      if (a.item) Object.assign(info, attached(fromOutlookItem(a.item, options)));
      if (a.content || typeof a.contentBase64 === 'string') {
        info.bytes = a.content ? a.content.subarray(0, maxBytes) : decodeBase64(a.contentBase64 ?? '', maxBytes);
        // An attached message (an Outlook item attachment, read as .eml): its own headers, text and attachments.
        if (info.contentType === 'message/rfc822' && !a.item) Object.assign(info, attached(fromRawMessage(info.bytes)));
        if (size !== null && size > maxBytes && !limitsHit.some((l) => l.limit === 'attachment-bytes')) {
          limitsHit.push({ limit: 'attachment-bytes', value: size, max: maxBytes });
        }
      }
      return info;
    });
    // Contents the host could not read: the byte-level checks are skipped, not passed.
    const withoutBytes = attachments.filter((a) => a.bytes === undefined).length;
    if (attachments.length > 0 && withoutBytes === attachments.length && missing('attachment-bytes')) {
      unavailable.push({ what: 'attachment-bytes', reason: 'attachment contents not provided' });
    }
  } else if (missing('attachments')) {
    unavailable.push({ what: 'attachments', reason: 'attachment list not provided' });
  }

  const input: { -readonly [K in keyof MessageInput]: MessageInput[K] } = {
    source: 'outlook',
    headers: hb.headers,
    headerSyntax: hb.syntax,
    limitsHit,
  };
  if (hasBody) input.bodies = bodies;
  // A .msg file attached to the mail is read as an attached message, as in `.eml` input.
  if (attachments) input.attachments = withOutlookItems(attachments);
  if (unavailable.length > 0) input.unavailable = unavailable;
  return input;
}
