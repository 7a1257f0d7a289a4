/**
 * Test helper: builds Outlook Personal Folders (`.pst`) files in memory, from [MS-PST], so the
 * PST reader can be tested against synthetic files instead of checked-in binaries.
 *
 * Layers, bottom up (each section below names the [MS-PST] sections it follows):
 *  - NDB: HEADER with ROOT and both CRCs, data blocks (64-byte aligned, BLOCKTRAILER), XBLOCK /
 *    XXBLOCK data trees, SLBLOCK / SIBLOCK subnode trees, NBT and BBT B-tree pages (as many
 *    levels as the entries need), AMap pages and PMap pages.
 *  - LTP: Heap-on-Node (HNHDR, HNPAGEHDR, HNBITMAPHDR, HNPAGEMAP), BTH, Property Contexts and
 *    Table Contexts (TCINFO, TCOLDESC, row matrix with cell existence bitmap, row index BTH).
 *    Values over the heap's item limit go to subnodes.
 *  - Messaging: message store (NID 0x21), a minimal name-to-ID map (NID 0x61), the table
 *    templates (0x60D-0x610, 0x671, 0x692), the root folder (0x122) holding the IPM subtree
 *    ("Top of Personal Folders") and a "Search Root" folder, each folder as PC + hierarchy,
 *    contents and FAI contents tables, messages with recipient and attachment tables,
 *    attachments and embedded messages.
 *
 * Left out on purpose:
 *  - The DList page (0x4200) and FMap / FPMap pages: only Outlook's own allocator uses them, and
 *    FMaps only exist past 128 AMap intervals (about 31 MB), which this writer refuses to reach.
 *  - The search-folder machinery (search management queue 0x1E1, search activity list 0x201,
 *    search domain object 0x261, search folders and their criteria). [MS-PST] 2.4.8 asks for the
 *    queue in every PST, but it only keeps Outlook's search folders in step and carries no mail;
 *    whether Outlook itself accepts a file without it has not been tried.
 *  - Associated (FAI) messages: every FAI contents table is empty.
 *
 * The 4K format (`format: '4k'`): the 64-bit Unicode format with 4 KiB pages that Outlook 2013 and
 * later write for offline stores (.ost). [MS-PST] does not describe it; the facts below follow
 * libpff's documentation and code and pst-extractor's reader:
 *  - HEADER and ROOT are the Unicode ones (same offsets, same CRCs), with wVer 36.
 *  - Pages (B-tree, AMap) are 4096 bytes. PAGETRAILER at 4072, 24 bytes: ptype, ptypeRepeat, wSig,
 *    dwCRC (over bytes 0-4071), bid, then 8 unknown bytes (written as zeros).
 *  - BTPAGE: rgentries in bytes 0-4055, then cEnt and cEntMax as uint16 (4056, 4058), cbEnt and
 *    cLevel as uint8 (4060, 4061), 10 bytes of padding, the trailer. Entries are the Unicode ones,
 *    so cEntMax is 169 for 24-byte entries and 126 for 32-byte NBT leaf entries.
 *  - Data blocks are 512-byte aligned; a slot (data, padding, 24-byte BLOCKTRAILER) is a multiple of
 *    512 and at most 65536 bytes. BLOCKTRAILER: cb (stored size), wSig, dwCRC (over the stored
 *    bytes), bid, 2 unknown bytes (0), cbInflated (uint16), 4 unknown bytes (0). The BBT entry's
 *    cb is the stored size too, and its next two bytes stay cRef (libpff's reading). libpst
 *    0.6.76 reads cbInflated there instead, so readpst only reads compressed blocks of a file
 *    that has it in both places; this writer follows libpff.
 *  - A block with cb != cbInflated is compressed: its stored bytes are a zlib stream (RFC 1950)
 *    that inflates to cbInflated bytes. The writer encodes (permute / cyclic, external blocks
 *    only) and then compresses; readers inflate and then decode (libpff's order). Compression is
 *    optional (`deflate`, a callback, since this file has no dependencies) and only used where it
 *    makes the block smaller; only external blocks are compressed (pst-extractor reads XBLOCKs and
 *    SLBLOCKs raw, and an uncompressed internal block is just as valid).
 *  - Stream data blocks hold up to 8176 bytes unless `maxBlockData` says otherwise (up to 65512);
 *    heap blocks and row-matrix blocks stay at 8176 either way.
 *  - The first AMap page (ptype 0x84) is at 0x22000; its 4072 bytes of bits map the file from
 *    there with one bit per 512 bytes, so an AMap interval is 4072 * 8 * 512 = 16,678,912 bytes.
 *    There are no PMap pages. Nothing but the header lives before 0x22000.
 *  - HIDs: hidBlockIndex starts at bit 19, not 16 (libpff reads bits 5-18 as hidIndex and the
 *    rest as the block; libpst skips "3 more bits for new flags"). Allocations stay below 2048
 *    per block, so bits 16-18 are zero and both readings agree. pst-extractor 1.12 reads HIDs the
 *    Unicode way, so it finds nothing in heap blocks after the first one of a 4K file.
 *  - Everything else above the NDB (heaps, BTH, PC, TC, subnodes, messaging) is the Unicode
 *    format's.
 *
 * Deterministic: the same input gives the same bytes (no clock, no randomness).
 * No dependencies (no Buffer): Uint8Array / DataView only.
 */
import { latin1, utf16le, type MsgAttachment, type MsgRecipient, type MsgSpec } from './msg-writer.js';

export interface PstFolderSpec {
  name: string;
  /** PR_CONTAINER_CLASS: 'IPF.Note' (a mail folder) unless given ('IPF.Appointment', 'IPF.Contact' …). */
  containerClass?: string;
  messages?: MsgSpec[];
  folders?: PstFolderSpec[];
}

export interface PstOptions {
  /**
   * 'unicode' (default): wVer 23, 64-bit BIDs and IBs. 'ansi': wVer 14, 32-bit BIDs and IBs.
   * '4k': wVer 36, the Unicode format with 4 KiB pages and 512-byte block alignment (see above).
   */
  format?: 'unicode' | 'ansi' | '4k';
  /** bCryptMethod applied to external data blocks; default 'permute' (what Outlook writes by default). */
  crypt?: 'none' | 'permute' | 'cyclic';
  /** wMagicClient: 'pst' (default) writes "SM", 'ost' writes "SO" (an offline store). */
  client?: 'pst' | 'ost';
  /**
   * '4k' only: zlib-compresses (RFC 1950, e.g. `(b) => new Uint8Array(zlib.deflateSync(b))`).
   * Each external data block whose compressed form is smaller than its plain form is stored
   * compressed, after encoding.
   */
  deflate?: (data: Uint8Array) => Uint8Array;
  /** '4k' only: the most stream bytes per data block, 8176 (default) to 65512. */
  maxBlockData?: number;
  /**
   * End the file right after the last page or block written instead of at the end of its last
   * AMap interval (as Outlook does). A 4K file's interval is 16 MB, so tests that write many such
   * files trim them; the readers here read trimmed files alike (ibFileEof states the trimmed size).
   */
  trim?: boolean;
}

/** Where the writer placed things, as file offsets, for damage tests. */
interface PstLayout {
  /** IB of the NBT root page. */
  nbtRoot: number;
  /** IB of the BBT root page. */
  bbtRoot: number;
  /**
   * Every block in the BBT, by BID: its IB and stored size `cb` (its BLOCKTRAILER ends its slot,
   * 64-byte aligned, or 512-byte aligned in the 4K format).
   */
  blocks: { bid: bigint; offset: number; size: number }[];
}

/** A PST whose IPM subtree ("Top of Personal Folders") holds `folders`. */
export function writePst(folders: PstFolderSpec[], options?: PstOptions): Uint8Array {
  return writePstWithLayout(folders, options).bytes;
}

/** Like `writePst`, and also tells where the B-tree roots and the blocks were placed. */
export function writePstWithLayout(
  folders: PstFolderSpec[],
  options?: PstOptions,
): { bytes: Uint8Array; layout: PstLayout } {
  const fmt = formatOf(options);
  const crypt = CRYPT_METHODS[options?.crypt ?? 'permute'];
  const ndb = new Ndb(fmt, crypt, options?.client === 'ost' ? MAGIC_CLIENT_OST : MAGIC_CLIENT_PST, options?.deflate);
  writeMessaging(ndb, folders);
  return assemble(ndb, options?.trim === true);
}

// ---------------------------------------------------------------------------
// Format parameters ([MS-PST] 2.2.1.2: ANSI and Unicode differ in ID sizes and trailers; the 4K
// format in page size, block alignment, trailers and BTPAGE counts)
// ---------------------------------------------------------------------------

interface Format {
  unicode: boolean;
  wVer: number;
  /** Size of a BID, an IB and (in pages and subnode blocks) a NID slot. */
  idSize: 4 | 8;
  headerSize: number;
  pageTrailer: number;
  blockTrailer: number;
  /** Largest `cb` of a stream data block: 8192 minus the BLOCKTRAILER (4K format: an option). */
  maxBlockData: number;
  /** Largest heap block, and how much of a block the TC row matrix fills. */
  heapBlockData: number;
  /** Largest heap allocation; bigger values go to subnodes. */
  maxHeapItem: number;
  /** Bytes of rgentries in a BTPAGE. */
  btEntryArea: number;
  nbtEntry: number;
  bbtEntry: number;
  btEntry: number;
  /** SLBLOCK / SIBLOCK: header size (btype, cLevel, cEnt, Unicode dwPadding) and entry sizes. */
  subHeader: number;
  slEntry: number;
  siEntry: number;
  /** TCROWID dwRowIndex width. */
  rowIndexSize: 2 | 4;
  /** Where hidBlockIndex starts in a HID: bit 16 ([MS-PST] 2.3.1.1), bit 19 in the 4K format. */
  hidBlockShift: 16 | 19;
  /** Bytes before rgbAMapBits in an AMap / PMap page (ANSI pages have a 4-byte dwPadding). */
  mapPad: number;
  /** B-tree and map pages. */
  pageSize: number;
  /** Blocks start on, and their slots are whole multiples of, this many bytes; one AMap bit each. */
  blockAlign: number;
  /** Where the first AMap page is; each AMap maps its interval from its own offset. */
  firstAmap: number;
  /** A PMap page follows every this-many-th AMap page (the first included); 0: no PMaps. */
  pmapEvery: number;
  /** BTPAGE cEnt and cEntMax are uint16 (4K pages) instead of uint8. */
  wideBtCounts: boolean;
  /** The BLOCKTRAILER carries cbInflated (4K format). */
  cbInflated: boolean;
}

const UNICODE: Format = {
  unicode: true,
  wVer: 23,
  idSize: 8,
  headerSize: 564,
  pageTrailer: 16,
  blockTrailer: 16,
  maxBlockData: 8176,
  heapBlockData: 8176,
  maxHeapItem: 3580,
  btEntryArea: 488,
  nbtEntry: 32,
  bbtEntry: 24,
  btEntry: 24,
  subHeader: 8,
  slEntry: 24,
  siEntry: 16,
  rowIndexSize: 4,
  hidBlockShift: 16,
  mapPad: 0,
  pageSize: 512,
  blockAlign: 64,
  firstAmap: 0x4400,
  pmapEvery: 8,
  wideBtCounts: false,
  cbInflated: false,
};

const ANSI: Format = {
  unicode: false,
  wVer: 14,
  idSize: 4,
  headerSize: 512,
  pageTrailer: 12,
  blockTrailer: 12,
  maxBlockData: 8180,
  heapBlockData: 8180,
  // wVer 14 files keep heap allocations to 3068 bytes (Microsoft's PST SDK, heap_max_alloc_size_wver_14).
  maxHeapItem: 3068,
  btEntryArea: 496,
  nbtEntry: 16,
  bbtEntry: 12,
  btEntry: 12,
  subHeader: 4,
  slEntry: 12,
  siEntry: 8,
  rowIndexSize: 2,
  hidBlockShift: 16,
  mapPad: 4,
  pageSize: 512,
  blockAlign: 64,
  firstAmap: 0x4400,
  pmapEvery: 8,
  wideBtCounts: false,
  cbInflated: false,
};

/** The 4K format: Unicode IDs and LTP, 4096-byte pages, 512-byte block alignment (see the top). */
const FOUR_K: Format = {
  ...UNICODE,
  wVer: 36,
  pageTrailer: 24,
  blockTrailer: 24,
  btEntryArea: 4056,
  hidBlockShift: 19,
  pageSize: 4096,
  blockAlign: 512,
  firstAmap: 0x22000,
  pmapEvery: 0,
  wideBtCounts: true,
  cbInflated: true,
};

/** A 4K block slot is at most 65536 bytes, 24 of them the BLOCKTRAILER. */
const FOUR_K_MAX_BLOCK_DATA = 65536 - 24;

function formatOf(options: PstOptions | undefined): Format {
  const format = options?.format ?? 'unicode';
  if (format !== '4k') {
    if (options?.deflate || options?.maxBlockData !== undefined) {
      throw new Error("writePst: deflate and maxBlockData need format '4k'");
    }
    return format === 'ansi' ? ANSI : UNICODE;
  }
  const max = options?.maxBlockData ?? FOUR_K.maxBlockData;
  if (!Number.isInteger(max) || max < FOUR_K.heapBlockData || max > FOUR_K_MAX_BLOCK_DATA) {
    throw new Error(
      `writePst: maxBlockData must be an integer from ${FOUR_K.heapBlockData} to ${FOUR_K_MAX_BLOCK_DATA}`,
    );
  }
  return { ...FOUR_K, maxBlockData: max };
}

/** Bytes mapped by one AMap page: its bits (all of the page before the trailer), one bit per block unit. */
const amapInterval = (fmt: Format): number => (fmt.pageSize - fmt.pageTrailer - fmt.mapPad) * 8 * fmt.blockAlign;
/** Past this many AMap intervals the file would need FMap pages, which this writer does not emit. */
const MAX_AMAP_INTERVALS = 128;

/** wMagicClient ([MS-PST] 2.2.2.6): "SM" for a PST, "SO" for an OST. */
const MAGIC_CLIENT_PST = 0x4d53;
const MAGIC_CLIENT_OST = 0x4f53;

// Page types ([MS-PST] 2.2.2.7.1).
const PTYPE_BBT = 0x80;
const PTYPE_NBT = 0x81;
const PTYPE_PMAP = 0x83;
const PTYPE_AMAP = 0x84;

/**
 * The first BID. BIDs only have to be unique and increasing ([MS-PST] 2.2.2.2); starting at
 * 0x100000 keeps every BID of a file this writer can produce at seven decimal digits, which
 * matters to pst-extractor 1.12: on ANSI BBT branch pages it compares 32-bit BIDs with `>` on
 * `Long` objects, which JavaScript turns into a comparison of their decimal strings.
 */
const FIRST_BID = 0x100000n;
const BID_STEP = 4n;
const BID_INTERNAL = 2n;
const FIRST_PAGE_BID = 1n;

// ---------------------------------------------------------------------------
// Byte helpers
// ---------------------------------------------------------------------------

const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Writes a BID or IB in the format's width. */
function putId(v: DataView, off: number, value: bigint | number, fmt: Format): void {
  if (fmt.idSize === 8) v.setBigUint64(off, BigInt(value), true);
  else v.setUint32(off, Number(value), true);
}

/** "00062008-0000-0000-C000-000000000046" as the 16-byte GUID layout (Data1-3 little-endian). */
function guidBytes(guid: string): Uint8Array {
  const hex = guid.replace(/-/g, '');
  const raw = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  return Uint8Array.from(order, (i) => raw[i] ?? 0);
}

/** 100-ns intervals between 1601-01-01 and 1970-01-01. */
const FILETIME_UNIX_EPOCH = 116444736000000000n;

function filetime(d: Date): bigint {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) throw new Error('writePst: invalid Date');
  const ft = BigInt(Math.trunc(ms)) * 10000n + FILETIME_UNIX_EPOCH;
  if (ft < 0n) throw new Error('writePst: Date before 1601-01-01');
  return ft;
}

// ---------------------------------------------------------------------------
// CRC, signatures and "encryption" ([MS-PST] 5.1, 5.2, 5.3, 5.5)
// ---------------------------------------------------------------------------

/** The spec's CrcTableOffset32: the reflected CRC-32 table for polynomial 0xEDB88320. */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/** [MS-PST] 5.3 ComputeCRC with dwCRC = 0: the table CRC-32 without the usual pre/post inversion. */
function crc32(bytes: Uint8Array): number {
  let crc = 0;
  for (let i = 0; i < bytes.length; i++) crc = (CRC_TABLE[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return crc >>> 0;
}

/** [MS-PST] 5.5 ComputeSig: the two 16-bit halves of the low 32 bits of (ib XOR bid), XORed. */
function signature(ib: number, bid: bigint): number {
  const v = Number((BigInt(ib) ^ bid) & 0xffffffffn);
  return ((v >>> 16) ^ v) & 0xffff;
}

/** mpbbR, the first 256 bytes of [MS-PST] 5.1 mpbbCrypt (NDB_CRYPT_PERMUTE encodes with it). */
const MPBB_R = Uint8Array.from([
  65, 54, 19, 98, 168, 33, 110, 187, 244, 22, 204, 4, 127, 100, 232, 93,
  30, 242, 203, 42, 116, 197, 94, 53, 210, 149, 71, 158, 150, 45, 154, 136,
  76, 125, 132, 63, 219, 172, 49, 182, 72, 95, 246, 196, 216, 57, 139, 231,
  35, 59, 56, 142, 200, 193, 223, 37, 177, 32, 165, 70, 96, 78, 156, 251,
  170, 211, 86, 81, 69, 124, 85, 0, 7, 201, 43, 157, 133, 155, 9, 160,
  143, 173, 179, 15, 99, 171, 137, 75, 215, 167, 21, 90, 113, 102, 66, 191,
  38, 74, 107, 152, 250, 234, 119, 83, 178, 112, 5, 44, 253, 89, 58, 134,
  126, 206, 6, 235, 130, 120, 87, 199, 141, 67, 175, 180, 28, 212, 91, 205,
  226, 233, 39, 79, 195, 8, 114, 128, 207, 176, 239, 245, 40, 109, 190, 48,
  77, 52, 146, 213, 14, 60, 34, 50, 229, 228, 249, 159, 194, 209, 10, 129,
  18, 225, 238, 145, 131, 118, 227, 151, 230, 97, 138, 23, 121, 164, 183, 220,
  144, 122, 92, 140, 2, 166, 202, 105, 222, 80, 26, 17, 147, 185, 82, 135,
  88, 252, 237, 29, 55, 73, 27, 106, 224, 41, 51, 153, 189, 108, 217, 148,
  243, 64, 84, 111, 240, 198, 115, 184, 214, 62, 101, 24, 68, 31, 221, 103,
  16, 241, 12, 25, 236, 174, 3, 161, 20, 123, 169, 11, 255, 248, 163, 192,
  162, 1, 247, 46, 188, 36, 104, 117, 13, 254, 186, 47, 181, 208, 218, 61,
]);

/** mpbbS, the middle 256 bytes of mpbbCrypt (an involution, used by NDB_CRYPT_CYCLIC). */
const MPBB_S = Uint8Array.from([
  20, 83, 15, 86, 179, 200, 122, 156, 235, 101, 72, 23, 22, 21, 159, 2,
  204, 84, 124, 131, 0, 13, 12, 11, 162, 98, 168, 118, 219, 217, 237, 199,
  197, 164, 220, 172, 133, 116, 214, 208, 167, 155, 174, 154, 150, 113, 102, 195,
  99, 153, 184, 221, 115, 146, 142, 132, 125, 165, 94, 209, 93, 147, 177, 87,
  81, 80, 128, 137, 82, 148, 79, 78, 10, 107, 188, 141, 127, 110, 71, 70,
  65, 64, 68, 1, 17, 203, 3, 63, 247, 244, 225, 169, 143, 60, 58, 249,
  251, 240, 25, 48, 130, 9, 46, 201, 157, 160, 134, 73, 238, 111, 77, 109,
  196, 45, 129, 52, 37, 135, 27, 136, 170, 252, 6, 161, 18, 56, 253, 76,
  66, 114, 100, 19, 55, 36, 106, 117, 119, 67, 255, 230, 180, 75, 54, 92,
  228, 216, 53, 61, 69, 185, 44, 236, 183, 49, 43, 41, 7, 104, 163, 14,
  105, 123, 24, 158, 33, 57, 190, 40, 26, 91, 120, 245, 35, 202, 42, 176,
  175, 62, 254, 4, 140, 231, 229, 152, 50, 149, 211, 246, 74, 232, 166, 234,
  233, 243, 213, 47, 112, 32, 242, 31, 5, 103, 173, 85, 16, 206, 205, 227,
  39, 59, 218, 186, 215, 194, 38, 212, 145, 29, 210, 28, 34, 51, 248, 250,
  241, 90, 239, 207, 144, 182, 139, 181, 189, 192, 191, 8, 151, 30, 108, 226,
  97, 224, 198, 193, 89, 171, 187, 88, 222, 95, 223, 96, 121, 126, 178, 138,
]);

/** mpbbI, the last 256 bytes of mpbbCrypt: the inverse permutation of mpbbR. */
const MPBB_I = (() => {
  const t = new Uint8Array(256);
  MPBB_R.forEach((v, i) => {
    t[v] = i;
  });
  return t;
})();

const CRYPT_METHODS = { none: 0, permute: 1, cyclic: 2 } as const;
type CryptMethod = (typeof CRYPT_METHODS)[keyof typeof CRYPT_METHODS];

/** NDB_CRYPT_PERMUTE ([MS-PST] 5.1, encoding direction). */
function permute(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = MPBB_R[data[i] ?? 0] ?? 0;
  return out;
}

/** NDB_CRYPT_CYCLIC ([MS-PST] 5.2), keyed by the low 32 bits of the block's BID; its own inverse. */
function cyclic(data: Uint8Array, bid: bigint): Uint8Array {
  const key = Number(bid & 0xffffffffn);
  let w = (key ^ (key >>> 16)) & 0xffff;
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    let b = data[i] ?? 0;
    b = (b + w) & 0xff;
    b = MPBB_R[b] ?? 0;
    b = (b + (w >>> 8)) & 0xff;
    b = MPBB_S[b] ?? 0;
    b = (b - (w >>> 8)) & 0xff;
    b = MPBB_I[b] ?? 0;
    b = (b - w) & 0xff;
    out[i] = b;
    w = (w + 1) & 0xffff;
  }
  return out;
}

// ---------------------------------------------------------------------------
// NDB layer: blocks, data trees, subnode trees, nodes ([MS-PST] 2.2.2.8)
// ---------------------------------------------------------------------------

/** A node before it reaches the file: its data stream in block-sized chunks, and its subnodes. */
interface NodeData {
  chunks: Uint8Array[];
  subnodes: SubnodeData[];
}

interface SubnodeData {
  nid: number;
  node: NodeData;
}

interface Block {
  bid: bigint;
  /** The block's data as stored (external blocks already encoded, then maybe compressed). */
  data: Uint8Array;
  /** cbInflated: the size before compression (`data.length` when not compressed). */
  inflated: number;
}

interface NbtEntry {
  nid: number;
  bidData: bigint;
  bidSub: bigint;
  nidParent: number;
}

class Ndb {
  readonly blocks: Block[] = [];
  readonly nodes: NbtEntry[] = [];
  /** Next free BID; the header's bidNextB at the end. */
  nextBid = FIRST_BID;
  /** The header's rgnid[], set once every node is written. */
  rgnid: number[] = [];

  constructor(
    readonly fmt: Format,
    readonly crypt: CryptMethod,
    /** The header's wMagicClient. */
    readonly magicClient: number,
    /** 4K format: zlib compression, used where it makes a block smaller. */
    private readonly deflate?: (data: Uint8Array) => Uint8Array,
  ) {}

  private newBid(internal: boolean): bigint {
    const bid = this.nextBid | (internal ? BID_INTERNAL : 0n);
    this.nextBid += BID_STEP;
    return bid;
  }

  private external(data: Uint8Array): bigint {
    if (data.length > this.fmt.maxBlockData) throw new Error('writePst: internal error, block too large');
    const bid = this.newBid(false);
    let stored = data;
    if (this.crypt === CRYPT_METHODS.permute) stored = permute(data);
    else if (this.crypt === CRYPT_METHODS.cyclic) stored = cyclic(data, bid);
    // Encode, then compress: a reader inflates, then decodes.
    if (this.deflate && data.length > 0) {
      const compressed = this.deflate(stored);
      if (compressed.length < stored.length) stored = compressed;
    }
    this.blocks.push({ bid, data: stored, inflated: data.length });
    return bid;
  }

  /** XBLOCK / XXBLOCK / SLBLOCK / SIBLOCK: never encoded ([MS-PST] 5: only external data is). */
  private internal(data: Uint8Array): bigint {
    const bid = this.newBid(true);
    this.blocks.push({ bid, data, inflated: data.length });
    return bid;
  }

  /** A data tree ([MS-PST] 2.2.2.8.3.2): one data block, or an XBLOCK of them, or an XXBLOCK of XBLOCKs. */
  dataTree(chunks: Uint8Array[]): bigint {
    const first = chunks[0];
    if (!first) throw new Error('writePst: internal error, node without data');
    if (chunks.length === 1) return this.external(first);
    const perX = Math.floor((this.fmt.maxBlockData - 8) / this.fmt.idSize);
    const leaves = chunks.map((c) => ({ bid: this.external(c), size: c.length }));
    if (leaves.length <= perX) return this.internal(this.xblock(1, leaves));
    const xblocks: { bid: bigint; size: number }[] = [];
    for (let i = 0; i < leaves.length; i += perX) {
      const group = leaves.slice(i, i + perX);
      xblocks.push({ bid: this.internal(this.xblock(1, group)), size: group.reduce((n, g) => n + g.size, 0) });
    }
    if (xblocks.length > perX) throw new Error('writePst: value too large for an XXBLOCK');
    return this.internal(this.xblock(2, xblocks));
  }

  /** XBLOCK (cLevel 1) or XXBLOCK (cLevel 2): btype, cLevel, cEnt, lcbTotal, rgbid. */
  private xblock(level: 1 | 2, children: { bid: bigint; size: number }[]): Uint8Array {
    const out = new Uint8Array(8 + children.length * this.fmt.idSize);
    const v = viewOf(out);
    out[0] = 0x01;
    out[1] = level;
    v.setUint16(2, children.length, true);
    v.setUint32(4, children.reduce((n, c) => n + c.size, 0), true);
    children.forEach((c, i) => putId(v, 8 + i * this.fmt.idSize, c.bid, this.fmt));
    return out;
  }

  /** A subnode tree ([MS-PST] 2.2.2.8.3.3): one SLBLOCK, or an SIBLOCK over several. 0 when empty. */
  subnodeTree(entries: { nid: number; bidData: bigint; bidSub: bigint }[]): bigint {
    if (entries.length === 0) return 0n;
    const sorted = [...entries].sort((a, b) => a.nid - b.nid);
    const { fmt } = this;
    const perSl = Math.floor((fmt.maxBlockData - fmt.subHeader) / fmt.slEntry);
    const leaves: { nid: number; bid: bigint }[] = [];
    for (let i = 0; i < sorted.length; i += perSl) {
      const group = sorted.slice(i, i + perSl);
      const out = new Uint8Array(fmt.subHeader + group.length * fmt.slEntry);
      const v = viewOf(out);
      out[0] = 0x02;
      out[1] = 0;
      v.setUint16(2, group.length, true);
      group.forEach((e, j) => {
        const off = fmt.subHeader + j * fmt.slEntry;
        v.setUint32(off, e.nid, true);
        putId(v, off + fmt.idSize, e.bidData, fmt);
        putId(v, off + 2 * fmt.idSize, e.bidSub, fmt);
      });
      leaves.push({ nid: group[0]?.nid ?? 0, bid: this.internal(out) });
    }
    const only = leaves[0];
    if (leaves.length === 1 && only) return only.bid;
    const perSi = Math.floor((fmt.maxBlockData - fmt.subHeader) / fmt.siEntry);
    if (leaves.length > perSi) throw new Error('writePst: too many subnodes');
    const out = new Uint8Array(fmt.subHeader + leaves.length * fmt.siEntry);
    const v = viewOf(out);
    out[0] = 0x02;
    out[1] = 1;
    v.setUint16(2, leaves.length, true);
    leaves.forEach((e, j) => {
      const off = fmt.subHeader + j * fmt.siEntry;
      v.setUint32(off, e.nid, true);
      putId(v, off + fmt.idSize, e.bid, fmt);
    });
    return this.internal(out);
  }

  /** Writes a node's blocks (subnodes first) and returns its data and subnode BIDs. */
  materialize(node: NodeData): { bidData: bigint; bidSub: bigint } {
    const subs = node.subnodes.map((s) => ({ nid: s.nid, ...this.materialize(s.node) }));
    return { bidData: this.dataTree(node.chunks), bidSub: this.subnodeTree(subs) };
  }

  addNode(nid: number, nidParent: number, node: NodeData): void {
    this.nodes.push({ nid, nidParent, ...this.materialize(node) });
  }
}

/** A byte stream cut into block-sized chunks. */
function streamNode(bytes: Uint8Array, fmt: Format): NodeData {
  const chunks: Uint8Array[] = [];
  for (let off = 0; off < bytes.length; off += fmt.maxBlockData) {
    chunks.push(bytes.subarray(off, off + fmt.maxBlockData));
  }
  return { chunks, subnodes: [] };
}

// ---------------------------------------------------------------------------
// LTP layer: Heap-on-Node ([MS-PST] 2.3.1)
// ---------------------------------------------------------------------------

const HN_SIG = 0xec;
const CLIENT_SIG_BTH = 0xb5;
const CLIENT_SIG_PC = 0xbc;
const CLIENT_SIG_TC = 0x7c;
/** hidIndex is 11 bits. */
const MAX_HEAP_ITEMS_PER_BLOCK = 2047;

/** HNHDR on block 0, HNBITMAPHDR on blocks 8, 136, 264..., HNPAGEHDR elsewhere. */
function heapHeaderSize(block: number): number {
  if (block === 0) return 12;
  return block >= 8 && (block - 8) % 128 === 0 ? 66 : 2;
}

/** rgbFillLevel value for a block with `free` bytes left ([MS-PST] 2.3.1.2). */
function fillLevel(free: number): number {
  const limits = [3584, 2560, 2048, 1792, 1536, 1280, 1024, 768, 512, 256, 128, 64, 32, 16, 8];
  const i = limits.findIndex((l) => free >= l);
  return i === -1 ? 15 : i;
}

/**
 * A Heap-on-Node being filled: allocations go into the last block until it is full, then a new
 * block starts. Each block ends with its HNPAGEMAP (cAlloc, cFree, then cAlloc + 1 offsets).
 */
class Heap {
  private readonly blocks: { items: Uint8Array[]; used: number }[] = [{ items: [], used: 0 }];
  private userRoot = 0;

  constructor(
    private readonly fmt: Format,
    private readonly clientSig: number,
  ) {}

  /** Allocates `data` and returns its HID; a block that cannot take it is closed and a new one started. */
  alloc(data: Uint8Array): number {
    if (data.length > this.fmt.maxHeapItem) throw new Error('writePst: internal error, heap item too large');
    let index = this.blocks.length - 1;
    let block = this.blocks[index];
    if (!block || !this.fits(index, block, data.length)) {
      block = { items: [], used: 0 };
      this.blocks.push(block);
      index++;
    }
    block.items.push(data);
    block.used += data.length;
    return (index * 2 ** this.fmt.hidBlockShift + (block.items.length << 5)) >>> 0;
  }

  /** Replaces a reserved allocation with its final content (same size). */
  fill(hid: number, data: Uint8Array): void {
    const block = this.blocks[hid >>> this.fmt.hidBlockShift];
    const i = ((hid >>> 5) & 0x7ff) - 1;
    if (!block || block.items[i]?.length !== data.length) throw new Error('writePst: internal error, bad heap fill');
    block.items[i] = data;
  }

  setUserRoot(hid: number): void {
    this.userRoot = hid;
  }

  private fits(index: number, block: { items: Uint8Array[]; used: number }, size: number): boolean {
    if (block.items.length + 1 > MAX_HEAP_ITEMS_PER_BLOCK) return false;
    const pageMap = 4 + 2 * (block.items.length + 2);
    return alignUp(heapHeaderSize(index) + block.used + size, 2) + pageMap <= this.fmt.heapBlockData;
  }

  /** The heap's blocks, each one data block of the node ([MS-PST] 2.3.1.1). */
  toChunks(): Uint8Array[] {
    const sizes = this.blocks.map((b, i) => alignUp(heapHeaderSize(i) + b.used, 2) + 4 + 2 * (b.items.length + 1));
    const levels = sizes.map((s) => fillLevel(this.fmt.heapBlockData - s));
    // Four bits per block, the first block of the range in the low nibble of the first byte.
    const fillLevels = (from: number, count: number): Uint8Array => {
      const out = new Uint8Array(count / 2);
      for (let k = 0; k < count; k++) {
        const level = levels[from + k];
        if (level !== undefined) out[k >> 1] = (out[k >> 1] ?? 0) | (level << ((k & 1) * 4));
      }
      return out;
    };
    return this.blocks.map((block, i) => {
      const out = new Uint8Array(sizes[i] ?? 0);
      const v = viewOf(out);
      const header = heapHeaderSize(i);
      let off = header;
      const starts: number[] = [];
      for (const item of block.items) {
        starts.push(off);
        out.set(item, off);
        off += item.length;
      }
      starts.push(off);
      const ibHnpm = alignUp(off, 2);
      v.setUint16(0, ibHnpm, true);
      if (i === 0) {
        out[2] = HN_SIG;
        out[3] = this.clientSig;
        v.setUint32(4, this.userRoot, true);
        out.set(fillLevels(0, 8), 8);
      } else if (header === 66) {
        out.set(fillLevels(i, 128), 2);
      }
      v.setUint16(ibHnpm, block.items.length, true); // cAlloc
      v.setUint16(ibHnpm + 2, 0, true); // cFree
      starts.forEach((s, k) => v.setUint16(ibHnpm + 4 + k * 2, s, true));
      return out;
    });
  }
}

/**
 * A BTH ([MS-PST] 2.3.2) over `records` (sorted by key): leaf allocations of key+data records,
 * then index levels of key+HID until one allocation is left. Its BTHHEADER goes into the
 * allocation reserved at `headerHid`.
 */
function writeBth(
  heap: Heap,
  fmt: Format,
  headerHid: number,
  cbKey: number,
  cbEnt: number,
  records: { key: number; data: Uint8Array }[],
): void {
  const putKey = (v: DataView, off: number, key: number): void => {
    if (cbKey === 2) v.setUint16(off, key, true);
    else v.setUint32(off, key, true);
  };
  let level: { key: number; hid: number }[] = [];
  const perLeaf = Math.floor(fmt.maxHeapItem / (cbKey + cbEnt));
  for (let i = 0; i < records.length; i += perLeaf) {
    const group = records.slice(i, i + perLeaf);
    const out = new Uint8Array(group.length * (cbKey + cbEnt));
    const v = viewOf(out);
    group.forEach((r, j) => {
      putKey(v, j * (cbKey + cbEnt), r.key);
      out.set(r.data, j * (cbKey + cbEnt) + cbKey);
    });
    level.push({ key: group[0]?.key ?? 0, hid: heap.alloc(out) });
  }
  let indexLevels = 0;
  const perIndex = Math.floor(fmt.maxHeapItem / (cbKey + 4));
  while (level.length > 1) {
    const next: { key: number; hid: number }[] = [];
    for (let i = 0; i < level.length; i += perIndex) {
      const group = level.slice(i, i + perIndex);
      const out = new Uint8Array(group.length * (cbKey + 4));
      const v = viewOf(out);
      group.forEach((r, j) => {
        putKey(v, j * (cbKey + 4), r.key);
        v.setUint32(j * (cbKey + 4) + cbKey, r.hid, true);
      });
      next.push({ key: group[0]?.key ?? 0, hid: heap.alloc(out) });
    }
    level = next;
    indexLevels++;
  }
  const header = new Uint8Array(8);
  header[0] = CLIENT_SIG_BTH;
  header[1] = cbKey;
  header[2] = cbEnt;
  header[3] = indexLevels;
  viewOf(header).setUint32(4, level[0]?.hid ?? 0, true);
  heap.fill(headerHid, header);
}

// ---------------------------------------------------------------------------
// LTP layer: property values, PCs and TCs ([MS-PST] 2.3.3, 2.3.4)
// ---------------------------------------------------------------------------

const PT_LONG = 0x0003;
const PT_BOOLEAN = 0x000b;
const PT_OBJECT = 0x000d;
const PT_STRING8 = 0x001e;
const PT_UNICODE = 0x001f;
const PT_SYSTIME = 0x0040;
const PT_BINARY = 0x0102;

/** A PtypObject value: the subnode that holds the object, and the object's size. */
interface ObjectValue {
  node: NodeData;
  size: number;
}

type PropValue = number | boolean | bigint | string | Uint8Array | ObjectValue;

interface Prop {
  id: number;
  type: number;
  value: PropValue;
}

/** Hands out the NIDs of one node's subnodes and collects them. */
class Subnodes {
  readonly list: SubnodeData[] = [];
  private readonly next = new Map<number, number>();

  add(nidType: number, node: NodeData): number {
    // Local indexes start at 0x400 like Outlook's global counters; 0x671 / 0x692 are below that.
    const index = (this.next.get(nidType) ?? 0x400) + 1;
    this.next.set(nidType, index);
    const nid = makeNid(nidType, index);
    this.list.push({ nid, node });
    return nid;
  }

  addFixed(nid: number, node: NodeData): void {
    this.list.push({ nid, node });
  }
}

/** The bytes of a variable-size or 8-byte value. */
function valueBytes(type: number, value: PropValue): Uint8Array {
  switch (type) {
    case PT_UNICODE:
      return utf16le(String(value));
    case PT_STRING8:
      return latin1(String(value));
    case PT_BINARY:
      if (!(value instanceof Uint8Array)) throw new Error('writePst: internal error, binary value expected');
      return value;
    case PT_SYSTIME: {
      const out = new Uint8Array(8);
      viewOf(out).setBigUint64(0, BigInt(value as bigint), true);
      return out;
    }
    default:
      throw new Error(`writePst: internal error, unsupported property type 0x${type.toString(16)}`);
  }
}

/** An HNID for a variable-size value: a heap allocation when it fits, else a subnode. */
function storeVariable(heap: Heap, subnodes: Subnodes, fmt: Format, bytes: Uint8Array): number {
  if (bytes.length <= fmt.maxHeapItem) return heap.alloc(bytes);
  return subnodes.add(NID_TYPE_LTP, streamNode(bytes, fmt));
}

/**
 * A Property Context ([MS-PST] 2.3.3): a heap whose user root is a BTH of 2-byte property IDs
 * to (wPropType, dwValueHnid). Values of 4 bytes or less sit in dwValueHnid; the rest on the
 * heap or, past the heap's item limit, in subnodes. `subnodes` may already hold the node's
 * other subnodes (tables, attachments), so the NIDs handed out here do not collide.
 */
function buildPc(fmt: Format, props: Prop[], subnodes: Subnodes = new Subnodes()): NodeData {
  const heap = new Heap(fmt, CLIENT_SIG_PC);
  const headerHid = heap.alloc(new Uint8Array(8));
  heap.setUserRoot(headerHid);
  const records = [...props]
    .sort((a, b) => a.id - b.id)
    .map((p) => {
      let hnid: number;
      if (p.type === PT_LONG) hnid = Number(p.value) >>> 0;
      else if (p.type === PT_BOOLEAN) hnid = p.value ? 1 : 0;
      else if (p.type === PT_OBJECT) {
        // PtypObject ([MS-PST] 2.3.3.5): an HID of (subnode NID, object size).
        const obj = p.value as ObjectValue;
        const ref = new Uint8Array(8);
        viewOf(ref).setUint32(0, subnodes.add(NID_TYPE_NORMAL_MESSAGE, obj.node), true);
        viewOf(ref).setUint32(4, obj.size, true);
        hnid = heap.alloc(ref);
      } else hnid = storeVariable(heap, subnodes, fmt, valueBytes(p.type, p.value));
      const data = new Uint8Array(6);
      viewOf(data).setUint16(0, p.type, true);
      viewOf(data).setUint32(2, hnid, true);
      return { key: p.id, data };
    });
  for (let i = 1; i < records.length; i++) {
    if (records[i]?.key === records[i - 1]?.key) throw new Error('writePst: internal error, duplicate property');
  }
  writeBth(heap, fmt, headerHid, 2, 6, records);
  return { chunks: heap.toChunks(), subnodes: subnodes.list };
}

interface Column {
  id: number;
  type: number;
}

interface Row {
  id: number;
  values: Map<number, PropValue>;
}

const PID_LTP_ROW_ID = 0x67f2;
const PID_LTP_ROW_VER = 0x67f3;

function cellSize(type: number): number {
  if (type === PT_SYSTIME) return 8;
  if (type === PT_BOOLEAN) return 1;
  return 4; // PT_LONG, or an HNID for strings and binaries
}

/**
 * A Table Context ([MS-PST] 2.3.4). Row layout: dwRowID and the row version first, then 8-byte,
 * 4-byte, 2-byte and 1-byte cells (rgib marks where each group ends), then the cell existence
 * bitmap. The row matrix sits on the heap when small, else in a subnode whose blocks each hold
 * a whole number of rows. The spec only asks that rows do not span blocks; padding every block
 * but the last to the full block size also serves readers that step through the concatenated
 * matrix with a fixed block stride, as pst-extractor does.
 *
 * Heap order: the row index BTHHEADER is the first allocation (HID 0x20), TCINFO the second.
 * Nothing in the spec asks for that order, but pst-extractor depends on it: it reads the
 * BTHHEADER at 0x20 instead of following TCINFO.hidRowIndex.
 */
function buildTc(fmt: Format, columns: Column[], rows: Row[]): NodeData {
  const heap = new Heap(fmt, CLIENT_SIG_TC);
  const subnodes = new Subnodes();
  const rowIndexHid = heap.alloc(new Uint8Array(8));
  const all: Column[] = [{ id: PID_LTP_ROW_ID, type: PT_LONG }, { id: PID_LTP_ROW_VER, type: PT_LONG }, ...columns];
  const tcinfoHid = heap.alloc(new Uint8Array(22 + all.length * 8));
  heap.setUserRoot(tcinfoHid);

  // Lay the cells out by size group; the two row columns stay first, dwRowID at offset 0.
  const bySize = (size: number): Column[] => columns.filter((c) => cellSize(c.type) === size);
  const placed: { col: Column; ib: number; cb: number; bit: number }[] = [];
  let ib = 0;
  const place = (col: Column): void => {
    const cb = cellSize(col.type);
    placed.push({ col, ib, cb, bit: placed.length });
    ib += cb;
  };
  all.slice(0, 2).forEach(place);
  bySize(8).forEach(place);
  bySize(4).forEach(place);
  const end4 = ib;
  const end2 = ib; // no 2-byte columns in the tables written here
  bySize(1).forEach(place);
  const end1 = ib;
  const rowSize = end1 + Math.ceil(all.length / 8);

  // Row matrix.
  const matrix = new Uint8Array(rows.length * rowSize);
  const mv = viewOf(matrix);
  rows.forEach((row, r) => {
    const base = r * rowSize;
    for (const { col, ib: cellIb, bit } of placed) {
      let value: PropValue | undefined;
      if (col.id === PID_LTP_ROW_ID) value = row.id;
      else if (col.id === PID_LTP_ROW_VER) value = 1;
      else value = row.values.get(col.id);
      if (value === undefined) continue;
      const off = base + cellIb;
      if (col.type === PT_LONG) mv.setUint32(off, Number(value) >>> 0, true);
      else if (col.type === PT_BOOLEAN) matrix[off] = value ? 1 : 0;
      else if (col.type === PT_SYSTIME) mv.setBigUint64(off, value as bigint, true);
      else mv.setUint32(off, storeVariable(heap, subnodes, fmt, valueBytes(col.type, value)), true);
      // Cell existence bitmap: bit iBit counted from the most significant bit of byte 0.
      matrix[base + end1 + (bit >> 3)] = (matrix[base + end1 + (bit >> 3)] ?? 0) | (0x80 >> (bit & 7));
    }
  });
  let hnidRows = 0;
  if (matrix.length > 0 && matrix.length <= fmt.maxHeapItem) hnidRows = heap.alloc(matrix);
  else if (matrix.length > 0) {
    const perBlock = Math.floor(fmt.heapBlockData / rowSize);
    const chunks: Uint8Array[] = [];
    for (let r = 0; r < rows.length; r += perBlock) {
      const slice = matrix.subarray(r * rowSize, Math.min(rows.length, r + perBlock) * rowSize);
      const last = r + perBlock >= rows.length;
      const chunk = new Uint8Array(last ? slice.length : fmt.heapBlockData);
      chunk.set(slice);
      chunks.push(chunk);
    }
    hnidRows = subnodes.add(NID_TYPE_LTP, { chunks, subnodes: [] });
  }

  // Row index: dwRowID to row number.
  const records = rows
    .map((row, r) => {
      const data = new Uint8Array(fmt.rowIndexSize);
      if (fmt.rowIndexSize === 4) viewOf(data).setUint32(0, r, true);
      else viewOf(data).setUint16(0, r, true);
      return { key: row.id >>> 0, data };
    })
    .sort((a, b) => a.key - b.key);
  writeBth(heap, fmt, rowIndexHid, 4, fmt.rowIndexSize, records);

  // TCINFO with the TCOLDESCs sorted by tag.
  const tcinfo = new Uint8Array(22 + all.length * 8);
  const tv = viewOf(tcinfo);
  tcinfo[0] = CLIENT_SIG_TC;
  tcinfo[1] = all.length;
  tv.setUint16(2, end4, true);
  tv.setUint16(4, end2, true);
  tv.setUint16(6, end1, true);
  tv.setUint16(8, rowSize, true);
  tv.setUint32(10, rowIndexHid, true);
  tv.setUint32(14, hnidRows, true);
  tv.setUint32(18, 0, true); // hidIndex (deprecated)
  const tag = (c: Column): number => ((c.id << 16) | c.type) >>> 0;
  [...placed]
    .sort((a, b) => tag(a.col) - tag(b.col))
    .forEach((p, i) => {
      const off = 22 + i * 8;
      tv.setUint32(off, tag(p.col), true);
      tv.setUint16(off + 4, p.ib, true);
      tcinfo[off + 6] = p.cb;
      tcinfo[off + 7] = p.bit;
    });
  heap.fill(tcinfoHid, tcinfo);
  return { chunks: heap.toChunks(), subnodes: subnodes.list };
}

// ---------------------------------------------------------------------------
// Messaging layer ([MS-PST] 2.4)
// ---------------------------------------------------------------------------

// NID types ([MS-PST] 2.2.2.1).
const NID_TYPE_NORMAL_FOLDER = 0x02;
const NID_TYPE_SEARCH_FOLDER = 0x03;
const NID_TYPE_NORMAL_MESSAGE = 0x04;
const NID_TYPE_ATTACHMENT = 0x05;
const NID_TYPE_ASSOC_MESSAGE = 0x08;
const NID_TYPE_HIERARCHY_TABLE = 0x0d;
const NID_TYPE_CONTENTS_TABLE = 0x0e;
const NID_TYPE_ASSOC_CONTENTS_TABLE = 0x0f;
const NID_TYPE_LTP = 0x1f;

const makeNid = (type: number, index: number): number => ((index << 5) | type) >>> 0;

// Special NIDs ([MS-PST] 2.4.1).
const NID_MESSAGE_STORE = 0x21;
const NID_NAME_TO_ID_MAP = 0x61;
const NID_ROOT_FOLDER = 0x122;
const NID_HIERARCHY_TABLE_TEMPLATE = 0x60d;
const NID_CONTENTS_TABLE_TEMPLATE = 0x60e;
const NID_ASSOC_CONTENTS_TABLE_TEMPLATE = 0x60f;
const NID_SEARCH_CONTENTS_TABLE_TEMPLATE = 0x610;
const NID_ATTACHMENT_TABLE = 0x671;
const NID_RECIPIENT_TABLE = 0x692;

/**
 * Initial rgnid[] values: the last nidIndex "used" per NID type in a new store, as in the spec's
 * sample header; the first folder is therefore 0x8022 and the first message 0x200024.
 */
const RGNID_START: Partial<Record<number, number>> = {
  [NID_TYPE_SEARCH_FOLDER]: 0x4000,
  [NID_TYPE_NORMAL_MESSAGE]: 0x10000,
  [NID_TYPE_ASSOC_MESSAGE]: 0x8000,
};
const RGNID_DEFAULT = 0x400;

const ATTACH_BY_VALUE = 1;
const ATTACH_EMBEDDED_MSG = 5;
const MSGFLAG_READ = 0x01;
const MSGFLAG_HASATTACH = 0x10;
const MAPI_MAILUSER = 6;
const DT_MAILUSER = 0;
/** Windows-1252, the code page of PT_STRING8 values (PR_MESSAGE_CODEPAGE). */
const CP_WINDOWS_1252 = 1252;
const IMPORTANCE_NORMAL = 1;
const NO_RENDERING_POSITION = 0xffffffff;

/** The store's record key: a fixed GUID, so the output stays deterministic. */
const STORE_UID = guidBytes('4A1D4C32-8B2E-4F5A-9C3D-2E6F7A8B9C0D');
const IPM_SUBTREE_NAME = 'Top of Personal Folders';
const SEARCH_ROOT_NAME = 'Search Root';
const STORE_NAME = 'Personal Folders';
const MAIL_CONTAINER_CLASS = 'IPF.Note';
// PR_VALID_FOLDER_MASK bits: FOLDER_IPM_SUBTREE_VALID | FOLDER_FINDER_VALID.
const VALID_FOLDER_MASK = 0x01 | 0x80;

// Columns of the standard tables ([MS-PST] 2.4.4.4.1, 2.4.4.5.1, 2.4.4.6.1, 2.4.5.1, 2.4.6.1.1),
// less the replication and conversation columns that need data this writer does not have.
const hierarchyColumns = (str: number): Column[] => [
  { id: 0x3001, type: str }, // PR_DISPLAY_NAME
  { id: 0x3602, type: PT_LONG }, // PR_CONTENT_COUNT
  { id: 0x3603, type: PT_LONG }, // PR_CONTENT_UNREAD
  { id: 0x360a, type: PT_BOOLEAN }, // PR_SUBFOLDERS
  { id: 0x3613, type: str }, // PR_CONTAINER_CLASS
];
const contentsColumns = (str: number): Column[] => [
  { id: 0x0017, type: PT_LONG }, // PR_IMPORTANCE
  { id: 0x001a, type: str }, // PR_MESSAGE_CLASS
  { id: 0x0037, type: str }, // PR_SUBJECT
  { id: 0x0039, type: PT_SYSTIME }, // PR_CLIENT_SUBMIT_TIME
  { id: 0x0042, type: str }, // PR_SENT_REPRESENTING_NAME
  { id: 0x0e04, type: str }, // PR_DISPLAY_TO
  { id: 0x0e07, type: PT_LONG }, // PR_MESSAGE_FLAGS
  { id: 0x0e08, type: PT_LONG }, // PR_MESSAGE_SIZE
];
const assocContentsColumns = (str: number): Column[] => [
  { id: 0x001a, type: str }, // PR_MESSAGE_CLASS
  { id: 0x0e07, type: PT_LONG }, // PR_MESSAGE_FLAGS
  { id: 0x0e08, type: PT_LONG }, // PR_MESSAGE_SIZE
];
const recipientColumns = (str: number): Column[] => [
  { id: 0x0c15, type: PT_LONG }, // PR_RECIPIENT_TYPE
  { id: 0x0e0f, type: PT_BOOLEAN }, // PR_RESPONSIBILITY
  { id: 0x0ffe, type: PT_LONG }, // PR_OBJECT_TYPE
  { id: 0x3001, type: str }, // PR_DISPLAY_NAME
  { id: 0x3002, type: str }, // PR_ADDRTYPE
  { id: 0x3003, type: str }, // PR_EMAIL_ADDRESS
  { id: 0x3900, type: PT_LONG }, // PR_DISPLAY_TYPE
  { id: 0x39fe, type: str }, // PR_SMTP_ADDRESS
  { id: 0x3a40, type: PT_BOOLEAN }, // PR_SEND_RICH_INFO
];
const attachmentColumns = (str: number): Column[] => [
  { id: 0x0e20, type: PT_LONG }, // PR_ATTACH_SIZE
  { id: 0x3704, type: str }, // PR_ATTACH_FILENAME
  { id: 0x3705, type: PT_LONG }, // PR_ATTACH_METHOD
  { id: 0x370b, type: PT_LONG }, // PR_RENDERING_POSITION
];

/** Collects the properties of one object, skipping absent values. */
class PropList {
  readonly props: Prop[] = [];
  /** Bytes of the values, for PR_MESSAGE_SIZE / PR_ATTACH_SIZE. */
  size = 0;

  constructor(private readonly str: number) {}

  long(id: number, n: number | undefined): void {
    if (n === undefined) return;
    this.props.push({ id, type: PT_LONG, value: n });
    this.size += 4;
  }

  bool(id: number, b: boolean): void {
    this.props.push({ id, type: PT_BOOLEAN, value: b });
    this.size += 1;
  }

  time(id: number, d: Date | undefined): void {
    if (d === undefined) return;
    this.props.push({ id, type: PT_SYSTIME, value: filetime(d) });
    this.size += 8;
  }

  string(id: number, s: string | undefined): void {
    if (s === undefined) return;
    this.props.push({ id, type: this.str, value: s });
    this.size += this.str === PT_UNICODE ? s.length * 2 : s.length;
  }

  binary(id: number, bytes: Uint8Array | undefined): void {
    if (bytes === undefined) return;
    this.props.push({ id, type: PT_BINARY, value: bytes });
    this.size += bytes.length;
  }

  object(id: number, value: ObjectValue): void {
    this.props.push({ id, type: PT_OBJECT, value });
    this.size += value.size;
  }
}

/**
 * The node of a message (its PC, recipient table, attachment table and attachments), its size,
 * and the values its folder's contents table shows of it.
 */
function messageNode(fmt: Format, spec: MsgSpec): { node: NodeData; size: number; summary: Map<number, PropValue> } {
  const str = !fmt.unicode || spec.ansi === true ? PT_STRING8 : PT_UNICODE;
  const attachments = spec.attachments ?? [];
  const subnodes = new Subnodes();

  const recipients = spec.recipients ?? [];
  subnodes.addFixed(NID_RECIPIENT_TABLE, buildTc(fmt, recipientColumns(str), recipients.map(recipientRow)));

  let attachmentBytes = 0;
  if (attachments.length > 0) {
    const rows: Row[] = attachments.map((att, i) => {
      const built = attachmentNode(fmt, att, i, str);
      attachmentBytes += built.size;
      const values = new Map<number, PropValue>([
        [0x0e20, built.size],
        [0x3705, att.embedded ? ATTACH_EMBEDDED_MSG : ATTACH_BY_VALUE],
        [0x370b, NO_RENDERING_POSITION],
      ]);
      if (att.filename !== undefined) values.set(0x3704, att.filename);
      return { id: subnodes.add(NID_TYPE_ATTACHMENT, built.node), values };
    });
    subnodes.addFixed(NID_ATTACHMENT_TABLE, buildTc(fmt, attachmentColumns(str), rows));
  }

  const p = new PropList(str);
  p.string(0x001a, spec.messageClass ?? 'IPM.Note'); // PR_MESSAGE_CLASS
  p.long(0x0017, IMPORTANCE_NORMAL); // PR_IMPORTANCE
  const flags = MSGFLAG_READ | (attachments.length > 0 ? MSGFLAG_HASATTACH : 0);
  p.long(0x0e07, flags); // PR_MESSAGE_FLAGS
  // PT_STRING8 values mean nothing without their code page.
  if (str === PT_STRING8) p.long(0x3ffd, CP_WINDOWS_1252); // PR_MESSAGE_CODEPAGE
  p.string(0x007d, spec.transportHeaders);
  p.string(0x0037, spec.subject);
  p.string(0x1000, spec.body);
  p.binary(0x1013, spec.html);
  p.long(0x3fde, spec.internetCpid);
  p.binary(0x1009, spec.rtfCompressed);
  p.string(0x0c1a, spec.senderName);
  p.string(0x5d01, spec.senderSmtp);
  p.string(0x0042, spec.sentRepresentingName);
  p.string(0x5d02, spec.sentRepresentingSmtp);
  p.string(0x0e04, spec.displayTo);
  p.string(0x1035, spec.messageId);
  p.time(0x0039, spec.submitTime);
  const size = p.size + attachmentBytes + 4; // + PR_MESSAGE_SIZE itself
  p.long(0x0e08, size); // PR_MESSAGE_SIZE

  const summary = new Map<number, PropValue>([
    [0x0017, IMPORTANCE_NORMAL],
    [0x001a, spec.messageClass ?? 'IPM.Note'],
    [0x0e07, flags],
    [0x0e08, size],
  ]);
  if (spec.subject !== undefined) summary.set(0x0037, spec.subject);
  if (spec.submitTime !== undefined) summary.set(0x0039, filetime(spec.submitTime));
  if (spec.sentRepresentingName !== undefined) summary.set(0x0042, spec.sentRepresentingName);
  if (spec.displayTo !== undefined) summary.set(0x0e04, spec.displayTo);

  return { node: buildPc(fmt, p.props, subnodes), size, summary };
}

/** A recipient table row; its row ID is the recipient's PR_ROWID (its index). */
function recipientRow(r: MsgRecipient, index: number): Row {
  const values = new Map<number, PropValue>([
    [0x0c15, r.type],
    [0x0e0f, false],
    [0x0ffe, MAPI_MAILUSER],
    [0x3900, DT_MAILUSER],
    [0x3a40, false],
  ]);
  if (r.name !== undefined) values.set(0x3001, r.name);
  // An Exchange X.500 name ("/o=.../cn=...") has address type EX; anything else is SMTP.
  if (r.email !== undefined || r.smtp !== undefined) values.set(0x3002, r.email?.startsWith('/') ? 'EX' : 'SMTP');
  if (r.email !== undefined) values.set(0x3003, r.email);
  if (r.smtp !== undefined) values.set(0x39fe, r.smtp);
  return { id: index, values };
}

/** An attachment object: a PC whose PR_ATTACH_DATA_OBJ, for embedded messages, points at a subnode. */
function attachmentNode(fmt: Format, att: MsgAttachment, index: number, str: number): { node: NodeData; size: number } {
  if (att.data !== undefined && att.embedded !== undefined) {
    throw new Error('writePst: an attachment cannot have both `data` and `embedded`');
  }
  const subnodes = new Subnodes();
  const p = new PropList(str);
  let size = att.data?.length ?? 0;
  let embedded: ObjectValue | undefined;
  if (att.embedded) {
    const built = messageNode(fmt, att.embedded);
    size = built.size;
    embedded = { node: built.node, size: built.node.chunks.reduce((n, c) => n + c.length, 0) };
  }
  p.long(0x3705, att.embedded ? ATTACH_EMBEDDED_MSG : ATTACH_BY_VALUE); // PR_ATTACH_METHOD
  p.long(0x0e21, index); // PR_ATTACH_NUM
  p.long(0x370b, NO_RENDERING_POSITION); // PR_RENDERING_POSITION
  p.long(0x0e20, size); // PR_ATTACH_SIZE
  p.string(0x3707, att.longFilename);
  p.string(0x3704, att.filename);
  p.string(0x370e, att.mimeTag);
  p.string(0x3712, att.contentId);
  p.binary(0x3701, att.data); // PR_ATTACH_DATA_BIN
  if (embedded) p.object(0x3701, embedded); // PR_ATTACH_DATA_OBJ
  return { node: buildPc(fmt, p.props, subnodes), size };
}

/** An ENTRYID of a folder in this store: rgbFlags, the store's UID, the folder's NID. */
function entryId(nid: number): Uint8Array {
  const out = new Uint8Array(24);
  out.set(STORE_UID, 4);
  viewOf(out).setUint32(20, nid, true);
  return out;
}

/**
 * The name-to-ID map ([MS-PST] 2.4.7): a PC with the bucket count, the GUID, entry and string
 * streams and the hash buckets. It names two properties, one numeric and one string-named,
 * because pst-extractor cannot open a store whose streams are empty.
 */
function nameToIdMap(fmt: Format): NodeData {
  const BUCKETS = 251;
  const guids = [guidBytes('00062008-0000-0000-C000-000000000046'), guidBytes('00020386-0000-0000-C000-000000000046')];
  const stringName = utf16le('content-class');
  const strings = new Uint8Array(alignUp(4 + stringName.length, 4));
  viewOf(strings).setUint32(0, stringName.length, true);
  strings.set(stringName, 4);
  // NAMEID: dwPropertyID, then N (bit 0) and wGuid (bits 1-15), then wPropIdx. wGuid 3 is the
  // first GUID of the GUID stream (1 and 2 stand for PS_MAPI and PS_PUBLIC_STRINGS).
  const named = [
    { id: 0x8516, guidField: 3 << 1, propIdx: 0, hashBase: 0x8516 }, // PSETID_Common, PidLidCommonStart
    { id: 0, guidField: (4 << 1) | 1, propIdx: 1, hashBase: crc32(stringName) }, // PS_INTERNET_HEADERS, "content-class"
  ];
  const nameid = (dw: number, guidField: number, propIdx: number): Uint8Array => {
    const out = new Uint8Array(8);
    const v = viewOf(out);
    v.setUint32(0, dw, true);
    v.setUint16(4, guidField, true);
    v.setUint16(6, propIdx, true);
    return out;
  };
  const p = new PropList(fmt.unicode ? PT_UNICODE : PT_STRING8);
  p.long(0x0001, BUCKETS); // PidTagNameidBucketCount
  p.binary(0x0002, concat(guids)); // PidTagNameidStreamGuid
  p.binary(0x0003, concat(named.map((n) => nameid(n.id, n.guidField, n.propIdx)))); // PidTagNameidStreamEntry
  p.binary(0x0004, strings); // PidTagNameidStreamString
  // Hash buckets ([MS-PST] 2.4.7.5): PidTagNameidBucketBase + ((hash base XOR guid field) mod count).
  const buckets = new Map<number, Uint8Array[]>();
  for (const n of named) {
    const bucket = ((n.hashBase ^ n.guidField) >>> 0) % BUCKETS;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), nameid(n.hashBase, n.guidField, n.propIdx)]);
  }
  for (const [bucket, entries] of buckets) p.binary(0x1000 + bucket, concat(entries));
  return buildPc(fmt, p.props);
}

interface FolderPlan {
  nid: number;
  name: string;
  containerClass: string | undefined;
  messages: { nid: number; spec: MsgSpec }[];
  folders: FolderPlan[];
}

/** Assigns NIDs depth-first, folders and messages from their own counters. */
class NidCounters {
  readonly last = new Map<number, number>();

  next(type: number): number {
    const index = (this.last.get(type) ?? RGNID_START[type] ?? RGNID_DEFAULT) + 1;
    this.last.set(type, index);
    return makeNid(type, index);
  }
}

function plan(counters: NidCounters, spec: PstFolderSpec): FolderPlan {
  const nid = counters.next(NID_TYPE_NORMAL_FOLDER);
  const messages = (spec.messages ?? []).map((m) => ({ nid: counters.next(NID_TYPE_NORMAL_MESSAGE), spec: m }));
  const folders = (spec.folders ?? []).map((f) => plan(counters, f));
  return { nid, name: spec.name, containerClass: spec.containerClass ?? MAIL_CONTAINER_CLASS, messages, folders };
}

/** The hierarchy, contents and FAI contents tables share the folder's nidIndex. */
const tableNid = (folderNid: number, type: number): number => ((folderNid & ~0x1f) | type) >>> 0;

function writeFolder(ndb: Ndb, folder: FolderPlan, parentNid: number, str: number): void {
  const { fmt } = ndb;
  const contentsRows: Row[] = [];
  for (const m of folder.messages) {
    const built = messageNode(fmt, m.spec);
    ndb.addNode(m.nid, folder.nid, built.node);
    contentsRows.push({ id: m.nid, values: built.summary });
  }
  for (const sub of folder.folders) writeFolder(ndb, sub, folder.nid, str);

  const p = new PropList(str);
  p.string(0x3001, folder.name); // PR_DISPLAY_NAME
  p.long(0x3602, folder.messages.length); // PR_CONTENT_COUNT
  p.long(0x3603, 0); // PR_CONTENT_UNREAD
  p.bool(0x360a, folder.folders.length > 0); // PR_SUBFOLDERS
  p.string(0x3613, folder.containerClass); // PR_CONTAINER_CLASS
  ndb.addNode(folder.nid, parentNid, buildPc(fmt, p.props));

  const hierarchyRows: Row[] = folder.folders.map((sub) => {
    const values = new Map<number, PropValue>([
      [0x3001, sub.name],
      [0x3602, sub.messages.length],
      [0x3603, 0],
      [0x360a, sub.folders.length > 0],
    ]);
    if (sub.containerClass !== undefined) values.set(0x3613, sub.containerClass);
    return { id: sub.nid, values };
  });
  ndb.addNode(tableNid(folder.nid, NID_TYPE_HIERARCHY_TABLE), 0, buildTc(fmt, hierarchyColumns(str), hierarchyRows));
  ndb.addNode(tableNid(folder.nid, NID_TYPE_CONTENTS_TABLE), 0, buildTc(fmt, contentsColumns(str), contentsRows));
  ndb.addNode(tableNid(folder.nid, NID_TYPE_ASSOC_CONTENTS_TABLE), 0, buildTc(fmt, assocContentsColumns(str), []));
}

/** Everything above the NDB layer, and the header's rgnid[] that goes with it. */
function writeMessaging(ndb: Ndb, folders: PstFolderSpec[]): void {
  const { fmt } = ndb;
  const str = fmt.unicode ? PT_UNICODE : PT_STRING8;
  const counters = new NidCounters();

  // Root folder (0x122) with the IPM subtree and the search root under it.
  const ipm: FolderPlan = {
    nid: counters.next(NID_TYPE_NORMAL_FOLDER),
    name: IPM_SUBTREE_NAME,
    containerClass: undefined,
    messages: [],
    folders: [],
  };
  const searchRoot: FolderPlan = {
    nid: counters.next(NID_TYPE_NORMAL_FOLDER),
    name: SEARCH_ROOT_NAME,
    containerClass: undefined,
    messages: [],
    folders: [],
  };
  ipm.folders = folders.map((f) => plan(counters, f));
  const root: FolderPlan = {
    nid: NID_ROOT_FOLDER,
    name: '',
    containerClass: undefined,
    messages: [],
    folders: [ipm, searchRoot],
  };
  // The root folder is its own parent ([MS-PST] 2.4.4.1).
  writeFolder(ndb, root, NID_ROOT_FOLDER, str);

  const store = new PropList(str);
  store.binary(0x0ff9, STORE_UID); // PR_RECORD_KEY
  store.string(0x3001, STORE_NAME); // PR_DISPLAY_NAME
  store.long(0x35df, VALID_FOLDER_MASK); // PR_VALID_FOLDER_MASK
  store.binary(0x35e0, entryId(ipm.nid)); // PR_IPM_SUBTREE_ENTRYID
  store.binary(0x35e7, entryId(searchRoot.nid)); // PR_FINDER_ENTRYID
  store.long(0x67ff, 0); // PR_PST_PASSWORD: none
  ndb.addNode(NID_MESSAGE_STORE, 0, buildPc(fmt, store.props));
  ndb.addNode(NID_NAME_TO_ID_MAP, 0, nameToIdMap(fmt));

  // Empty tables Outlook copies when it creates folders and messages.
  ndb.addNode(NID_HIERARCHY_TABLE_TEMPLATE, 0, buildTc(fmt, hierarchyColumns(str), []));
  ndb.addNode(NID_CONTENTS_TABLE_TEMPLATE, 0, buildTc(fmt, contentsColumns(str), []));
  ndb.addNode(NID_ASSOC_CONTENTS_TABLE_TEMPLATE, 0, buildTc(fmt, assocContentsColumns(str), []));
  ndb.addNode(NID_SEARCH_CONTENTS_TABLE_TEMPLATE, 0, buildTc(fmt, contentsColumns(str), []));
  ndb.addNode(NID_ATTACHMENT_TABLE, 0, buildTc(fmt, attachmentColumns(str), []));
  ndb.addNode(NID_RECIPIENT_TABLE, 0, buildTc(fmt, recipientColumns(str), []));

  ndb.rgnid = rgnid(counters);
}

/** The header's rgnid[]: per NID type the last nidIndex used; tables follow their folders. */
function rgnid(counters: NidCounters): number[] {
  const out = Array.from({ length: 32 }, (_, t) => counters.last.get(t) ?? RGNID_START[t] ?? RGNID_DEFAULT);
  const folders = out[NID_TYPE_NORMAL_FOLDER] ?? RGNID_DEFAULT;
  for (const t of [NID_TYPE_HIERARCHY_TABLE, NID_TYPE_CONTENTS_TABLE, NID_TYPE_ASSOC_CONTENTS_TABLE]) out[t] = folders;
  return out;
}

// ---------------------------------------------------------------------------
// File assembly: placement, B-tree pages, AMaps, header ([MS-PST] 2.2.2.5-2.2.2.7)
// ---------------------------------------------------------------------------

/** Hands out file offsets after the first AMap, never across an AMap interval's map pages. */
class Allocator {
  private readonly first: number;
  private readonly interval: number;
  private cursor: number;
  /** Every allocation, for the AMap bits. */
  readonly used: { ib: number; size: number }[] = [];
  intervals = 1;

  constructor(private readonly fmt: Format) {
    this.first = fmt.firstAmap;
    this.interval = amapInterval(fmt);
    this.cursor = this.first + this.mapPages(0);
  }

  /** The AMap page, and in the first of every `pmapEvery` intervals a PMap page after it. */
  mapPages(interval: number): number {
    const { pageSize, pmapEvery } = this.fmt;
    return pageSize + (pmapEvery !== 0 && interval % pmapEvery === 0 ? pageSize : 0);
  }

  alloc(size: number, align: number): number {
    const { first, interval: span } = this;
    let ib = alignUp(this.cursor, align);
    let interval = Math.floor((ib - first) / span);
    // The cursor may sit exactly where the next interval's map pages start.
    ib = Math.max(ib, alignUp(first + interval * span + this.mapPages(interval), align));
    if (ib + size > first + (interval + 1) * span) {
      interval++;
      ib = alignUp(first + interval * span + this.mapPages(interval), align);
    }
    if (interval + 1 > MAX_AMAP_INTERVALS) throw new Error('writePst: file too large (would need FMap pages)');
    this.intervals = Math.max(this.intervals, interval + 1);
    this.cursor = ib + size;
    this.used.push({ ib, size });
    return ib;
  }
}

interface PlacedPage {
  ib: number;
  bid: bigint;
  bytes: Uint8Array;
  firstKey: bigint;
}

/** Fills in a page trailer ([MS-PST] 2.2.2.7.1) over `page`'s data area. */
function finishPage(fmt: Format, page: Uint8Array, ptype: number, ib: number, bid: bigint, sig: number): void {
  const v = viewOf(page);
  // 4K pages: the trailer's last 8 bytes are unknown and stay zero.
  const t = fmt.pageSize - fmt.pageTrailer;
  page[t] = ptype;
  page[t + 1] = ptype;
  v.setUint16(t + 2, sig, true);
  const crc = crc32(page.subarray(0, t));
  if (fmt.unicode) {
    v.setUint32(t + 4, crc, true);
    v.setBigUint64(t + 8, bid, true);
  } else {
    v.setUint32(t + 4, Number(bid), true);
    v.setUint32(t + 8, crc, true);
  }
}

/**
 * A B-tree ([MS-PST] 2.2.2.7.7) over leaf entries sorted by key: full leaf pages, then BTENTRY
 * levels up to a single root. Returns the root page.
 */
function buildBTree(
  fmt: Format,
  alloc: Allocator,
  nextPageBid: { value: bigint },
  ptype: number,
  leafSize: number,
  leaves: { key: bigint; write: (v: DataView, off: number) => void }[],
  pages: PlacedPage[],
): PlacedPage {
  const makePage = (
    level: number,
    entrySize: number,
    items: { key: bigint; write: (v: DataView, off: number) => void }[],
  ): PlacedPage => {
    const bytes = new Uint8Array(fmt.pageSize);
    const v = viewOf(bytes);
    items.forEach((it, i) => it.write(v, i * entrySize));
    const meta = fmt.btEntryArea;
    const cEntMax = Math.floor(fmt.btEntryArea / entrySize);
    if (fmt.wideBtCounts) {
      // 4K pages: cEnt and cEntMax are uint16, then cbEnt and cLevel, then 10 bytes of padding.
      v.setUint16(meta, items.length, true);
      v.setUint16(meta + 2, cEntMax, true);
      bytes[meta + 4] = entrySize;
      bytes[meta + 5] = level;
    } else {
      bytes[meta] = items.length; // cEnt
      bytes[meta + 1] = cEntMax;
      bytes[meta + 2] = entrySize; // cbEnt
      bytes[meta + 3] = level; // cLevel
    }
    const ib = alloc.alloc(fmt.pageSize, fmt.pageSize);
    const bid = nextPageBid.value;
    nextPageBid.value += 1n;
    finishPage(fmt, bytes, ptype, ib, bid, signature(ib, bid));
    const page = { ib, bid, bytes, firstKey: items[0]?.key ?? 0n };
    pages.push(page);
    return page;
  };
  let level = 0;
  let entrySize = leafSize;
  let items = leaves;
  for (;;) {
    const perPage = Math.floor(fmt.btEntryArea / entrySize);
    const made: PlacedPage[] = [];
    for (let i = 0; i < Math.max(items.length, 1); i += perPage) {
      made.push(makePage(level, entrySize, items.slice(i, i + perPage)));
    }
    const only = made[0];
    if (made.length === 1 && only) return only;
    items = made.map((p) => ({
      key: p.firstKey,
      write: (v: DataView, off: number) => {
        putId(v, off, p.firstKey, fmt); // btkey
        putId(v, off + fmt.idSize, p.bid, fmt); // BREF.bid
        putId(v, off + 2 * fmt.idSize, p.ib, fmt); // BREF.ib
      },
    }));
    entrySize = fmt.btEntry;
    level++;
  }
}

function assemble(ndb: Ndb, trim: boolean): { bytes: Uint8Array; layout: PstLayout } {
  const { fmt } = ndb;
  const alloc = new Allocator(fmt);
  const interval = amapInterval(fmt);

  // Blocks, in creation order; each in a 64-byte-aligned (4K format: 512-byte-aligned) slot
  // ending with its BLOCKTRAILER.
  const placed = ndb.blocks.map((b) => {
    const slot = alignUp(b.data.length + fmt.blockTrailer, fmt.blockAlign);
    return { block: b, ib: alloc.alloc(slot, fmt.blockAlign), slot };
  });

  // B-tree pages.
  const pages: PlacedPage[] = [];
  const nextPageBid = { value: FIRST_PAGE_BID };
  const bbtLeaves = [...placed]
    .sort((a, b) => (a.block.bid < b.block.bid ? -1 : 1))
    .map((p) => ({
      key: p.block.bid,
      write: (v: DataView, off: number) => {
        putId(v, off, p.block.bid, fmt);
        putId(v, off + fmt.idSize, p.ib, fmt);
        v.setUint16(off + 2 * fmt.idSize, p.block.data.length, true); // cb
        v.setUint16(off + 2 * fmt.idSize + 2, 1, true); // cRef: each block is referenced once
      },
    }));
  const bbtRoot = buildBTree(fmt, alloc, nextPageBid, PTYPE_BBT, fmt.bbtEntry, bbtLeaves, pages);
  const nbtLeaves = [...ndb.nodes]
    .sort((a, b) => a.nid - b.nid)
    .map((n) => ({
      key: BigInt(n.nid),
      write: (v: DataView, off: number) => {
        putId(v, off, n.nid, fmt); // nid, zero-padded to 8 bytes in Unicode files
        putId(v, off + fmt.idSize, n.bidData, fmt);
        putId(v, off + 2 * fmt.idSize, n.bidSub, fmt);
        v.setUint32(off + 3 * fmt.idSize, n.nidParent, true);
      },
    }));
  const nbtRoot = buildBTree(fmt, alloc, nextPageBid, PTYPE_NBT, fmt.nbtEntry, nbtLeaves, pages);

  // The file ends with its last AMap interval (or, trimmed, with the last thing in it).
  const used = Math.max(...placed.map((p) => p.ib + p.slot), ...pages.map((p) => p.ib + fmt.pageSize));
  const fileEof = trim ? used : fmt.firstAmap + alloc.intervals * interval;
  const out = new Uint8Array(fileEof);
  const ov = viewOf(out);

  for (const { block, ib, slot } of placed) {
    out.set(block.data, ib);
    const t = ib + slot - fmt.blockTrailer;
    ov.setUint16(t, block.data.length, true);
    ov.setUint16(t + 2, signature(ib, block.bid), true);
    const crc = crc32(block.data);
    if (fmt.unicode) {
      ov.setUint32(t + 4, crc, true);
      ov.setBigUint64(t + 8, block.bid, true);
    } else {
      ov.setUint32(t + 4, Number(block.bid), true);
      ov.setUint32(t + 8, crc, true);
    }
    // 4K: 2 unknown bytes, cbInflated, 4 unknown bytes (the unknown ones stay zero).
    if (fmt.cbInflated) ov.setUint16(t + 18, block.inflated, true);
  }
  for (const p of pages) out.set(p.bytes, p.ib);

  // AMaps: one bit per 64 bytes (4K format: per 512 bytes), most significant bit first, set where
  // something lives (including the map pages themselves). PMaps are deprecated: all bits set, so
  // no legacy allocator takes anything from them; the 4K format has none.
  const unit = fmt.blockAlign;
  const bitsPerPage = fmt.pageSize - fmt.pageTrailer - fmt.mapPad;
  const amapBits = Array.from({ length: alloc.intervals }, () => new Uint8Array(bitsPerPage));
  const mark = (ib: number, size: number): void => {
    const k = Math.floor((ib - fmt.firstAmap) / interval);
    const bits = amapBits[k];
    if (!bits) throw new Error('writePst: internal error, allocation outside the AMaps');
    const first = (ib - fmt.firstAmap - k * interval) / unit;
    for (let s = first; s < first + size / unit; s++) bits[s >> 3] = (bits[s >> 3] ?? 0) | (0x80 >> (s & 7));
  };
  for (let k = 0; k < alloc.intervals; k++) mark(fmt.firstAmap + k * interval, alloc.mapPages(k));
  for (const u of alloc.used) mark(u.ib, u.size);
  let amapFree = 0;
  amapBits.forEach((bits, k) => {
    const amapIb = fmt.firstAmap + k * interval;
    const page = new Uint8Array(fmt.pageSize);
    page.set(bits, fmt.mapPad);
    for (const byte of bits) for (let b = 0; b < 8; b++) if (!(byte & (0x80 >> b))) amapFree += unit;
    // Map pages carry wSig 0 and their own IB as BID.
    finishPage(fmt, page, PTYPE_AMAP, amapIb, BigInt(amapIb), 0);
    out.set(page, amapIb);
    if (alloc.mapPages(k) > fmt.pageSize) {
      const pmapIb = amapIb + fmt.pageSize;
      const pmap = new Uint8Array(fmt.pageSize);
      pmap.fill(0xff, fmt.mapPad, fmt.pageSize - fmt.pageTrailer);
      finishPage(fmt, pmap, PTYPE_PMAP, pmapIb, BigInt(pmapIb), 0);
      out.set(pmap, pmapIb);
    }
  });

  out.set(
    header(ndb, {
      fileEof,
      amapLast: fmt.firstAmap + (alloc.intervals - 1) * interval,
      amapFree,
      nbt: nbtRoot,
      bbt: bbtRoot,
      bidNextP: nextPageBid.value,
      unique: ndb.nodes.length,
    }),
    0,
  );

  const blocks = placed
    .map((p) => ({ bid: p.block.bid, offset: p.ib, size: p.block.data.length }))
    .sort((a, b) => (a.bid < b.bid ? -1 : 1));
  return { bytes: out, layout: { nbtRoot: nbtRoot.ib, bbtRoot: bbtRoot.ib, blocks } };
}

/** HEADER ([MS-PST] 2.2.2.6) with its ROOT ([MS-PST] 2.2.2.5). */
function header(
  ndb: Ndb,
  h: {
    fileEof: number;
    amapLast: number;
    amapFree: number;
    nbt: PlacedPage;
    bbt: PlacedPage;
    bidNextP: bigint;
    unique: number;
  },
): Uint8Array {
  const { fmt } = ndb;
  const out = new Uint8Array(fmt.headerSize);
  const v = viewOf(out);
  out.set([0x21, 0x42, 0x44, 0x4e], 0); // dwMagic "!BDN"
  v.setUint16(8, ndb.magicClient, true); // wMagicClient: "SM" for a PST, "SO" for an OST
  v.setUint16(10, fmt.wVer, true);
  v.setUint16(12, 19, true); // wVerClient
  out[14] = 0x01; // bPlatformCreate
  out[15] = 0x01; // bPlatformAccess
  // Unicode (and 4K): bidUnused, bidNextP, dwUnique, rgnid at 24/32/40/44.
  // ANSI: bidNextB, bidNextP, dwUnique, rgnid at 24/28/32/36.
  const rgnidAt = fmt.unicode ? 44 : 36;
  if (fmt.unicode) {
    v.setBigUint64(32, h.bidNextP, true);
    v.setUint32(40, h.unique, true);
  } else {
    v.setUint32(24, Number(ndb.nextBid), true);
    v.setUint32(28, Number(h.bidNextP), true);
    v.setUint32(32, h.unique, true);
  }
  ndb.rgnid.forEach((n, i) => v.setUint32(rgnidAt + i * 4, n, true));
  // ROOT: after rgnid (and Unicode's qwUnused), starting with dwReserved.
  const root = fmt.unicode ? 180 : 164;
  const id = fmt.idSize;
  putId(v, root + 4, h.fileEof, fmt); // ibFileEof
  putId(v, root + 4 + id, h.amapLast, fmt); // ibAMapLast
  putId(v, root + 4 + 2 * id, h.amapFree, fmt); // cbAMapFree
  putId(v, root + 4 + 3 * id, 0, fmt); // cbPMapFree: the PMaps mark everything as used
  putId(v, root + 4 + 4 * id, h.nbt.bid, fmt); // BREFNBT
  putId(v, root + 4 + 5 * id, h.nbt.ib, fmt);
  putId(v, root + 4 + 6 * id, h.bbt.bid, fmt); // BREFBBT
  putId(v, root + 4 + 7 * id, h.bbt.ib, fmt);
  out[root + 4 + 8 * id] = 0x02; // fAMapValid: VALID_AMAP2
  // rgbFM and rgbFP are deprecated and all 0xFF; then bSentinel and bCryptMethod.
  const fm = fmt.unicode ? 256 : 204;
  out.fill(0xff, fm, fm + 256);
  out[fm + 256] = 0x80;
  out[fm + 257] = ndb.crypt;
  if (fmt.unicode) v.setBigUint64(516, ndb.nextBid, true); // bidNextB
  v.setUint32(4, crc32(out.subarray(8, 8 + 471)), true); // dwCRCPartial
  if (fmt.unicode) v.setUint32(524, crc32(out.subarray(8, 8 + 516)), true); // dwCRCFull
  return out;
}
