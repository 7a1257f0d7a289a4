import { stripNul, u16, u32, u64 } from '../attachment/bytes.js';
import { inflate } from '../attachment/inflate.js';
import { isNotMailFolder } from './outlook-classes.js';

/**
 * The two lower layers of an Outlook data file ([MS-PST]): the node database (NDB: the header,
 * the node and block B-trees, data blocks, subnode trees, the encodings) and the lists, tables and
 * properties on top of it (LTP: heaps on nodes, BTHs, property contexts and table contexts). The
 * messaging layer (folders, messages, attachments) is adapters/pst.ts's.
 *
 * Read on demand through a `ByteSource`, never whole: an archive of several gigabytes is read a
 * page and a block at a time. Everything it states is checked before it is followed (page types
 * and levels, block trailers, heap page maps, sizes), loops and depths are cut, and what a message
 * reads is counted against a budget: a damaged or hostile file gives a `PstDamage`, never a hang or
 * a read past what the caller allows. Three formats are read: the Unicode one (Outlook 2003 and
 * later, 64-bit block ids and offsets), the ANSI one (Outlook 97–2002, 32-bit), and the one of the
 * offline stores of Outlook 2013 and later (`.ost`, version 36): Unicode with pages of 4 KiB,
 * blocks aligned to 512 bytes with a longer trailer, and blocks that may be zlib-compressed (the
 * trailer then states the inflated size; a block is inflated, then decoded). [MS-PST] does not
 * describe that third format; its layout is libpff's documentation's (“64-bit 4k page”).
 */

/** Random access to a file's bytes: a whole file in memory, or a reader over one too large to hold. */
export interface ByteSource {
  readonly size: number;
  /** The bytes at `offset`, `length` of them or fewer at the end of the file. */
  read(offset: number, length: number): Uint8Array;
}

/** What the file states cannot be so (or a read went over its budget): the operation is abandoned. */
export class PstDamage extends Error {
  constructor(readonly what: string) {
    super(`damaged Outlook data file: ${what}`);
  }
}

/** A message's reading went over its budget (`Ndb.setBudget`): `read` bytes and more. */
export class PstTooLarge extends PstDamage {
  constructor(readonly read: number) {
    super('more data than the message may have');
  }
}

/** A node of the node B-tree (a folder, a message, a table …), or of a node's subnode tree. */
export interface NodeEntry {
  readonly nid: number;
  /** The block (or XBLOCK tree) holding its data. */
  readonly data: number;
  /** Its subnode tree's block, 0 without. */
  readonly sub: number;
  /** In the node B-tree: the folder a folder or message is in (0 in a subnode tree). */
  readonly parent: number;
}

/** The node types ([MS-PST] 2.2.2.1) this reader tells apart. */
export const NID_TYPE = { normalFolder: 0x02, normalMessage: 0x04, attachment: 0x05 } as const;
export const nidType = (nid: number): number => nid & 0x1f;

/**
 * Why a file is not read: not an Outlook data file at all; damage in its header (a version no
 * format has); or its data encrypted for its owner by Windows Information Protection
 * (bCryptMethod NDB_CRYPT_EDPCRYPTED, [MS-PST] 2.2.2.6), which only Outlook on their account opens.
 */
export type PstProblem = 'not-pst' | 'damaged' | 'protected';

/** The three layouts of the node database: ANSI (32-bit), Unicode (64-bit), Unicode with 4 KiB pages. */
export type PstFormat = 'ansi' | 'unicode' | 'unicode-4k';

/** Where a format keeps things: page and block sizes, and the B-tree pages' counts and trailer. */
interface Layout {
  readonly page: number;
  /** Offset of a page's ptype (its trailer). */
  readonly ptype: number;
  /** Offset of a B-tree page's cEnt (the end of its entries); cEnt is 2 bytes wide in the 4 KiB format. */
  readonly counts: number;
  readonly wideCount: boolean;
  readonly blockAlign: number;
  readonly blockMax: number;
  readonly blockTrailer: number;
  /** Where a block's trailer states its inflated size (the 4 KiB format's compressed blocks), or -1. */
  readonly inflatedAt: number;
}

const LAYOUTS: Record<PstFormat, Layout> = {
  ansi: { page: 512, ptype: 500, counts: 496, wideCount: false, blockAlign: 64, blockMax: 8192, blockTrailer: 12, inflatedAt: -1 },
  unicode: { page: 512, ptype: 496, counts: 488, wideCount: false, blockAlign: 64, blockMax: 8192, blockTrailer: 16, inflatedAt: -1 },
  'unicode-4k': { page: 4096, ptype: 4072, counts: 4056, wideCount: true, blockAlign: 512, blockMax: 65536, blockTrailer: 24, inflatedAt: 18 },
};
/** B-tree levels followed at most (a file of a million messages has four). */
const MAX_LEVELS = 8;

/** Permutation tables of [MS-PST] 5.1 (`mpbbR`, `mpbbS`); `mpbbI` is `mpbbR`'s inverse. */
const R = hexBytes(
  '41361362a8216ebbf416cc047f64e85d1ef2cb2a74c55e35d295479e962d9a884c7d843fdbac31b6485ff6c4d8398be7233b388ec8c1df25b120a546604e9cfbaad35651457c550007c92b9d859b09a08fadb30f63ab894bd7a7155a716642bf264a6b98faea7753b270052cfd593a867ece06eb827857c78d43afb41cd45bcde2e9274fc3087280cfb0eff5286dbe304d3492d50e3c2232e5e4f99fc2d10a8112e1ee918376e397e6618a1779a4b7dc907a5c8c02a6ca69de501a1193b9528758fced1d37491b6ae0293399bd6cd994f340546ff0c673b8d63e6518441fdd6710f10c19ecae03a1147ba90bfff8a3c0a201f72ebc2468750dfeba2fb5d0da3d',
);
const S = hexBytes(
  '14530f56b3c87a9ceb65481716159f02cc547c83000d0c0ba262a876dbd9edc7c5a4dcac8574d6d0a79bae9a967166c36399b8dd73928e847da55ed15d93b1575150808952944f4e0a6bbc8d7f6e47464140440111cb033ff7f4e1a98f3c3af9fbf0193082092ec99da08649ee6f4d6dc42d813425871b88aafc06a11238fd4c4272641337246a757743ffe6b44b365ce4d8353d45b92cecb7312b290768a30e697b189e2139be281a5b78f523ca2ab0af3efe048ce7e5983295d3f64ae8a6eae9f3d52f7020f21f0567ad5510cecde3273bdabad7c226d4911dd21c2233f8faf15aefcf90b68bb5bdc0bf08971e6ce261e0c6c159abbb58de5fdf60797eb28a',
);
const I = ((): Uint8Array => {
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[R[i] as number] = i;
  return t;
})();

function hexBytes(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** NDB_CRYPT_PERMUTE, decoding ([MS-PST] 5.1). */
function unpermute(b: Uint8Array): void {
  for (let i = 0; i < b.length; i++) b[i] = I[b[i] as number] as number;
}

/** NDB_CRYPT_CYCLIC ([MS-PST] 5.2): its own inverse, keyed by the low 32 bits of the block id. */
function cyclic(b: Uint8Array, key: number): void {
  let w = (key ^ (key >>> 16)) & 0xffff;
  for (let i = 0; i < b.length; i++) {
    let x = ((b[i] as number) + w) & 0xff;
    x = R[x] as number;
    x = (x + (w >>> 8)) & 0xff;
    x = S[x] as number;
    x = (x - (w >>> 8)) & 0xff;
    x = I[x] as number;
    b[i] = (x - w) & 0xff;
    w = (w + 1) & 0xffff;
  }
}

/**
 * Decompresses a zlib stream into at most `size` bytes (null when it cannot). The core's own
 * (attachment/inflate.ts, 60–80 MB/s on 8 KiB blocks here) is used by default; a host with a native
 * one (Node's `zlib.inflateSync`, 100–250 MB/s) can give it for large offline stores, whose blocks
 * may all be compressed.
 */
export type Inflate = (data: Uint8Array, size: number) => Uint8Array | null;

/** Whether bytes begin as an Outlook data file does (`!BDN`). */
export function isPst(b: Uint8Array): boolean {
  return b[0] === 0x21 && b[1] === 0x42 && b[2] === 0x44 && b[3] === 0x4e;
}

/** The node database of one file. */
export class Ndb {
  readonly format: PstFormat;
  readonly unicode: boolean;
  readonly #at: Layout;
  /** Bytes of a block id or a file offset: 8 (Unicode) or 4 (ANSI). */
  readonly #w: number;
  readonly #crypt: number;
  readonly #inflate: Inflate;
  readonly #nbt: number;
  readonly #bbt: number;
  readonly #pages = new Map<number, Uint8Array>();
  /** Bytes of blocks that may still be read (`setBudget`), and read since. */
  #budget = Infinity;
  #spent = 0;

  private constructor(
    private readonly src: ByteSource,
    format: PstFormat,
    crypt: number,
    nbt: number,
    bbt: number,
    inflater: Inflate,
  ) {
    this.#inflate = inflater;
    this.format = format;
    this.unicode = format !== 'ansi';
    this.#at = LAYOUTS[format];
    this.#w = this.unicode ? 8 : 4;
    this.#crypt = crypt;
    this.#nbt = nbt;
    this.#bbt = bbt;
  }

  /** The file's node database, or why it is not read. */
  static open(src: ByteSource, inflater: Inflate = inflate): Ndb | PstProblem {
    const h = src.read(0, 564);
    if (h.length < 4 || !isPst(h)) return 'not-pst';
    const ver = u16(h, 10);
    // 14 and 15: ANSI. 23 and later: Unicode ([MS-PST] 2.2.2.6; 37 is written by an Outlook that
    // supports Windows Information Protection), and 21, as other readers take it; but 36: the
    // offline stores of Outlook 2013 and later, whose pages are 4 KiB (the header is the Unicode
    // one). Any other is no version.
    const format: PstFormat | null = ver === 36 ? 'unicode-4k' : ver === 21 || ver >= 23 ? 'unicode' : ver === 14 || ver === 15 ? 'ansi' : null;
    if (!format) return 'damaged';
    const unicode = format !== 'ansi';
    const page = LAYOUTS[format].page;
    const nbt = unicode ? u64(h, 224) : u32(h, 188);
    const bbt = unicode ? u64(h, 240) : u32(h, 196);
    const crypt = unicode ? (h[513] ?? -1) : (h[461] ?? -1);
    if (crypt === 0x10 && unicode) return 'protected';
    if (nbt <= 0 || bbt <= 0 || nbt + page > src.size || bbt + page > src.size || crypt < 0 || crypt > 2) return 'damaged';
    return new Ndb(src, format, crypt, nbt, bbt, inflater);
  }

  /** Limits the bytes of blocks read from now on (a message's reading), or lifts the limit. */
  setBudget(bytes: number): void {
    this.#budget = bytes;
    this.#spent = 0;
  }

  /** A B-tree page, checked to be of `ptype` (0x80 block, 0x81 node B-tree). */
  #page(ib: number, ptype: number): Uint8Array {
    let p = this.#pages.get(ib);
    const size = this.#at.page;
    if (!p) {
      if (ib < 0 || ib % 64 !== 0 || ib + size > this.src.size) throw new PstDamage(`a B-tree page at ${ib} is outside the file`);
      p = this.src.read(ib, size);
      if (p.length < size) throw new PstDamage(`a B-tree page at ${ib} is cut short`);
      // 1,024 pages: 512 KiB, or 4 MiB of 4 KiB pages.
      if (this.#pages.size >= 1024) this.#pages.clear();
      this.#pages.set(ib, p);
    }
    const t = this.#at.ptype;
    if (p[t] !== ptype || p[t + 1] !== ptype) throw new PstDamage(`the page at ${ib} is not a B-tree page of the expected kind`);
    return p;
  }

  /** cEnt, cbEnt and cLevel of a page, checked against its size. */
  #pageHeader(p: Uint8Array, ib: number, leafSize: number): { n: number; size: number; level: number } {
    const at = this.#at.counts;
    const wide = this.#at.wideCount;
    const n = wide ? u16(p, at) : (p[at] as number);
    const size = p[at + (wide ? 4 : 2)] as number;
    const level = p[at + (wide ? 5 : 3)] as number;
    const keyed = this.#w * 3; // an intermediate entry: key, block id, offset
    if (size < (level > 0 ? keyed : leafSize) || n * size > at) throw new PstDamage(`the B-tree page at ${ib} states entries it cannot hold`);
    return { n, size, level };
  }

  #ptr(b: Uint8Array, o: number): number {
    const v = this.unicode ? u64(b, o) : u32(b, o);
    if (v < 0 || v > Number.MAX_SAFE_INTEGER) throw new PstDamage('an id or offset out of range');
    return v;
  }

  /**
   * Finds `key` in a B-tree (by its leaf entries' first field); `leaf` reads the entry found.
   * Block ids are compared without their lowest bit, which readers must ignore ([MS-PST] 2.2.2.2).
   */
  #find<T>(root: number, ptype: number, key: number, leafSize: number, leaf: (p: Uint8Array, o: number) => T): T | null {
    let ib = root;
    let expected = -1;
    for (let depth = 0; depth < MAX_LEVELS; depth++) {
      const p = this.#page(ib, ptype);
      const { n, size, level } = this.#pageHeader(p, ib, leafSize);
      if (expected >= 0 && level !== expected) throw new PstDamage(`the B-tree page at ${ib} is at the wrong level`);
      if (level === 0) {
        for (let i = 0; i < n; i++) {
          const k = this.#keyAt(p, i * size, ptype);
          if (k === key) return leaf(p, i * size);
          if (k > key) break;
        }
        return null;
      }
      let next = -1;
      for (let i = 0; i < n; i++) {
        if (this.#keyAt(p, i * size, ptype) > key) break;
        next = this.#ptr(p, i * size + 2 * this.#w);
      }
      if (next < 0) return null;
      ib = next;
      expected = level - 1;
    }
    throw new PstDamage('a B-tree deeper than any file has');
  }

  #keyAt(p: Uint8Array, o: number, ptype: number): number {
    if (ptype === 0x81) return u32(p, o);
    const k = this.#ptr(p, o);
    return k - (k % 2);
  }

  /** A node of the node B-tree, or null when there is none of that id. */
  node(nid: number): NodeEntry | null {
    const w = this.#w;
    return this.#find(this.#nbt, 0x81, nid, 4 * w, (p, o) => ({ nid: u32(p, o), data: this.#ptr(p, o + w), sub: this.#ptr(p, o + 2 * w), parent: u32(p, o + 3 * w) }));
  }

  /**
   * Every node of the node B-tree, in order of id. A damaged page below the root is skipped and
   * told to `onDamage` (the nodes it held are lost, the others are not: a file scanned for what
   * can be read, as Outlook's own repair tool would); a damaged root, or more than `max` nodes (no
   * file holds them), throws.
   */
  *nodes(onDamage: (what: string) => void, max = 50_000_000): Generator<NodeEntry> {
    const w = this.#w;
    const seen = new Set<number>();
    let count = 0;
    const self = this;
    function* walk(ib: number, expected: number, depth: number): Generator<NodeEntry> {
      if (depth >= MAX_LEVELS || seen.has(ib)) throw new PstDamage('a loop or an impossible depth in the node B-tree');
      seen.add(ib);
      const p = self.#page(ib, 0x81);
      const { n, size, level } = self.#pageHeader(p, ib, 4 * w);
      if (expected >= 0 && level !== expected) throw new PstDamage(`the node B-tree page at ${ib} is at the wrong level`);
      for (let i = 0; i < n; i++) {
        const o = i * size;
        if (level > 0) {
          try {
            yield* walk(self.#ptr(p, o + 2 * w), level - 1, depth + 1);
          } catch (e) {
            if (!(e instanceof PstDamage) || count > max) throw e;
            onDamage(e.what);
          }
        } else {
          if (++count > max) throw new PstDamage('more nodes than any file holds');
          yield { nid: u32(p, o), data: self.#ptr(p, o + w), sub: self.#ptr(p, o + 2 * w), parent: u32(p, o + 3 * w) };
        }
      }
    }
    yield* walk(this.#nbt, -1, 0);
  }

  /**
   * A block's bytes (inflated when the 4 KiB format stored it compressed, decoded when the file
   * encodes its data blocks), checked against its trailer.
   */
  block(bid: number): Uint8Array {
    const w = this.#w;
    const ref = this.#find(this.#bbt, 0x80, bid - (bid % 2), 2 * w + 4, (p, o) => ({ ib: this.#ptr(p, o + w), cb: u16(p, o + 2 * w) }));
    if (!ref) throw new PstDamage(`block ${bid} is not in the block B-tree`);
    const { ib, cb } = ref;
    const { blockTrailer: trailer, blockAlign: align, blockMax, inflatedAt } = this.#at;
    // The slot: the data, then at least the trailer's room, in whole alignment units.
    const total = Math.ceil((cb + trailer) / align) * align;
    if (total > blockMax || ib + total > this.src.size) throw new PstDamage(`block ${bid} is outside the file or too large`);
    const raw = this.src.read(ib, total);
    if (raw.length < total) throw new PstDamage(`block ${bid} is cut short`);
    const t = total - trailer;
    const trailerBid = this.unicode ? u64(raw, t + 8) : u32(raw, t + 4);
    if (u16(raw, t) !== cb || trailerBid - (trailerBid % 2) !== bid - (bid % 2)) throw new PstDamage(`block ${bid}'s trailer does not match`);
    // The 4 KiB format's trailer also states the block's inflated size: another size is compressed data.
    const inflated = inflatedAt >= 0 ? u16(raw, t + inflatedAt) : cb;
    const size = Math.max(cb, inflated);
    this.#spent += size;
    if ((this.#budget -= size) < 0) throw new PstTooLarge(this.#spent);
    let b: Uint8Array;
    if (inflated !== cb && inflated !== 0 && cb !== 0) {
      let out: Uint8Array | null;
      try {
        out = this.#inflate(raw.subarray(0, cb), inflated);
      } catch {
        out = null; // a native inflater throws on damaged data
      }
      if (!out || out.length !== inflated) throw new PstDamage(`block ${bid}'s compressed data does not inflate to its size`);
      b = out;
    } else b = raw.slice(0, cb);
    if ((bid & 2) === 0) {
      if (this.#crypt === 1) unpermute(b);
      else if (this.#crypt === 2) cyclic(b, bid % 0x100000000);
    }
    return b;
  }

  /** A node's data: one block, or the data blocks an XBLOCK (or an XXBLOCK's XBLOCKs) lists, in order. */
  dataBlocks(bid: number): Uint8Array[] {
    if (bid === 0) return [];
    const b = this.block(bid);
    if ((bid & 2) === 0) return [b];
    const level = b[1];
    if (b[0] !== 0x01 || (level !== 1 && level !== 2)) throw new PstDamage(`block ${bid} is no XBLOCK`);
    const out: Uint8Array[] = [];
    for (const child of this.#ids(b, 8)) {
      if (level === 1) {
        if ((child & 2) !== 0) throw new PstDamage(`an XBLOCK lists an internal block`);
        out.push(this.block(child));
      } else {
        const x = this.block(child);
        if ((child & 2) === 0 || x[0] !== 0x01 || x[1] !== 1) throw new PstDamage(`an XXBLOCK lists no XBLOCK`);
        for (const d of this.#ids(x, 8)) out.push(this.block(d));
      }
    }
    return out;
  }

  /** The block ids an internal block lists after its header. */
  #ids(b: Uint8Array, at: number): number[] {
    const n = u16(b, 2);
    if (at + n * this.#w > b.length) throw new PstDamage('an internal block lists more than it holds');
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(this.#ptr(b, at + i * this.#w));
    return out;
  }

  /** A node's subnodes (SLBLOCK, or an SIBLOCK's SLBLOCKs), by id, in order. */
  subnodes(bid: number): Map<number, NodeEntry> {
    const out = new Map<number, NodeEntry>();
    if (bid === 0) return out;
    const w = this.#w;
    const at = this.unicode ? 8 : 4;
    const read = (id: number, level: number): void => {
      const b = this.block(id);
      const n = u16(b, 2);
      if ((id & 2) === 0 || b[0] !== 0x02 || b[1] !== level) throw new PstDamage(`block ${id} is no subnode block`);
      const size = level === 0 ? 3 * w : 2 * w;
      if (at + n * size > b.length) throw new PstDamage('a subnode block lists more than it holds');
      for (let i = 0; i < n; i++) {
        const o = at + i * size;
        if (level === 1) read(this.#ptr(b, o + w), 0);
        else {
          const nid = u32(b, o);
          out.set(nid, { nid, data: this.#ptr(b, o + w), sub: this.#ptr(b, o + 2 * w), parent: 0 });
        }
      }
    };
    const top = this.block(bid);
    read(bid, top[1] === 1 ? 1 : 0);
    return out;
  }
}

/**
 * A heap on a node ([MS-PST] 2.3.1): items addressed by HID, over the node's data blocks. A HID
 * is the item's index (from 1) above 5 bits of type, then the block's index: from bit 16, or from
 * bit 19 in the 4 KiB format (`wide`), whose blocks may hold more items.
 */
export class Heap {
  readonly clientSig: number;
  readonly userRoot: number;

  constructor(
    private readonly blocks: readonly Uint8Array[],
    private readonly wide = false,
  ) {
    const b0 = blocks[0];
    if (!b0 || b0.length < 12 || b0[2] !== 0xec) throw new PstDamage('a heap without its header');
    this.clientSig = b0[3] as number;
    this.userRoot = u32(b0, 4);
  }

  /** The item `hid` names; throws when there is none. */
  item(hid: number): Uint8Array {
    const b = this.blocks[this.wide ? hid >>> 19 : hid >>> 16];
    const index = (hid >>> 5) & (this.wide ? 0x3fff : 0x7ff);
    if (!b || index === 0 || (hid & 0x1f) !== 0) throw new PstDamage(`heap item ${hid} does not exist`);
    const map = u16(b, 0);
    const count = u16(b, map);
    if (map < 0 || count < 0 || index > count || map + 4 + 2 * (count + 1) > b.length) throw new PstDamage('a heap page map out of place');
    const start = u16(b, map + 4 + 2 * (index - 1));
    const end = u16(b, map + 4 + 2 * index);
    if (start > end || end > map) throw new PstDamage(`heap item ${hid} is out of place`);
    return b.subarray(start, end);
  }
}

/** The records of a BTH ([MS-PST] 2.3.2) whose header is heap item `hid`: key and data, in key order. */
export function bthRecords(heap: Heap, hid: number, max = 100_000): { key: Uint8Array; data: Uint8Array }[] {
  const h = heap.item(hid);
  if (h.length < 8 || h[0] !== 0xb5) throw new PstDamage('a BTH without its header');
  const cbKey = h[1] as number;
  const cbEnt = h[2] as number;
  const levels = h[3] as number;
  const root = u32(h, 4);
  const out: { key: Uint8Array; data: Uint8Array }[] = [];
  if (root === 0) return out;
  if (cbKey === 0 || levels > MAX_LEVELS) throw new PstDamage('a BTH of impossible shape');
  const walk = (id: number, level: number): void => {
    const b = heap.item(id);
    const size = level > 0 ? cbKey + 4 : cbKey + cbEnt;
    for (let o = 0; o + size <= b.length; o += size) {
      if (level > 0) walk(u32(b, o + cbKey), level - 1);
      else {
        if (out.length >= max) throw new PstDamage('a BTH with more records than can be');
        out.push({ key: b.subarray(o, o + cbKey), data: b.subarray(o + cbKey, o + size) });
      }
    }
  };
  walk(root, levels);
  return out;
}

/** A property's type and raw value: 4 bytes inline or an HNID, as a property context or a table row holds it. */
export interface RawProp {
  readonly type: number;
  /** The value (PT_LONG, PT_BOOLEAN …) or the HNID of the value's bytes. */
  readonly value: number;
  /** A table cell's own bytes when wider than 4 (PT_SYSTIME in a row). */
  readonly inline?: Uint8Array;
}

/** Types whose value is the 4 bytes themselves rather than an HNID (in a property context). */
const INLINE_TYPES = new Set([0x0002, 0x0003, 0x0004, 0x000a, 0x000b]);

/** A node's heap with its subnodes: where property values too large for the heap live. */
export class NodeStore {
  constructor(
    private readonly ndb: Ndb,
    readonly heap: Heap,
    readonly subnodes: Map<number, NodeEntry>,
  ) {}

  /** The node `entry` (its data blocks as a heap, its subnodes). */
  static of(ndb: Ndb, entry: { readonly data: number; readonly sub: number }): NodeStore {
    return new NodeStore(ndb, new Heap(ndb.dataBlocks(entry.data), ndb.format === 'unicode-4k'), ndb.subnodes(entry.sub));
  }

  /** The bytes an HNID names: a heap item, or a subnode's data (0 is an empty value). */
  bytes(hnid: number): Uint8Array {
    if (hnid === 0) return new Uint8Array(0);
    if ((hnid & 0x1f) === 0) return this.heap.item(hnid);
    const s = this.subnodes.get(hnid);
    if (!s) throw new PstDamage(`subnode ${hnid} is missing`);
    const blocks = this.ndb.dataBlocks(s.data);
    if (blocks.length === 1) return blocks[0] as Uint8Array;
    const out = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0));
    let o = 0;
    for (const b of blocks) {
      out.set(b, o);
      o += b.length;
    }
    return out;
  }

  /** The subnode a value names (an attached item), as a store of its own. */
  child(nid: number): NodeStore {
    const s = this.subnodes.get(nid);
    if (!s) throw new PstDamage(`subnode ${nid} is missing`);
    return NodeStore.of(this.ndb, s);
  }

  /** A property context's properties, by id ([MS-PST] 2.3.3: a BTH of 2-byte ids and 6-byte entries). */
  propertyContext(): Map<number, RawProp> {
    if (this.heap.clientSig !== 0xbc) throw new PstDamage('a node that should be a property context is not');
    const out = new Map<number, RawProp>();
    for (const r of bthRecords(this.heap, this.heap.userRoot)) {
      if (r.key.length < 2 || r.data.length < 6) throw new PstDamage('a property context of impossible shape');
      out.set(u16(r.key, 0), { type: u16(r.data, 0), value: u32(r.data, 2) });
    }
    return out;
  }

  /** A table context's rows, each a map of property id to value ([MS-PST] 2.3.4), at most `max`. */
  tableRows(max: number): Map<number, RawProp>[] {
    if (this.heap.clientSig !== 0x7c) throw new PstDamage('a node that should be a table is not');
    const info = this.heap.item(this.heap.userRoot);
    const cols = info[1] as number;
    if (info[0] !== 0x7c || info.length < 22 + 8 * cols) throw new PstDamage('a table without its header');
    const existence = u16(info, 6);
    const rowSize = u16(info, 8);
    const rowIndex = u32(info, 10);
    const rowsHnid = u32(info, 14);
    const columns: { id: number; type: number; at: number; size: number; bit: number }[] = [];
    for (let i = 0; i < cols; i++) {
      const o = 22 + 8 * i;
      const tag = u32(info, o);
      const col = { id: tag >>> 16, type: tag & 0xffff, at: u16(info, o + 4), size: info[o + 6] as number, bit: info[o + 7] as number };
      if (col.at + col.size > rowSize || (col.bit >> 3) + existence >= rowSize + 1) throw new PstDamage('a table column outside its row');
      columns.push(col);
    }
    const rows: Map<number, RawProp>[] = [];
    if (rowsHnid === 0 || rowSize === 0) return rows;
    const count = Math.min(max, bthRecords(this.heap, rowIndex).length);
    // The row matrix: a heap item, or a subnode whose blocks each hold whole rows.
    const blocks = (rowsHnid & 0x1f) === 0 ? [this.heap.item(rowsHnid)] : this.#subnodeBlocks(rowsHnid);
    for (const b of blocks) {
      for (let o = 0; o + rowSize <= b.length && rows.length < count; o += rowSize) {
        const row = new Map<number, RawProp>();
        for (const c of columns) {
          const present = ((b[o + existence + (c.bit >> 3)] as number) & (0x80 >> (c.bit & 7))) !== 0;
          if (!present) continue;
          row.set(c.id, c.size > 4 ? { type: c.type, value: 0, inline: b.subarray(o + c.at, o + c.at + c.size) } : { type: c.type, value: c.size === 4 ? u32(b, o + c.at) : c.size === 2 ? u16(b, o + c.at) : (b[o + c.at] as number) });
        }
        rows.push(row);
      }
    }
    return rows;
  }

  #subnodeBlocks(nid: number): Uint8Array[] {
    const s = this.subnodes.get(nid);
    if (!s) throw new PstDamage(`subnode ${nid} is missing`);
    return this.ndb.dataBlocks(s.data);
  }

  /** A property's bytes: an inline table cell, or what its HNID names (null for inline types). */
  valueBytes(p: RawProp): Uint8Array | null {
    if (p.inline) return p.inline;
    if (INLINE_TYPES.has(p.type)) return null;
    return this.bytes(p.value);
  }
}

/** One message of a file: its node id and the names of the folders it is in, from the top. */
export interface PstMessageRef {
  readonly nid: number;
  readonly folder: readonly string[];
}

/** A folder whose items are not mail (a calendar, contacts, tasks …): left out of the listing, and counted. */
export interface PstSkippedFolder {
  readonly folder: readonly string[];
  /** Its PR_CONTAINER_CLASS, such as `IPF.Appointment` or `IPF.Contact`. */
  readonly containerClass: string;
  /** Its items. */
  readonly count: number;
}

/**
 * A file's messages; the folders left out as not holding mail; and the first damage met in its
 * node B-tree (whose nodes are then missing), or null.
 */
export interface PstListing {
  readonly messages: PstMessageRef[];
  readonly skipped: PstSkippedFolder[];
  readonly damaged: string | null;
}

/**
 * Every message of a file (not the folders' hidden items), ordered by folder path and then by
 * node id (the order they were stored in): the node B-tree's message nodes, each in the folder its
 * entry names. The items of folders that do not hold mail (their container class says calendar,
 * contacts, tasks, notes, journal or settings) are left out and counted in `skipped`. A damaged
 * page of the node B-tree loses the messages under it, and is told in `damaged`; a damaged root
 * throws `PstDamage`. A folder whose name cannot be read is named by its id.
 */
export function pstMessages(ndb: Ndb): PstListing {
  ndb.setBudget(Infinity);
  const folders = new Map<number, NodeEntry>();
  const messages: NodeEntry[] = [];
  let damaged: string | null = null;
  for (const n of ndb.nodes((what) => (damaged ??= what))) {
    const t = nidType(n.nid);
    if (t === NID_TYPE.normalFolder) folders.set(n.nid, n);
    else if (t === NID_TYPE.normalMessage) messages.push(n);
  }
  const infos = new Map<number, { name: string; containerClass: string }>();
  const infoOf = (nid: number): { name: string; containerClass: string } => {
    let info = infos.get(nid);
    if (info === undefined) {
      const f = folders.get(nid);
      info = { name: '', containerClass: '' };
      if (f) {
        try {
          const store = NodeStore.of(ndb, f);
          const pc = store.propertyContext();
          const text = (id: number): string => {
            const p = pc.get(id);
            const b = p ? store.valueBytes(p) : null;
            return b ? folderName(b, p?.type ?? 0) : '';
          };
          info = { name: text(PR_DISPLAY_NAME), containerClass: text(PR_CONTAINER_CLASS) };
        } catch (e) {
          if (!(e instanceof PstDamage)) throw e;
          info = { name: `(folder ${nid})`, containerClass: '' };
        }
      }
      infos.set(nid, info);
    }
    return info;
  };
  const nameOf = (nid: number): string => infoOf(nid).name;
  const top = ipmSubtree(ndb);
  const paths = new Map<number, readonly string[]>();
  const pathOf = (nid: number): readonly string[] => {
    let path = paths.get(nid);
    if (!path) {
      const parts: string[] = [];
      // Up to the folder Outlook shows as the file's top (the IPM subtree, "Top of Personal
      // Folders", whose name it never shows), or the root folder (whose parent is itself) for
      // folders outside it, a folder of another file or a loop.
      for (let at = nid, i = 0; at !== ROOT_FOLDER && at !== top && folders.has(at) && i < 64; i++) {
        parts.unshift(nameOf(at));
        const up = (folders.get(at) as NodeEntry).parent;
        if (up === at) break;
        at = up;
      }
      path = parts;
      paths.set(nid, path);
    }
    return path;
  };
  const refs: PstMessageRef[] = [];
  const skipped = new Map<number, { folder: readonly string[]; containerClass: string; count: number }>();
  for (const m of messages) {
    const { containerClass } = infoOf(m.parent);
    if (!isNotMailFolder(containerClass)) refs.push({ nid: m.nid, folder: pathOf(m.parent) });
    else {
      const s = skipped.get(m.parent);
      if (s) s.count++;
      else skipped.set(m.parent, { folder: pathOf(m.parent), containerClass, count: 1 });
    }
  }
  const byFolder = (a: { folder: readonly string[] }, b: { folder: readonly string[] }): number => {
    const ka = a.folder.join('\u0000');
    const kb = b.folder.join('\u0000');
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
  refs.sort((a, b) => byFolder(a, b) || a.nid - b.nid);
  return { messages: refs, skipped: [...skipped.values()].sort(byFolder), damaged };
}

const ROOT_FOLDER = 0x122;
const MESSAGE_STORE = 0x21;
const PR_DISPLAY_NAME = 0x3001;
const PR_CONTAINER_CLASS = 0x3613;
const PR_IPM_SUBTREE_ENTRYID = 0x35e0;

/** The IPM subtree's folder, from the message store's entry id for it (flags, provider, then the node id), or -1. */
function ipmSubtree(ndb: Ndb): number {
  try {
    const entry = ndb.node(MESSAGE_STORE);
    if (!entry) return -1;
    const store = NodeStore.of(ndb, entry);
    const p = store.propertyContext().get(PR_IPM_SUBTREE_ENTRYID);
    const id = p ? store.valueBytes(p) : null;
    return id && id.length >= 24 ? u32(id, 20) : -1;
  } catch (e) {
    if (e instanceof PstDamage) return -1;
    throw e;
  }
}

/**
 * A folder's name: PT_UNICODE; or PT_STRING8 in a code page no folder states (an ANSI file):
 * UTF-8 if it is that, else Shift_JIS if it is that (a Japanese Outlook), else windows-1252.
 */
function folderName(b: Uint8Array, type: number): string {
  if (type === 0x001f) return stripNul(new TextDecoder('utf-16le').decode(b));
  for (const enc of ['utf-8', 'shift_jis']) {
    try {
      return stripNul(new TextDecoder(enc, { fatal: true }).decode(b));
    } catch {
      // not that encoding
    }
  }
  return stripNul(new TextDecoder('windows-1252').decode(b));
}
