import { isCfb, openCompoundFile, type CfbNode, type CompoundFile } from '../attachment/cfb.js';
import { u32 } from '../attachment/bytes.js';
import { codePageCharset, decodeBytes, latin1 } from '../parse/charset.js';
import { decompressRtf, htmlFromRtf } from '../parse/rtf.js';
import type { AttachmentInfo, MessageInput } from '../model/message.js';
import { attached, fromOutlookItem, type OutlookAttachmentData, type OutlookItemData, type OutlookItemOptions } from './outlook.js';

/**
 * An Outlook `.msg` file ([MS-OXMSG]: MAPI properties in an OLE compound file, [MS-CFB]) →
 * MessageInput, through the same `fromOutlookItem` as the Outlook add-in's data, so a message saved
 * from Outlook is judged as the add-in judges it open:
 * - header fields: the transport headers Outlook kept from delivery (`PR_TRANSPORT_MESSAGE_HEADERS`,
 *   Authentication-Results included). A message that was never received (a draft, a sent item)
 *   has none: its From, To, Cc, Subject, Date and Message-ID are then written from the sender,
 *   recipient, subject, submit time and message-id properties, and nothing else is made up;
 * - bodies: `PR_BODY` (plain text) and `PR_HTML` (decoded in `PR_INTERNET_CPID`'s charset), or,
 *   when a file has no `PR_HTML` (as many saved from Outlook), the HTML encapsulated in its
 *   compressed RTF (`PR_RTF_COMPRESSED`, parse/rtf.ts). An RTF body written in Outlook itself
 *   encapsulates no HTML: the message is then judged on its text body;
 * - attachments: file name, media type, content-id (inline) and bytes; an attached Outlook item
 *   (`ATTACH_EMBEDDED_MSG`) as an attached message with its own header fields, bodies and
 *   attachments, as a message/rfc822 part of an `.eml` (a phishing mail forwarded as an
 *   attachment), to a depth of `MAX_DEPTH`.
 *
 * Returns null when the bytes are no compound file or hold no message (a Word or Excel file, a
 * Windows Installer package): the caller reports those as unsupported.
 */
export function fromOutlookMsg(bytes: Uint8Array, options: OutlookItemOptions = {}): MessageInput | null {
  return readOutlookMsg(bytes, options)?.input ?? null;
}

/**
 * The same, and whether the file is damaged: cut short, or a sector chain or the directory broken,
 * so that some of what it states could not be read (the input then holds what could). A batch
 * scanner reports such a file rather than judge what is left of it.
 */
export function readOutlookMsg(bytes: Uint8Array, options: OutlookItemOptions = {}): { readonly input: MessageInput; readonly damaged: boolean } | null {
  const cf = openCompoundFile(bytes);
  if (!cf || !isMessage(cf.root)) return null;
  const input = fromOutlookItem(itemOf(cf, cf.root, 32, 0, options.maxAttachments ?? DEFAULT_MAX_ATTACHMENTS), options);
  return { input, damaged: cf.damaged() };
}

/**
 * A mail's attachments with each attached `.msg` file (an Outlook item attached as a file:
 * `application/vnd.ms-outlook`, or a name ending in `.msg`) read as an attached message, with its
 * header fields, bodies and attachments, as a message/rfc822 part is: a phishing mail sent on to
 * the help desk that way is judged on its own (forwarded-message checks). Others are unchanged.
 */
export function withOutlookItems(list: readonly AttachmentInfo[]): readonly AttachmentInfo[] {
  // A .msg file attached to an item read from a .msg file attached to … is read MAX_DEPTH deep.
  if (nesting >= MAX_DEPTH || !list.some(isAttachedMsg)) return list;
  nesting++;
  try {
    return list.map((a) => {
      const m = isAttachedMsg(a) ? fromOutlookMsg(a.bytes as Uint8Array) : null;
      return m ? { ...a, ...attached(m) } : a;
    });
  } finally {
    nesting--;
  }
}

/** How many `withOutlookItems` calls are under way (each reads the next level synchronously). */
let nesting = 0;

function isAttachedMsg(a: AttachmentInfo): boolean {
  return !a.message && a.bytes !== undefined && isCfb(a.bytes) && (a.contentType === 'application/vnd.ms-outlook' || /\.msg$/i.test(a.filename ?? ''));
}

/** As `fromOutlookItem`'s default (and `.eml` input's). */
const DEFAULT_MAX_ATTACHMENTS = 100;

/** Attached items inside attached items are read this deep (a loop of storages cannot recur: the tree places each entry once). */
const MAX_DEPTH = 5;

const PROPERTIES = '__properties_version1.0';

function isMessage(storage: CfbNode): boolean {
  return storage.children.some((c) => c.name === PROPERTIES) && storage.children.some((c) => c.name.startsWith('__substg1.0_'));
}

/** One storage's fixed-size properties (PT_LONG, PT_SYSTIME …), by tag, from its property stream. */
function fixedProperties(cf: CompoundFile, storage: CfbNode, headerSize: number): Map<number, number> {
  const out = new Map<number, number>();
  const node = storage.children.find((c) => c.name === PROPERTIES);
  if (!node) return out;
  const b = cf.read(node);
  for (let o = headerSize; o + 16 <= b.length && out.size < 4096; o += 16) {
    const tag = u32(b, o);
    const type = tag & 0xffff;
    if (type === 0x0003 || type === 0x000b) out.set(tag, u32(b, o + 8) | 0);
    else if (type === 0x0040) out.set(tag, u32(b, o + 8) + u32(b, o + 12) * 0x100000000);
  }
  return out;
}

const PT_LONG = 0x0003;
const PT_SYSTIME = 0x0040;
const tagOf = (id: number, type: number): number => id * 0x10000 + type;

/** The properties of one message storage (the file's root, or an attached item's `__substg1.0_3701000D`). */
function itemOf(cf: CompoundFile, storage: CfbNode, headerSize: number, depth: number, maxAttachments: number): OutlookItemData {
  const fixed = fixedProperties(cf, storage, headerSize);
  const cp = fixed.get(tagOf(0x3fde, PT_LONG)) ?? fixed.get(tagOf(0x3ffd, PT_LONG));
  const charset = cp === undefined ? undefined : codePageCharset(cp);
  const props = new Props(cf, storage, charset);

  let headers = props.string(0x007d) ?? '';
  if (!/\S/.test(headers)) headers = synthesizedHeaders(props, fixed.get(tagOf(0x0039, PT_SYSTIME)), recipientsOf(cf, storage, charset));
  const data: { -readonly [K in keyof OutlookItemData]: OutlookItemData[K] } = { internetHeaders: asByteView(headers), attachments: [] };
  const text = props.string(0x1000);
  if (text !== undefined) data.bodyText = text;
  const htmlBytes = props.binary(0x1013);
  const html = htmlBytes ? decodeBytes(htmlBytes, charset) : (props.string(0x1013) ?? htmlInRtf(props.binary(0x1009)));
  if (html !== undefined) data.bodyHtml = html;

  const attachments: OutlookAttachmentData[] = [];
  for (const a of storage.children) {
    if (a.type !== 1 || !a.name.startsWith('__attach_version1.0_#')) continue;
    const ap = new Props(cf, a, charset);
    const contentId = ap.string(0x3712);
    const name = ap.string(0x3707) ?? ap.string(0x3704) ?? ap.string(0x3001) ?? '';
    // An attached item (ATTACH_EMBEDDED_MSG) is a message storage; an OLE object (ATTACH_OLE) is
    // a storage too, but holds no message: it is a file whose bytes are not read.
    const embedded = a.children.find((c) => c.name === '__substg1.0_3701000D' && c.type === 1);
    if (embedded && isMessage(embedded)) {
      const entry: { -readonly [K in keyof OutlookAttachmentData]: OutlookAttachmentData[K] } = { name, contentType: 'message/rfc822', size: -1, isInline: false };
      if (depth < MAX_DEPTH && attachments.length < maxAttachments) entry.item = itemOf(cf, embedded, 24, depth + 1, maxAttachments);
      attachments.push(entry);
      continue;
    }
    // Past the attachments analysed, only their number counts (the limit is reported with it).
    const content = attachments.length < maxAttachments ? ap.binary(0x3701) : undefined;
    const entry: { -readonly [K in keyof OutlookAttachmentData]: OutlookAttachmentData[K] } = {
      name,
      contentType: ap.string(0x370e) ?? 'application/octet-stream',
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
 * bytes to it (MIME part headers), decoded again, so text that is already text (a `.msg`'s
 * transport headers are Unicode: `Mädchen`, `T-Mobile®`) would be read as Shift_JIS. Non-ASCII
 * text is therefore handed over as its UTF-8 bytes in that byte form, which decodes back to itself.
 */
function asByteView(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? latin1(new TextEncoder().encode(text)) : text;
}

/** The HTML that a `PR_RTF_COMPRESSED` value encapsulates, if it does. */
function htmlInRtf(compressed: Uint8Array | undefined): string | undefined {
  const rtf = compressed ? decompressRtf(compressed) : null;
  return (rtf && htmlFromRtf(rtf)) ?? undefined;
}

/** The variable-length properties of a storage, read from their `__substg1.0_IIIITTTT` streams. */
class Props {
  readonly #streams = new Map<string, CfbNode>();
  constructor(
    private readonly cf: CompoundFile,
    storage: CfbNode,
    private readonly charset: string | undefined,
  ) {
    for (const c of storage.children) if (c.type === 2 && c.name.startsWith('__substg1.0_')) this.#streams.set(c.name.slice(12).toUpperCase(), c);
  }

  #bytes(id: number, type: number): Uint8Array | undefined {
    const key = (id.toString(16).padStart(4, '0') + type.toString(16).padStart(4, '0')).toUpperCase();
    const node = this.#streams.get(key);
    return node ? this.cf.read(node) : undefined;
  }

  /** A string property: PT_UNICODE (UTF-16LE), else PT_STRING8 in the message's code page. */
  string(id: number): string | undefined {
    const w = this.#bytes(id, 0x001f);
    if (w) return stripNul(decodeBytes(w, 'utf-16le'));
    const a = this.#bytes(id, 0x001e);
    return a ? stripNul(decodeBytes(a, this.charset ?? 'windows-1252')) : undefined;
  }

  binary(id: number): Uint8Array | undefined {
    return this.#bytes(id, 0x0102);
  }
}

/** Some writers end string properties with a NUL (the spec says not to). */
function stripNul(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** The recipients of an item, as To and Cc mailboxes (`"name" <address>`), from its recipient storages. */
function recipientsOf(cf: CompoundFile, storage: CfbNode, charset: string | undefined): { readonly to: string[]; readonly cc: string[] } {
  const to: string[] = [];
  const cc: string[] = [];
  for (const r of storage.children) {
    if (r.type !== 1 || !r.name.startsWith('__recip_version1.0_#') || to.length + cc.length >= 100) continue;
    const p = new Props(cf, r, charset);
    const type = fixedProperties(cf, r, 8).get(tagOf(0x0c15, PT_LONG));
    const mailbox = mailboxOf(p.string(0x3001), p.string(0x39fe) ?? smtpOnly(p.string(0x3003)));
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
function synthesizedHeaders(p: Props, submitTime: number | undefined, recipients: { readonly to: string[]; readonly cc: string[] }): string {
  const lines: string[] = [];
  const address = p.string(0x5d02) ?? p.string(0x5d01) ?? smtpOnly(p.string(0x0065)) ?? smtpOnly(p.string(0x0c1f));
  const from = mailboxOf(p.string(0x0042) ?? p.string(0x0c1a), address);
  if (from) lines.push(`From: ${from}`);
  if (recipients.to.length > 0) lines.push(`To: ${recipients.to.join(', ')}`);
  if (recipients.cc.length > 0) lines.push(`Cc: ${recipients.cc.join(', ')}`);
  const subject = p.string(0x0037);
  if (subject !== undefined) lines.push(`Subject: ${clean(subject)}`);
  if (submitTime !== undefined && submitTime > 0) {
    const ms = submitTime / 10_000 - 11_644_473_600_000;
    const d = new Date(ms);
    if (!Number.isNaN(d.getTime())) lines.push(`Date: ${d.toUTCString().replace('GMT', '+0000')}`);
  }
  const id = p.string(0x1035);
  if (id) lines.push(`Message-ID: ${clean(id)}`);
  return lines.length > 0 ? `${lines.join('\r\n')}\r\n` : '';
}

/** An Exchange sender is an X.500 name (`/O=…/CN=…`): only an SMTP address is an address here. */
function smtpOnly(s: string | undefined): string | undefined {
  return s && /^[^\s@<>/]+@[^\s@<>]+$/.test(s) ? s : undefined;
}
