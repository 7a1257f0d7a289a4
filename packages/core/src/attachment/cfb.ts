/**
 * OLE2 / Compound File Binary directory reader ([MS-CFB] §2.2 header, §2.3 FAT, §2.5 DIFAT,
 * §2.6 directory entries). Used to spot a VBA project in legacy Office files (`_VBA_PROJECT`,
 * `VBA/dir`, Word's `Macros` storage), an encrypted OOXML package (`EncryptedPackage`,
 * [MS-OFFCRYPTO] §2.3.4), and installers by their root CLSID (MSI/MSP/MST).
 *
 * `readCfb` reads the directory chain only: streams are never read, nothing is decompressed.
 * `openCompoundFile` also reads streams (an Outlook `.msg`, adapters/msg.ts). Cycles in the sector
 * chains are cut, at most `maxEntries` directory entries are read, and a truncated file yields the
 * entries that were readable.
 */
import { startsWith, u16, u32 } from './bytes.js';

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export interface CfbEntry {
  readonly name: string;
  /** 1 storage, 2 stream, 5 root. */
  readonly type: number;
}

export interface CfbDirectory {
  readonly entries: readonly CfbEntry[];
  /** Root storage CLSID, upper-case without braces (`000C1084-0000-0000-C000-000000000046`). */
  readonly rootClsid: string;
  readonly truncated: boolean;
}

const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;

export function isCfb(b: Uint8Array): boolean {
  return startsWith(b, CFB_SIGNATURE);
}

function clsidAt(b: Uint8Array, o: number): string {
  if (o + 16 > b.length) return '';
  const h = (i: number) => (b[o + i] as number).toString(16).padStart(2, '0');
  const part = (idx: number[]) => idx.map(h).join('');
  return `${part([3, 2, 1, 0])}-${part([5, 4])}-${part([7, 6])}-${part([8, 9])}-${part([10, 11, 12, 13, 14, 15])}`.toUpperCase();
}

/** Where sectors are and how they chain ([MS-CFB] §2.2, §2.3, §2.5), from the header. */
interface Layout {
  /** Sector size (512 or 4096). */
  readonly ssz: number;
  readonly sectorOffset: (n: number) => number;
  /** The sector after `n` in its chain (END_OF_CHAIN, or -1 when the FAT cannot say). */
  readonly nextSector: (n: number) => number;
}

function layoutOf(b: Uint8Array): Layout | null {
  if (!isCfb(b)) return null;
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const ssz = 1 << shift;
  const perSector = ssz / 4;
  const sectorOffset = (n: number) => (n + 1) * ssz;

  // DIFAT: 109 entries in the header, then a chain of DIFAT sectors (each: perSector-1 entries + next).
  const difat: number[] = [];
  for (let i = 0; i < 109; i++) difat.push(u32(b, 0x4c + i * 4));
  let nextDifat = u32(b, 0x44);
  const difatSectors = u32(b, 0x48);
  const seenDifat = new Set<number>();
  const loadDifatUpTo = (idx: number): void => {
    while (difat.length <= idx && nextDifat >= 0 && nextDifat <= MAX_SECTOR && seenDifat.size < Math.min(difatSectors, 4096)) {
      if (seenDifat.has(nextDifat)) return;
      seenDifat.add(nextDifat);
      const off = sectorOffset(nextDifat);
      if (off + ssz > b.length) return;
      for (let i = 0; i < perSector - 1; i++) difat.push(u32(b, off + i * 4));
      nextDifat = u32(b, off + (perSector - 1) * 4);
    }
  };
  const nextSector = (n: number): number => {
    const idx = Math.floor(n / perSector);
    loadDifatUpTo(idx);
    const fatSector = difat[idx];
    if (fatSector === undefined || fatSector < 0 || fatSector > MAX_SECTOR) return -1;
    return u32(b, sectorOffset(fatSector) + (n % perSector) * 4);
  };
  return { ssz, sectorOffset, nextSector };
}

/**
 * Calls `each` with the file offset of every sector of the chain from `first`, in order, until the
 * chain ends, leaves the file, loops, or `each` returns false. True when the chain ended as it
 * should (END_OF_CHAIN).
 */
function walkChain(b: Uint8Array, l: Layout, first: number, each: (offset: number) => boolean): boolean {
  const seen = new Set<number>();
  for (let sector = first; sector !== END_OF_CHAIN; sector = l.nextSector(sector)) {
    if (sector < 0 || sector > MAX_SECTOR || seen.has(sector)) return false;
    seen.add(sector);
    const off = l.sectorOffset(sector);
    if (off + l.ssz > b.length || !each(off)) return false;
  }
  return true;
}

/** Reads the directory entries of a compound file, or null when the header is not CFB. */
export function readCfb(b: Uint8Array, maxEntries = 1000): CfbDirectory | null {
  const l = layoutOf(b);
  if (!l) return null;
  const entries: CfbEntry[] = [];
  let rootClsid = '';
  let truncated = false;
  const complete = walkChain(b, l, u32(b, 0x30), (off) => {
    for (let k = 0; k < l.ssz / 128; k++) {
      const e = off + k * 128;
      const type = b[e + 0x42] as number;
      if (type === 0) continue; // unused slot
      if (entries.length >= maxEntries) {
        truncated = true;
        return false;
      }
      if (type === 5) rootClsid = clsidAt(b, e + 0x50);
      entries.push({ name: entryName(b, e), type });
    }
    return true;
  });
  return { entries, rootClsid, truncated: truncated || !complete };
}

/** A directory entry's name (UTF-16LE, at most 31 characters). */
function entryName(b: Uint8Array, e: number): string {
  const nlen = Math.min(64, u16(b, e + 0x40));
  let name = '';
  for (let i = 0; i + 1 < nlen - 1; i += 2) {
    const c = u16(b, e + i);
    if (c === 0) break;
    name += String.fromCharCode(c);
  }
  return name;
}

/** A storage or stream of a compound file, with its place in the tree. */
export interface CfbNode {
  readonly name: string;
  /** 1 storage, 2 stream, 5 root. */
  readonly type: number;
  /** A storage's entries, in name order; none for a stream. */
  readonly children: readonly CfbNode[];
  /** A stream's size in bytes as its entry states it. */
  readonly size: number;
  readonly start: number;
}

export interface CompoundFile {
  readonly root: CfbNode;
  /** Directory entries left unread (past `maxEntries`, or a damaged directory chain). */
  readonly truncated: boolean;
  /** Whether a stream read so far came out shorter than its entry states (the file cut, a chain broken). */
  readonly damaged: () => boolean;
  /**
   * A stream's bytes: at most its stated size, and what its chain holds when the file is cut or
   * the chain damaged (never an error).
   */
  read(node: CfbNode): Uint8Array;
}

const NO_STREAM = 0xffffffff;

/**
 * Opens a compound file for reading its streams ([MS-CFB] §2.6 directory tree, §2.4 mini stream):
 * the directory as a tree of storages, and each stream's bytes on demand from the regular sectors
 * or, under the cutoff (4,096 bytes), the mini stream. Every chain is cut at its first loop or
 * sector outside the file, an entry reached twice in the tree is kept once, at most `maxEntries`
 * entries are read, and the streams read together give at most `maxRead` bytes (a few times the
 * file: a hostile file's streams can all point at one long chain), past which a read comes out
 * short, as from a damaged file.
 */
export function openCompoundFile(b: Uint8Array, maxEntries = 4096, maxRead = 4 * b.length + (1 << 20)): CompoundFile | null {
  const l = layoutOf(b);
  if (!l) return null;
  interface Raw {
    readonly name: string;
    readonly type: number;
    readonly left: number;
    readonly right: number;
    readonly child: number;
    readonly start: number;
    readonly size: number;
  }
  const raw: (Raw | null)[] = [];
  let truncated = false;
  const complete = walkChain(b, l, u32(b, 0x30), (off) => {
    for (let k = 0; k < l.ssz / 128; k++) {
      if (raw.length >= maxEntries) {
        truncated = true;
        return false;
      }
      const e = off + k * 128;
      const type = b[e + 0x42] as number;
      raw.push(type === 1 || type === 2 || type === 5 ? { name: entryName(b, e), type, left: u32(b, e + 0x44), right: u32(b, e + 0x48), child: u32(b, e + 0x4c), start: u32(b, e + 0x74), size: u32(b, e + 0x78) } : null);
    }
    return true;
  });
  const rootRaw = raw[0];
  if (!rootRaw || rootRaw.type !== 5) return null;

  // The tree: each storage's children are the red-black tree under its `child` (siblings left and right).
  const placed = new Set<number>([0]);
  const build = (id: number): CfbNode => {
    const r = raw[id] as Raw;
    const children: CfbNode[] = [];
    if (r.type !== 2) {
      const stack = [r.child];
      const ids: number[] = [];
      while (stack.length > 0) {
        const c = stack.pop() as number;
        if (c === NO_STREAM || placed.has(c) || !raw[c]) continue;
        placed.add(c);
        ids.push(c);
        const cr = raw[c] as Raw;
        stack.push(cr.left, cr.right);
      }
      for (const c of ids) children.push(build(c));
      children.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    }
    return { name: r.name, type: r.type, children, size: r.size < 0 ? 0 : r.size, start: r.start };
  };
  const root = build(0);

  const regular = (first: number, size: number): Uint8Array => {
    const out = new Uint8Array(Math.min(size, b.length));
    let n = 0;
    walkChain(b, l, first, (off) => {
      const take = Math.min(l.ssz, out.length - n);
      out.set(b.subarray(off, off + take), n);
      n += take;
      return n < out.length;
    });
    return n === out.length ? out : out.subarray(0, n);
  };
  // The mini stream and its FAT, read once when a small stream is first asked for.
  let mini: { readonly stream: Uint8Array; readonly fat: Uint8Array } | null = null;
  const miniOf = (): { readonly stream: Uint8Array; readonly fat: Uint8Array } => {
    if (!mini) {
      const fatSectors = Math.max(0, u32(b, 0x40));
      mini = { stream: regular(root.start, root.size), fat: regular(u32(b, 0x3c), Math.min(fatSectors, b.length / l.ssz) * l.ssz) };
    }
    return mini;
  };
  const cutoff = u32(b, 0x38) > 0 ? u32(b, 0x38) : 4096;
  let short = false;
  let left = maxRead;
  const read = (node: CfbNode): Uint8Array => {
    let out = readStream(node, left);
    if (out.length > left) out = out.subarray(0, left);
    left -= out.length;
    if (out.length < node.size) short = true;
    return out;
  };
  const readStream = (node: CfbNode, most: number): Uint8Array => {
    if (node.type !== 2 || node.size === 0 || most <= 0) return new Uint8Array(0);
    if (node.size >= cutoff) return regular(node.start, Math.min(node.size, most));
    const { stream, fat } = miniOf();
    const out = new Uint8Array(Math.min(node.size, stream.length));
    let n = 0;
    const seen = new Set<number>();
    for (let s = node.start; s !== END_OF_CHAIN && n < out.length; s = u32(fat, s * 4)) {
      if (s < 0 || s > MAX_SECTOR || seen.has(s) || s * 64 + 64 > stream.length) break;
      seen.add(s);
      const take = Math.min(64, out.length - n);
      out.set(stream.subarray(s * 64, s * 64 + take), n);
      n += take;
    }
    return n === out.length ? out : out.subarray(0, n);
  };
  return { root, truncated: truncated || !complete, damaged: () => short || truncated || !complete, read };
}

/** Root CLSIDs of Windows Installer files: package, patch, transform. */
export const INSTALLER_CLSIDS: ReadonlySet<string> = new Set([
  '000C1084-0000-0000-C000-000000000046',
  '000C1086-0000-0000-C000-000000000046',
  '000C1082-0000-0000-C000-000000000046',
]);
