import type { MessageInput } from '../model/message.js';
import { isPst, Ndb, type Inflate, NID_TYPE, nidType, NodeStore, pstMessages, PstDamage, PstTooLarge, type ByteSource, type PstFormat, type PstListing, type PstMessageRef, type PstProblem, type PstSkippedFolder, type RawProp } from '../parse/pst.js';
import { itemData, PR, propertyString, type MapiAttachment, type MapiMessage, type MapiProps } from './mapi.js';
import { u32, u64 } from '../attachment/bytes.js';
import { fromOutlookItem, type OutlookItemOptions } from './outlook.js';
import { isNotMailClass } from '../parse/outlook-classes.js';

/**
 * Outlook data files (`.pst`, and `.ost` offline stores, of every version): the messaging layer
 * of [MS-PST] over parse/pst.ts. Each message is judged as it would be from a `.msg` file saved
 * from the same folder, through the same mapping of its properties (mapi.ts) and `fromOutlookItem`:
 * its transport headers, bodies, attachments and attached items; an item never received (a draft,
 * a sent item) gets its header fields from its sender and recipient properties.
 *
 * @example
 * const pst = openPst(bytes); // or a ByteSource reading a file on demand
 * if (!('problem' in pst)) for (const m of pst.messages()) {
 *   const r = pst.read(m.nid);
 *   if ('input' in r) console.log(m.folder.join('/'), analyze(r.input).level);
 * }
 */

export type { ByteSource, Inflate, PstFormat, PstListing, PstMessageRef, PstProblem, PstSkippedFolder };

export interface PstOpenOptions {
  /**
   * A native zlib decompressor for the compressed blocks of Outlook 2013's offline stores (Node:
   * `(data, size) => zlib.inflateSync(data, { maxOutputLength: size })`); the core's own otherwise.
   */
  readonly inflate?: Inflate;
}

export interface PstReadOptions extends OutlookItemOptions {
  /** Bytes of the file one message may read (its bodies, attachments and tables; default 64 MiB). */
  readonly maxMessageBytes?: number;
}

/**
 * A message read, or why it is not: damage in its nodes (what), more data than allowed (bytes read
 * by then), or an item that is not mail (its message class: a contact, an appointment … that sits
 * in a mail folder; `messages()` leaves out the folders of such items).
 */
export type PstRead = { readonly input: MessageInput } | { readonly damaged: string } | { readonly tooLarge: number } | { readonly notMail: string };

export interface PstFile {
  /** 'unicode' (Outlook 2003 and later), 'ansi' (Outlook 97–2002), 'unicode-4k' (the offline stores of Outlook 2013 and later). */
  readonly format: PstFormat;
  /**
   * Every message of the file (not the folders' hidden items), ordered by folder path and then
   * by node id (the order they were stored in), and the first damage met in the node B-tree (whose
   * messages are then missing from the list), or null. Throws `PstDamage` when its root is damaged.
   */
  messages(): PstListing;
  /** One message, by node id. Never throws. */
  read(nid: number, options?: PstReadOptions): PstRead;
}

const RECIPIENT_TABLE = 0x692;
const PT_OBJECT = 0x000d;
const ATTACH_EMBEDDED_MSG = 5;
const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
const DEFAULT_MAX_ATTACHMENTS = 100;
/** Attachment nodes read per message (their names and types; past `maxAttachments` only counted). */
const MAX_ATTACHMENT_NODES = 10_000;

/** An Outlook data file, or why it is not read. */
export function openPst(source: Uint8Array | ByteSource, options: PstOpenOptions = {}): PstFile | { readonly problem: PstProblem } {
  const ndb = Ndb.open(asSource(source), options.inflate);
  if (typeof ndb === 'string') return { problem: ndb };
  return {
    format: ndb.format,
    messages: () => pstMessages(ndb),
    read: (nid, options = {}) => readMessage(ndb, nid, options),
  };
}

export { isPst, PstDamage };

/**
 * The messages of an Outlook data file (as `PstFile.messages`), or why it is not read: no more
 * than that, so that code which only lists them (a batch scanner's main thread) does not load the
 * analysis. Throws `PstDamage` when the node B-tree is damaged.
 */
export function listPstMessages(source: Uint8Array | ByteSource, options: PstOpenOptions = {}): PstListing | { readonly problem: PstProblem } {
  const ndb = Ndb.open(asSource(source), options.inflate);
  return typeof ndb === 'string' ? { problem: ndb } : pstMessages(ndb);
}

function asSource(source: Uint8Array | ByteSource): ByteSource {
  return source instanceof Uint8Array ? { size: source.length, read: (o, n) => source.subarray(o, o + n) } : source;
}

function readMessage(ndb: Ndb, nid: number, options: PstReadOptions): PstRead {
  ndb.setBudget(options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES);
  try {
    const entry = ndb.node(nid);
    if (!entry || nidType(nid) !== NID_TYPE.normalMessage) return { damaged: `message ${nid} is not in the file` };
    const message = new PstMessage(NodeStore.of(ndb, entry));
    const cls = message.string(PR.messageClass, undefined);
    if (cls !== undefined && isNotMailClass(cls)) return { notMail: cls.slice(0, 200) };
    const data = itemData(message, 0, options.maxAttachments ?? DEFAULT_MAX_ATTACHMENTS);
    return { input: fromOutlookItem(data, options) };
  } catch (e) {
    if (e instanceof PstTooLarge) return { tooLarge: e.read };
    if (e instanceof PstDamage) return { damaged: e.what };
    throw e;
  } finally {
    ndb.setBudget(Infinity);
  }
}

/** Properties as a property context or a table row holds them. */
class PcProps implements MapiProps {
  constructor(
    protected readonly store: NodeStore,
    protected readonly props: Map<number, RawProp>,
  ) {}

  #bytes(id: number, ...types: number[]): { type: number; bytes: Uint8Array } | undefined {
    const p = this.props.get(id);
    if (!p || !types.includes(p.type)) return undefined;
    const bytes = this.store.valueBytes(p);
    return bytes ? { type: p.type, bytes } : undefined;
  }

  string(id: number, charset: string | undefined): string | undefined {
    const v = this.#bytes(id, 0x001f, 0x001e);
    if (!v) return undefined;
    return propertyString(v.bytes, v.type === 0x001f, charset);
  }

  binary(id: number): Uint8Array | undefined {
    return this.#bytes(id, 0x0102)?.bytes;
  }

  long(id: number): number | undefined {
    const p = this.props.get(id);
    return p && p.type === 0x0003 ? p.value | 0 : undefined;
  }

  time(id: number): number | undefined {
    const b = this.#bytes(id, 0x0040)?.bytes;
    const t = b ? u64(b, 0) : -1;
    return t >= 0 ? t : undefined;
  }
}

/** A message node: a property context, a recipient table and attachment subnodes. */
class PstMessage extends PcProps implements MapiMessage {
  constructor(store: NodeStore) {
    super(store, store.propertyContext());
  }

  *recipients(): Iterable<MapiProps> {
    const table = this.store.subnodes.get(RECIPIENT_TABLE);
    if (!table) return;
    const store = this.store.child(RECIPIENT_TABLE);
    for (const row of store.tableRows(100)) yield new PcProps(store, row);
  }

  *attachments(): Iterable<MapiAttachment> {
    let n = 0;
    for (const s of this.store.subnodes.values()) {
      if (nidType(s.nid) !== NID_TYPE.attachment) continue;
      if (++n > MAX_ATTACHMENT_NODES) throw new PstDamage('more attachments than can be');
      const store = this.store.child(s.nid);
      yield new PstAttachment(store, store.propertyContext());
    }
  }
}

class PstAttachment extends PcProps implements MapiAttachment {
  embedded(): MapiMessage | null {
    const data = this.props.get(PR.attachData);
    if (this.long(PR.attachMethod) !== ATTACH_EMBEDDED_MSG || !data || data.type !== PT_OBJECT) return null;
    // A PtypObject value names a heap item holding the subnode's id and the object's size.
    const nid = u32(this.store.bytes(data.value), 0);
    if (nid < 0) throw new PstDamage('an attached item without its node');
    return new PstMessage(this.store.child(nid));
  }
}
