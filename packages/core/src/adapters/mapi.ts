import { stripNul } from '../attachment/bytes.js';
import { codePageCharset, decodeBytes, latin1 } from '../parse/charset.js';
import { decompressRtf, htmlFromRtf } from '../parse/rtf.js';
import type { OutlookAttachmentData, OutlookItemData } from './outlook.js';

/**
 * An Outlook item's MAPI properties ([MS-OXPROPS]) → the `OutlookItemData` that `fromOutlookItem`
 * judges, whichever file holds them: a `.msg` file's storages (msg.ts) or a PST's property
 * contexts and tables (pst.ts). One mapping, so that a mail is judged alike from either, and as
 * the Outlook add-in judges it open:
 * - header fields: the transport headers Outlook kept from delivery (`PR_TRANSPORT_MESSAGE_HEADERS`,
 *   Authentication-Results included). An item never received (a draft, a sent item) has none: its
 *   From, To, Cc, Subject, Date and Message-ID are then written from the sender, recipient,
 *   subject, submit time and message-id properties, and nothing else is made up;
 * - bodies: `PR_BODY` (plain text) and `PR_HTML` (decoded in `PR_INTERNET_CPID`'s charset), or,
 *   without `PR_HTML` (as many items saved from Outlook), the HTML encapsulated in the compressed
 *   RTF (`PR_RTF_COMPRESSED`, parse/rtf.ts). An RTF body written in Outlook itself encapsulates no
 *   HTML: the item is then judged on its text body;
 * - attachments: file name, media type, content-id (inline) and bytes; an attached Outlook item
 *   (`ATTACH_EMBEDDED_MSG`) as an attached message with its own header fields, bodies and
 *   attachments, to a depth of `MAX_DEPTH`.
 */

/** One MAPI object's properties: a message, an attachment or a recipient. */
export interface MapiProps {
  /** A string property: PT_UNICODE, else PT_STRING8 in `charset` (windows-1252 when unknown). */
  string(id: number, charset: string | undefined): string | undefined;
  /** A PT_BINARY property. */
  binary(id: number): Uint8Array | undefined;
  /** A PT_LONG property. */
  long(id: number): number | undefined;
  /** A PT_SYSTIME property: 100-nanosecond intervals since 1601-01-01 (a FILETIME). */
  time(id: number): number | undefined;
}

/** A message (the file's item, or an attached one). */
export interface MapiMessage extends MapiProps {
  /** Its recipients, in order (only the first `MAX_RECIPIENTS` are read). */
  recipients(): Iterable<MapiProps>;
  /** Its attachments, in order. */
  attachments(): Iterable<MapiAttachment>;
}

export interface MapiAttachment extends MapiProps {
  /** The attached Outlook item (`ATTACH_EMBEDDED_MSG`), or null for a file or an OLE object. */
  embedded(): MapiMessage | null;
}

/** Attached items inside attached items are read this deep. */
export const MAX_DEPTH = 5;

/** Recipients read for a synthesized header block (To and Cc). */
const MAX_RECIPIENTS = 100;

/** Property ids ([MS-OXPROPS]). */
export const PR = {
  messageClass: 0x001a,
  transportHeaders: 0x007d,
  subject: 0x0037,
  submitTime: 0x0039,
  sentRepresentingName: 0x0042,
  senderEmail: 0x0c1f,
  senderName: 0x0c1a,
  sentRepresentingEmail: 0x0065,
  recipientType: 0x0c15,
  body: 0x1000,
  rtfCompressed: 0x1009,
  html: 0x1013,
  messageId: 0x1035,
  displayName: 0x3001,
  emailAddress: 0x3003,
  smtpAddress: 0x39fe,
  internetCpid: 0x3fde,
  messageCodepage: 0x3ffd,
  senderSmtp: 0x5d01,
  sentRepresentingSmtp: 0x5d02,
  attachData: 0x3701,
  attachMethod: 0x3705,
  attachFilename: 0x3704,
  attachLongFilename: 0x3707,
  attachMimeTag: 0x370e,
  attachContentId: 0x3712,
} as const;

/** The data `fromOutlookItem` takes for a message; attachments past `maxAttachments` are counted, not read. */
export function itemData(m: MapiMessage, depth: number, maxAttachments: number): OutlookItemData {
  const cp = m.long(PR.internetCpid) ?? m.long(PR.messageCodepage);
  const charset = cp === undefined ? undefined : codePageCharset(cp);

  let headers = m.string(PR.transportHeaders, charset) ?? '';
  if (!/\S/.test(headers)) headers = synthesizedHeaders(m, charset);
  const data: { -readonly [K in keyof OutlookItemData]: OutlookItemData[K] } = { internetHeaders: asByteView(headers), attachments: [] };
  const text = m.string(PR.body, charset);
  if (text !== undefined) data.bodyText = text;
  const htmlBytes = m.binary(PR.html);
  const html = htmlBytes ? decodeBytes(htmlBytes, charset) : (m.string(PR.html, charset) ?? htmlInRtf(m.binary(PR.rtfCompressed)));
  if (html !== undefined) data.bodyHtml = html;

  const attachments: OutlookAttachmentData[] = [];
  for (const a of m.attachments()) {
    const contentId = a.string(PR.attachContentId, charset);
    const name = a.string(PR.attachLongFilename, charset) ?? a.string(PR.attachFilename, charset) ?? a.string(PR.displayName, charset) ?? '';
    const embedded = a.embedded();
    if (embedded) {
      const entry: { -readonly [K in keyof OutlookAttachmentData]: OutlookAttachmentData[K] } = { name, contentType: 'message/rfc822', size: -1, isInline: false };
      if (depth < MAX_DEPTH && attachments.length < maxAttachments) entry.item = itemData(embedded, depth + 1, maxAttachments);
      attachments.push(entry);
      continue;
    }
    // Past the attachments analysed, only their number counts (the limit is reported with it).
    const content = attachments.length < maxAttachments ? a.binary(PR.attachData) : undefined;
    const entry: { -readonly [K in keyof OutlookAttachmentData]: OutlookAttachmentData[K] } = {
      name,
      contentType: a.string(PR.attachMimeTag, charset) ?? 'application/octet-stream',
      size: content ? content.length : -1,
      isInline: contentId !== undefined && contentId !== '',
    };
    if (content) entry.content = content;
    attachments.push(entry);
  }
  data.attachments = attachments;
  return data;
}

/**
 * Header text as `parseHeaderBlock` reads a string: one whose characters all fit in a byte is raw
 * bytes to it (MIME part headers), decoded again, so text that is already text (transport headers
 * are Unicode: `Mädchen`, `T-Mobile®`) would be read as Shift_JIS. Non-ASCII text is therefore
 * handed over as its UTF-8 bytes in that byte form, which decodes back to itself.
 */
function asByteView(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? latin1(new TextEncoder().encode(text)) : text;
}

/** The HTML that a `PR_RTF_COMPRESSED` value encapsulates, if it does. */
function htmlInRtf(compressed: Uint8Array | undefined): string | undefined {
  const rtf = compressed ? decompressRtf(compressed) : null;
  return (rtf && htmlFromRtf(rtf)) ?? undefined;
}

/**
 * A string property's value: PT_UNICODE (UTF-16LE) when `unicode`, else PT_STRING8 in the item's
 * code page (windows-1252 when it states none); without the NULs some writers end it with (the
 * spec says not to).
 */
export function propertyString(bytes: Uint8Array, unicode: boolean, charset: string | undefined): string {
  return stripNul(decodeBytes(bytes, unicode ? 'utf-16le' : (charset ?? 'windows-1252')));
}

/** The recipients of an item, as To and Cc mailboxes (`"name" <address>`). */
function recipientsOf(m: MapiMessage, charset: string | undefined): { readonly to: string[]; readonly cc: string[] } {
  const to: string[] = [];
  const cc: string[] = [];
  let n = 0;
  for (const r of m.recipients()) {
    if (++n > MAX_RECIPIENTS) break;
    const type = r.long(PR.recipientType);
    const mailbox = mailboxOf(r.string(PR.displayName, charset), r.string(PR.smtpAddress, charset) ?? smtpOnly(r.string(PR.emailAddress, charset)));
    if (mailbox && type === 1) to.push(mailbox);
    else if (mailbox && type === 2) cc.push(mailbox);
  }
  return { to, cc };
}

const clean = (s: string): string => s.replace(/[\r\n]+/g, ' ').trim();

/** `"name" <address>` (the name left out when it is the address), or null without an address. */
function mailboxOf(name: string | undefined, address: string | undefined): string | null {
  if (!address) return null;
  return `${name && clean(name) !== address ? `"${clean(name).replace(/["\\]/g, '')}" ` : ''}<${clean(address)}>`;
}

/** A header block for an item with no transport headers: only what its properties state. */
function synthesizedHeaders(m: MapiMessage, charset: string | undefined): string {
  const s = (id: number): string | undefined => m.string(id, charset);
  const lines: string[] = [];
  const address = s(PR.sentRepresentingSmtp) ?? s(PR.senderSmtp) ?? smtpOnly(s(PR.sentRepresentingEmail)) ?? smtpOnly(s(PR.senderEmail));
  const from = mailboxOf(s(PR.sentRepresentingName) ?? s(PR.senderName), address);
  if (from) lines.push(`From: ${from}`);
  const recipients = recipientsOf(m, charset);
  if (recipients.to.length > 0) lines.push(`To: ${recipients.to.join(', ')}`);
  if (recipients.cc.length > 0) lines.push(`Cc: ${recipients.cc.join(', ')}`);
  const subject = s(PR.subject);
  if (subject !== undefined) lines.push(`Subject: ${clean(subject)}`);
  const submitTime = m.time(PR.submitTime);
  if (submitTime !== undefined && submitTime > 0) {
    const d = new Date(submitTime / 10_000 - 11_644_473_600_000);
    if (!Number.isNaN(d.getTime())) lines.push(`Date: ${d.toUTCString().replace('GMT', '+0000')}`);
  }
  const id = s(PR.messageId);
  if (id) lines.push(`Message-ID: ${clean(id)}`);
  return lines.length > 0 ? `${lines.join('\r\n')}\r\n` : '';
}

/** An Exchange sender is an X.500 name (`/O=…/CN=…`): only an SMTP address is an address here. */
function smtpOnly(s: string | undefined): string | undefined {
  return s && /^[^\s@<>/]+@[^\s@<>]+$/.test(s) ? s : undefined;
}
