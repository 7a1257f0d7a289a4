import { isCfb, openCompoundFile, type CfbNode, type CompoundFile } from '../attachment/cfb.js';
import { u32 } from '../attachment/bytes.js';
import type { AttachmentInfo, MessageInput } from '../model/message.js';
import { itemData, MAX_DEPTH, PR, propertyString, type MapiAttachment, type MapiMessage, type MapiProps } from './mapi.js';
import { attached, fromOutlookItem, type OutlookItemOptions } from './outlook.js';

/**
 * An Outlook `.msg` file ([MS-OXMSG]: MAPI properties in an OLE compound file, [MS-CFB]) →
 * MessageInput, through the same `fromOutlookItem` as the Outlook add-in's data, so a message saved
 * from Outlook is judged as the add-in judges it open. What is read of its properties, and how an
 * item never received gets its header fields, is mapi.ts's (shared with Outlook data files, pst.ts).
 *
 * Returns null when the bytes are no compound file or hold no message (a Word or Excel file, a
 * Windows Installer package): the caller reports those as unsupported.
 */
export function fromOutlookMsg(bytes: Uint8Array, options: OutlookItemOptions = {}): MessageInput | null {
  return readOutlookMsg(bytes, options)?.input ?? null;
}

/**
 * The same, whether the file is damaged (cut short, or a sector chain or the directory broken, so
 * that some of what it states could not be read: the input then holds what could), and the item's
 * message class (PR_MESSAGE_CLASS, `IPM.Note` for mail; `isNotMailClass` tells a contact, an
 * appointment … from mail). A batch scanner reports a damaged file, or an item that is not mail,
 * rather than judge it.
 */
export function readOutlookMsg(bytes: Uint8Array, options: OutlookItemOptions = {}): { readonly input: MessageInput; readonly damaged: boolean; readonly messageClass?: string } | null {
  const cf = openCompoundFile(bytes);
  if (!cf || !isMessage(cf.root)) return null;
  const message = new MsgMessage(cf, cf.root, 32);
  const input = fromOutlookItem(itemData(message, 0, options.maxAttachments ?? DEFAULT_MAX_ATTACHMENTS), options);
  const messageClass = message.string(PR.messageClass, undefined)?.slice(0, 200);
  return messageClass === undefined ? { input, damaged: cf.damaged() } : { input, damaged: cf.damaged(), messageClass };
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

const PROPERTIES = '__properties_version1.0';

function isMessage(storage: CfbNode): boolean {
  return storage.children.some((c) => c.name === PROPERTIES) && storage.children.some((c) => c.name.startsWith('__substg1.0_'));
}

const PT_LONG = 0x0003;
const PT_SYSTIME = 0x0040;

/**
 * One storage's properties: the fixed-size ones (PT_LONG, PT_SYSTIME …) from its property stream
 * (after a header of `headerSize` bytes: 32 for the file's item, 24 for an attached one, 8 for an
 * attachment or a recipient), the others from their `__substg1.0_IIIITTTT` streams.
 */
class MsgProps implements MapiProps {
  readonly #streams = new Map<string, CfbNode>();
  readonly #fixed = new Map<number, number>();
  constructor(
    protected readonly cf: CompoundFile,
    protected readonly storage: CfbNode,
    headerSize: number,
  ) {
    for (const c of storage.children) if (c.type === 2 && c.name.startsWith('__substg1.0_')) this.#streams.set(c.name.slice(12).toUpperCase(), c);
    const node = storage.children.find((c) => c.name === PROPERTIES);
    const b = node ? cf.read(node) : new Uint8Array(0);
    for (let o = headerSize; o + 16 <= b.length && this.#fixed.size < 4096; o += 16) {
      const tag = u32(b, o);
      const type = tag & 0xffff;
      if (type === PT_LONG || type === 0x000b) this.#fixed.set(tag, u32(b, o + 8) | 0);
      else if (type === PT_SYSTIME) this.#fixed.set(tag, u32(b, o + 8) + u32(b, o + 12) * 0x100000000);
    }
  }

  #bytes(id: number, type: number): Uint8Array | undefined {
    const key = (id.toString(16).padStart(4, '0') + type.toString(16).padStart(4, '0')).toUpperCase();
    const node = this.#streams.get(key);
    return node ? this.cf.read(node) : undefined;
  }

  string(id: number, charset: string | undefined): string | undefined {
    const w = this.#bytes(id, 0x001f);
    if (w) return propertyString(w, true, charset);
    const a = this.#bytes(id, 0x001e);
    return a ? propertyString(a, false, charset) : undefined;
  }

  binary(id: number): Uint8Array | undefined {
    return this.#bytes(id, 0x0102);
  }

  long(id: number): number | undefined {
    return this.#fixed.get(id * 0x10000 + PT_LONG);
  }

  time(id: number): number | undefined {
    return this.#fixed.get(id * 0x10000 + PT_SYSTIME);
  }
}

/** A message storage: the file's root, or an attached item's `__substg1.0_3701000D`. */
class MsgMessage extends MsgProps implements MapiMessage {
  *recipients(): Iterable<MapiProps> {
    for (const r of this.storage.children) if (r.type === 1 && r.name.startsWith('__recip_version1.0_#')) yield new MsgProps(this.cf, r, 8);
  }

  *attachments(): Iterable<MapiAttachment> {
    for (const a of this.storage.children) if (a.type === 1 && a.name.startsWith('__attach_version1.0_#')) yield new MsgAttachment(this.cf, a, 8);
  }
}

class MsgAttachment extends MsgProps implements MapiAttachment {
  embedded(): MapiMessage | null {
    // An attached item (ATTACH_EMBEDDED_MSG) is a message storage; an OLE object (ATTACH_OLE) is
    // a storage too, but holds no message: it is a file whose bytes are not read. (A loop of
    // storages cannot recur: the tree places each entry once.)
    const e = this.storage.children.find((c) => c.name === '__substg1.0_3701000D' && c.type === 1);
    return e && isMessage(e) ? new MsgMessage(this.cf, e, 24) : null;
  }
}
