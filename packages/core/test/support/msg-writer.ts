/**
 * Test helper: builds Outlook `.msg` files in memory so tests can use synthetic
 * fixtures instead of checked-in binaries.
 *
 * Two layers:
 *  - `writeCfb` writes an OLE2 Compound File ([MS-CFB]), version 3, 512-byte
 *    sectors, with mini stream, mini FAT, FAT and (when needed) DIFAT sectors.
 *  - `writeMsg` lays out MAPI properties in that container per [MS-OXMSG]
 *    (property streams, `__substg1.0_XXXXYYYY` streams, attachment storages,
 *    embedded messages, and an empty named-property mapping storage).
 *
 * No dependencies (no Buffer): Uint8Array / DataView only.
 */

// ---------------------------------------------------------------------------
// Compound File Binary writer
// ---------------------------------------------------------------------------

export type CfbNode = { name: string; stream: Uint8Array } | { name: string; children: CfbNode[]; clsid?: string };

const SECTOR_SIZE = 512;
const MINI_SECTOR_SIZE = 64;
const MINI_STREAM_CUTOFF = 4096;
const DIR_ENTRY_SIZE = 128;
const ENTRIES_PER_SECTOR = SECTOR_SIZE / DIR_ENTRY_SIZE; // 4
const IDS_PER_SECTOR = SECTOR_SIZE / 4; // 128
const HEADER_DIFAT_SLOTS = 109;
const DIFAT_IDS_PER_SECTOR = IDS_PER_SECTOR - 1; // 127 + next-DIFAT pointer

const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const FATSECT = 0xfffffffd;
const DIFSECT = 0xfffffffc;
const NOSTREAM = 0xffffffff;
/** Highest regular sector number ([MS-CFB] MAXREGSECT). */
const MAXREGSECT = 0xfffffffa;

const TYPE_STORAGE = 1;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;
const COLOR_RED = 0;
const COLOR_BLACK = 1;

interface DirEntry {
  name: string;
  type: number;
  color: number;
  left: number;
  right: number;
  child: number;
  clsid: Uint8Array | undefined;
  start: number;
  size: number;
  data: Uint8Array | undefined;
}

function newEntry(name: string, type: number, clsid: Uint8Array | undefined, data: Uint8Array | undefined): DirEntry {
  return {
    name,
    type,
    color: COLOR_BLACK,
    left: NOSTREAM,
    right: NOSTREAM,
    child: NOSTREAM,
    clsid,
    start: type === TYPE_STREAM ? ENDOFCHAIN : 0,
    size: 0,
    data,
  };
}

/** Parses "00020D0B-0000-0000-C000-000000000046" (braces optional) into the 16-byte mixed-endian GUID layout. */
function clsidBytes(clsid: string): Uint8Array {
  const hex = clsid.replace(/[{}-]/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`writeCfb: bad CLSID ${JSON.stringify(clsid)}`);
  const raw = new Uint8Array(16);
  for (let i = 0; i < 16; i++) raw[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  const out = new Uint8Array(16);
  // Data1 (u32 LE), Data2 (u16 LE), Data3 (u16 LE), Data4 (8 bytes as-is).
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  order.forEach((src, dst) => {
    out[dst] = raw[src] ?? 0;
  });
  return out;
}

function upperUnit(ch: string): string {
  const u = ch.toUpperCase();
  return u.length === 1 ? u : ch;
}

/** [MS-CFB] 2.6.4 ordering: shorter names first, then code-unit compare of the upper-cased names. */
function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    const ca = upperUnit(a.charAt(i)).charCodeAt(0);
    const cb = upperUnit(b.charAt(i)).charCodeAt(0);
    if (ca !== cb) return ca - cb;
  }
  return 0;
}

function checkName(name: string): void {
  if (name.length === 0 || name.length > 31) {
    throw new Error(`writeCfb: entry name must be 1..31 UTF-16 code units: ${JSON.stringify(name)}`);
  }
  if (/[/\\:!]/.test(name)) throw new Error(`writeCfb: illegal character in entry name ${JSON.stringify(name)}`);
}

function getEntry(entries: DirEntry[], id: number): DirEntry {
  const e = entries[id];
  if (!e) throw new Error(`writeCfb: internal error, no directory entry ${id}`);
  return e;
}

/**
 * Adds `children` under directory entry `parentId` as a balanced red-black tree:
 * sorted, middle element as the subtree root; nodes on the (incomplete) last
 * level are red, all others black, so every path has the same black height.
 */
function addChildren(entries: DirEntry[], parentId: number, children: CfbNode[]): void {
  const sorted = [...children].sort((a, b) => compareNames(a.name, b.name));
  for (let i = 0; i < sorted.length; i++) {
    const node = sorted[i];
    if (!node) continue;
    checkName(node.name);
    const prev = sorted[i - 1];
    if (prev && compareNames(prev.name, node.name) === 0) {
      throw new Error(`writeCfb: duplicate entry name ${JSON.stringify(node.name)}`);
    }
  }
  const ids = sorted.map((node) => {
    const entry =
      'stream' in node
        ? newEntry(node.name, TYPE_STREAM, undefined, node.stream)
        : newEntry(node.name, TYPE_STORAGE, node.clsid === undefined ? undefined : clsidBytes(node.clsid), undefined);
    entries.push(entry);
    return entries.length - 1;
  });
  const fullLevels = Math.floor(Math.log2(ids.length + 1));
  const build = (lo: number, hi: number, depth: number): number => {
    if (lo >= hi) return NOSTREAM;
    const mid = (lo + hi) >>> 1;
    const id = ids[mid] ?? NOSTREAM;
    const entry = getEntry(entries, id);
    entry.left = build(lo, mid, depth + 1);
    entry.right = build(mid + 1, hi, depth + 1);
    entry.color = depth >= fullLevels ? COLOR_RED : COLOR_BLACK;
    return id;
  };
  getEntry(entries, parentId).child = build(0, ids.length, 0);
  sorted.forEach((node, i) => {
    if ('children' in node) addChildren(entries, ids[i] ?? NOSTREAM, node.children);
  });
}

/** A complete compound file (version 3, 512-byte sectors) whose root storage holds `children`. */
export function writeCfb(children: CfbNode[], opts?: { rootClsid?: string }): Uint8Array {
  const rootClsid = opts?.rootClsid;
  const entries: DirEntry[] = [
    newEntry('Root Entry', TYPE_ROOT, rootClsid === undefined ? undefined : clsidBytes(rootClsid), undefined),
  ];
  addChildren(entries, 0, children);

  // --- mini stream layout --------------------------------------------------
  const miniFat: number[] = [];
  const miniPlaced: { entry: DirEntry; data: Uint8Array }[] = [];
  const bigStreams: { entry: DirEntry; data: Uint8Array; sectors: number }[] = [];
  for (const entry of entries) {
    const data = entry.data;
    if (entry.type !== TYPE_STREAM || !data) continue;
    if (data.length > 0x7fffffff) throw new Error('writeCfb: stream too large for a version 3 file');
    entry.size = data.length;
    if (data.length === 0) {
      entry.start = ENDOFCHAIN;
    } else if (data.length < MINI_STREAM_CUTOFF) {
      const count = Math.ceil(data.length / MINI_SECTOR_SIZE);
      entry.start = miniFat.length;
      for (let i = 0; i < count; i++) miniFat.push(i === count - 1 ? ENDOFCHAIN : miniFat.length + 1);
      miniPlaced.push({ entry, data });
    } else {
      bigStreams.push({ entry, data, sectors: Math.ceil(data.length / SECTOR_SIZE) });
    }
  }
  const miniStreamSize = miniFat.length * MINI_SECTOR_SIZE;

  // --- sector counts ---------------------------------------------------------
  const dirSectors = Math.ceil(entries.length / ENTRIES_PER_SECTOR);
  const miniFatSectors = Math.ceil(miniFat.length / IDS_PER_SECTOR);
  const miniStreamSectors = Math.ceil(miniStreamSize / SECTOR_SIZE);
  const bigSectors = bigStreams.reduce((n, s) => n + s.sectors, 0);
  const dataSectors = dirSectors + miniFatSectors + miniStreamSectors + bigSectors;

  let fatSectors = Math.max(1, Math.ceil(dataSectors / IDS_PER_SECTOR));
  let difatSectors = 0;
  for (;;) {
    difatSectors =
      fatSectors > HEADER_DIFAT_SLOTS ? Math.ceil((fatSectors - HEADER_DIFAT_SLOTS) / DIFAT_IDS_PER_SECTOR) : 0;
    if (dataSectors + fatSectors + difatSectors <= fatSectors * IDS_PER_SECTOR) break;
    fatSectors++;
  }
  const totalSectors = dataSectors + fatSectors + difatSectors;
  if (totalSectors > MAXREGSECT) throw new Error('writeCfb: file too large');

  // --- sector allocation -----------------------------------------------------
  const fat = new Uint32Array(fatSectors * IDS_PER_SECTOR).fill(FREESECT);
  for (let i = 0; i < fatSectors; i++) fat[i] = FATSECT;
  for (let i = 0; i < difatSectors; i++) fat[fatSectors + i] = DIFSECT;
  let next = fatSectors + difatSectors;
  const alloc = (count: number): number => {
    if (count === 0) return ENDOFCHAIN;
    const start = next;
    for (let i = 0; i < count; i++) fat[start + i] = i === count - 1 ? ENDOFCHAIN : start + i + 1;
    next += count;
    return start;
  };
  const dirStart = alloc(dirSectors);
  const miniFatStart = alloc(miniFatSectors);
  const miniStreamStart = alloc(miniStreamSectors);
  const root = getEntry(entries, 0);
  root.start = miniStreamStart;
  root.size = miniStreamSize;
  for (const s of bigStreams) s.entry.start = alloc(s.sectors);

  // --- write -----------------------------------------------------------------
  const out = new Uint8Array((totalSectors + 1) * SECTOR_SIZE);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const sectorOffset = (n: number): number => (n + 1) * SECTOR_SIZE;

  // Header.
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x003e, true);
  view.setUint16(0x1a, 0x0003, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x28, 0, true);
  view.setUint32(0x2c, fatSectors, true);
  view.setUint32(0x30, dirStart, true);
  view.setUint32(0x34, 0, true);
  view.setUint32(0x38, MINI_STREAM_CUTOFF, true);
  view.setUint32(0x3c, miniFatStart, true);
  view.setUint32(0x40, miniFatSectors, true);
  view.setUint32(0x44, difatSectors > 0 ? fatSectors : ENDOFCHAIN, true);
  view.setUint32(0x48, difatSectors, true);
  for (let i = 0; i < HEADER_DIFAT_SLOTS; i++) view.setUint32(0x4c + i * 4, i < fatSectors ? i : FREESECT, true);

  // DIFAT sectors (FAT sector ids beyond the 109 in the header).
  for (let d = 0; d < difatSectors; d++) {
    const base = sectorOffset(fatSectors + d);
    for (let i = 0; i < DIFAT_IDS_PER_SECTOR; i++) {
      const fatId = HEADER_DIFAT_SLOTS + d * DIFAT_IDS_PER_SECTOR + i;
      view.setUint32(base + i * 4, fatId < fatSectors ? fatId : FREESECT, true);
    }
    view.setUint32(base + DIFAT_IDS_PER_SECTOR * 4, d === difatSectors - 1 ? ENDOFCHAIN : fatSectors + d + 1, true);
  }

  // FAT sectors (sector i for i < fatSectors).
  for (let i = 0; i < fat.length; i++) view.setUint32(sectorOffset(0) + i * 4, fat[i] ?? FREESECT, true);

  // Directory.
  const dirBase = sectorOffset(dirStart);
  for (let i = 0; i < dirSectors * ENTRIES_PER_SECTOR; i++) {
    const off = dirBase + i * DIR_ENTRY_SIZE;
    const e = entries[i];
    if (!e) {
      view.setUint32(off + 0x44, NOSTREAM, true);
      view.setUint32(off + 0x48, NOSTREAM, true);
      view.setUint32(off + 0x4c, NOSTREAM, true);
      continue;
    }
    for (let c = 0; c < e.name.length; c++) view.setUint16(off + c * 2, e.name.charCodeAt(c), true);
    view.setUint16(off + 0x40, (e.name.length + 1) * 2, true);
    out[off + 0x42] = e.type;
    out[off + 0x43] = e.color;
    view.setUint32(off + 0x44, e.left, true);
    view.setUint32(off + 0x48, e.right, true);
    view.setUint32(off + 0x4c, e.child, true);
    if (e.clsid) out.set(e.clsid, off + 0x50);
    view.setUint32(off + 0x74, e.start, true);
    view.setUint32(off + 0x78, e.size, true);
    view.setUint32(off + 0x7c, 0, true);
  }

  // Mini FAT.
  const miniFatBase = sectorOffset(miniFatStart);
  for (let i = 0; i < miniFatSectors * IDS_PER_SECTOR; i++) {
    view.setUint32(miniFatBase + i * 4, miniFat[i] ?? FREESECT, true);
  }

  // Mini stream (contiguous regular sectors) and big streams (contiguous too).
  const miniBase = sectorOffset(miniStreamStart);
  for (const { entry, data } of miniPlaced) out.set(data, miniBase + entry.start * MINI_SECTOR_SIZE);
  for (const { entry, data } of bigStreams) out.set(data, sectorOffset(entry.start));

  return out;
}

// ---------------------------------------------------------------------------
// MSG writer
// ---------------------------------------------------------------------------

export interface MsgAttachment {
  longFilename?: string; // PR_ATTACH_LONG_FILENAME 0x3707 (PT_UNICODE)
  filename?: string; // PR_ATTACH_FILENAME 0x3704
  mimeTag?: string; // PR_ATTACH_MIME_TAG 0x370E
  contentId?: string; // PR_ATTACH_CONTENT_ID 0x3712
  data?: Uint8Array; // PR_ATTACH_DATA_BIN 0x3701 (PT_BINARY), method 1 (ATTACH_BY_VALUE)
  embedded?: MsgSpec; // method 5 (ATTACH_EMBEDDED_MSG): storage __substg1.0_3701000D holding a message
}

export interface MsgRecipient {
  type: 1 | 2 | 3; // PR_RECIPIENT_TYPE 0x0C15 (PT_LONG): To, Cc, Bcc
  name?: string; // PR_DISPLAY_NAME 0x3001
  smtp?: string; // PR_SMTP_ADDRESS 0x39FE
  email?: string; // PR_EMAIL_ADDRESS 0x3003 (an SMTP address, or an Exchange X.500 name)
}

export interface MsgSpec {
  transportHeaders?: string; // PR_TRANSPORT_MESSAGE_HEADERS 0x007D
  subject?: string; // PR_SUBJECT 0x0037
  body?: string; // PR_BODY 0x1000
  html?: Uint8Array; // PR_HTML 0x1013 as PT_BINARY (0x0102)
  internetCpid?: number; // PR_INTERNET_CPID 0x3FDE (PT_LONG), in the property stream
  rtfCompressed?: Uint8Array; // PR_RTF_COMPRESSED 0x1009 (PT_BINARY)
  senderName?: string; // PR_SENDER_NAME 0x0C1A
  senderSmtp?: string; // PR_SENDER_SMTP_ADDRESS 0x5D01
  sentRepresentingName?: string; // PR_SENT_REPRESENTING_NAME 0x0042
  sentRepresentingSmtp?: string; // PR_SENT_REPRESENTING_SMTP_ADDRESS 0x5D02
  displayTo?: string; // PR_DISPLAY_TO 0x0E04
  messageId?: string; // PR_INTERNET_MESSAGE_ID 0x1035
  /** PR_MESSAGE_CLASS 0x001A: the PST writer writes 'IPM.Note' unless given; the .msg writer writes it only when given. */
  messageClass?: string;
  submitTime?: Date; // PR_CLIENT_SUBMIT_TIME 0x0039 (PT_SYSTIME), in the property stream
  /** When true, string properties are PT_STRING8 (Latin-1 bytes) instead of PT_UNICODE (UTF-16LE). */
  ansi?: boolean;
  attachments?: MsgAttachment[];
  recipients?: MsgRecipient[]; // storages __recip_version1.0_#XXXXXXXX
}

const PT_LONG = 0x0003;
const PT_OBJECT = 0x000d;
const PT_STRING8 = 0x001e;
const PT_UNICODE = 0x001f;
const PT_SYSTIME = 0x0040;
const PT_BINARY = 0x0102;

const PROP_FLAGS = 0x00000006; // PROPATTR_READABLE | PROPATTR_WRITABLE
/** CLSID of an IMessage storage (root of a .msg and embedded message storages). */
const MESSAGE_CLSID = '00020D0B-0000-0000-C000-000000000046';
const PROPERTIES_STREAM = '__properties_version1.0';
const NAMEID_STORAGE = '__nameid_version1.0';
const ATTACH_BY_VALUE = 1;
const ATTACH_EMBEDDED_MSG = 5;
/** 100-ns intervals between 1601-01-01 and 1970-01-01. */
const FILETIME_UNIX_EPOCH = 116444736000000000n;

const hex = (n: number, digits: number): string => n.toString(16).toUpperCase().padStart(digits, '0');
const substgName = (id: number, type: number): string => `__substg1.0_${hex(id, 4)}${hex(type, 4)}`;

/** UTF-16LE bytes (string properties, PT_UNICODE). */
export function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(i * 2, s.charCodeAt(i), true);
  return out;
}

/** Latin-1 bytes; characters above U+00FF become '?'. */
export function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c <= 0xff ? c : 0x3f;
  }
  return out;
}

interface FixedProp {
  tag: number;
  value: Uint8Array; // 8 bytes
}

/** Collects one object's properties: fixed entries for the property stream plus its sub-streams/storages. */
class PropBag {
  readonly props: FixedProp[] = [];
  readonly nodes: CfbNode[] = [];

  constructor(private readonly ansi: boolean) {}

  private entry(id: number, type: number, fill: (v: DataView) => void): void {
    const value = new Uint8Array(8);
    fill(new DataView(value.buffer));
    this.props.push({ tag: ((id << 16) | type) >>> 0, value });
  }

  long(id: number, n: number | undefined): void {
    if (n === undefined) return;
    this.entry(id, PT_LONG, (v) => v.setInt32(0, n, true));
  }

  time(id: number, d: Date | undefined): void {
    if (d === undefined) return;
    const ms = d.getTime();
    if (!Number.isFinite(ms)) throw new Error('writeMsg: invalid Date');
    const ft = BigInt(Math.trunc(ms)) * 10000n + FILETIME_UNIX_EPOCH;
    if (ft < 0n) throw new Error('writeMsg: Date before 1601-01-01');
    this.entry(id, PT_SYSTIME, (v) => v.setBigUint64(0, ft, true));
  }

  string(id: number, s: string | undefined): void {
    if (s === undefined) return;
    const type = this.ansi ? PT_STRING8 : PT_UNICODE;
    const bytes = this.ansi ? latin1(s) : utf16le(s);
    this.entry(id, type, (v) => v.setUint32(0, bytes.length + (this.ansi ? 1 : 2), true));
    this.nodes.push({ name: substgName(id, type), stream: bytes });
  }

  binary(id: number, bytes: Uint8Array | undefined): void {
    if (bytes === undefined) return;
    this.entry(id, PT_BINARY, (v) => v.setUint32(0, bytes.length, true));
    this.nodes.push({ name: substgName(id, PT_BINARY), stream: bytes });
  }

  object(id: number, children: CfbNode[], clsid: string): void {
    this.entry(id, PT_OBJECT, (v) => v.setUint32(0, 0xffffffff, true));
    this.nodes.push({ name: substgName(id, PT_OBJECT), children, clsid });
  }

  /** The `__properties_version1.0` stream: `header` then 16-byte entries sorted by tag. */
  propertyStream(header: Uint8Array): CfbNode {
    const sorted = [...this.props].sort((a, b) => a.tag - b.tag);
    const out = new Uint8Array(header.length + sorted.length * 16);
    out.set(header, 0);
    const view = new DataView(out.buffer);
    sorted.forEach((p, i) => {
      const off = header.length + i * 16;
      view.setUint32(off, p.tag, true);
      view.setUint32(off + 4, PROP_FLAGS, true);
      out.set(p.value, off + 8);
    });
    return { name: PROPERTIES_STREAM, stream: out };
  }
}

function attachmentStorage(att: MsgAttachment, index: number, ansi: boolean): CfbNode {
  if (att.data !== undefined && att.embedded !== undefined) {
    throw new Error('writeMsg: an attachment cannot have both `data` and `embedded`');
  }
  const bag = new PropBag(ansi);
  bag.long(0x3705, att.embedded ? ATTACH_EMBEDDED_MSG : ATTACH_BY_VALUE); // PR_ATTACH_METHOD
  bag.long(0x0e21, index); // PR_ATTACH_NUM
  bag.string(0x3707, att.longFilename);
  bag.string(0x3704, att.filename);
  bag.string(0x370e, att.mimeTag);
  bag.string(0x3712, att.contentId);
  bag.binary(0x3701, att.data);
  if (att.embedded) bag.object(0x3701, messageNodes(att.embedded, false), MESSAGE_CLSID);
  return {
    name: `__attach_version1.0_#${hex(index, 8)}`,
    children: [bag.propertyStream(new Uint8Array(8)), ...bag.nodes],
  };
}

/** The streams and storages of one message object (top level or embedded). */
function messageNodes(spec: MsgSpec, topLevel: boolean): CfbNode[] {
  const bag = new PropBag(spec.ansi === true);
  bag.string(0x001a, spec.messageClass);
  bag.string(0x007d, spec.transportHeaders);
  bag.string(0x0037, spec.subject);
  bag.string(0x1000, spec.body);
  bag.binary(0x1013, spec.html);
  bag.long(0x3fde, spec.internetCpid);
  bag.binary(0x1009, spec.rtfCompressed);
  bag.string(0x0c1a, spec.senderName);
  bag.string(0x5d01, spec.senderSmtp);
  bag.string(0x0042, spec.sentRepresentingName);
  bag.string(0x5d02, spec.sentRepresentingSmtp);
  bag.string(0x0e04, spec.displayTo);
  bag.string(0x1035, spec.messageId);
  bag.time(0x0039, spec.submitTime);

  const attachments = spec.attachments ?? [];
  const recipients = spec.recipients ?? [];
  const header = new Uint8Array(topLevel ? 32 : 24);
  const hv = new DataView(header.buffer);
  hv.setUint32(8, recipients.length, true); // next recipient id
  hv.setUint32(12, attachments.length, true); // next attachment id
  hv.setUint32(16, recipients.length, true); // recipient count
  hv.setUint32(20, attachments.length, true); // attachment count

  const nodes: CfbNode[] = [bag.propertyStream(header), ...bag.nodes];
  attachments.forEach((att, i) => nodes.push(attachmentStorage(att, i, spec.ansi === true)));
  recipients.forEach((r, i) => {
    const rb = new PropBag(spec.ansi === true);
    rb.long(0x0c15, r.type);
    rb.long(0x3000, i); // PR_ROWID
    rb.string(0x3001, r.name);
    rb.string(0x39fe, r.smtp);
    rb.string(0x3003, r.email);
    nodes.push({ name: `__recip_version1.0_#${hex(i, 8)}`, children: [rb.propertyStream(new Uint8Array(8)), ...rb.nodes] });
  });
  if (topLevel) {
    nodes.push({
      name: NAMEID_STORAGE,
      children: [
        { name: '__substg1.0_00020102', stream: new Uint8Array(0) },
        { name: '__substg1.0_00030102', stream: new Uint8Array(0) },
        { name: '__substg1.0_00040102', stream: new Uint8Array(0) },
      ],
    });
  }
  return nodes;
}

/** The bytes of a .msg file for `spec`. */
export function writeMsg(spec: MsgSpec): Uint8Array {
  return writeCfb(messageNodes(spec, true), { rootClsid: MESSAGE_CLSID });
}
