/**
 * OLE2 / Compound File Binary directory reader ([MS-CFB] §2.2 header, §2.3 FAT, §2.5 DIFAT,
 * §2.6 directory entries). Used to spot a VBA project in legacy Office files (`_VBA_PROJECT`,
 * `VBA/dir`, Word's `Macros` storage), an encrypted OOXML package (`EncryptedPackage`,
 * [MS-OFFCRYPTO] §2.3.4), and installers by their root CLSID (MSI/MSP/MST).
 *
 * Reads the directory chain only: streams are never read, nothing is decompressed. Cycles in the
 * sector chains are cut, at most `maxEntries` directory entries are read, and a truncated file
 * yields the entries that were readable.
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

/** Reads the directory entries of a compound file, or null when the header is not CFB. */
export function readCfb(b: Uint8Array, maxEntries = 1000): CfbDirectory | null {
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

  const entries: CfbEntry[] = [];
  let rootClsid = '';
  let truncated = false;
  let sector = u32(b, 0x30);
  const seen = new Set<number>();
  outer: while (sector !== END_OF_CHAIN) {
    if (sector < 0 || sector > MAX_SECTOR || seen.has(sector)) {
      truncated = sector !== END_OF_CHAIN;
      break;
    }
    seen.add(sector);
    const off = sectorOffset(sector);
    if (off + ssz > b.length) {
      truncated = true;
      break;
    }
    for (let k = 0; k < ssz / 128; k++) {
      const e = off + k * 128;
      const type = b[e + 0x42] as number;
      if (type === 0) continue; // unused slot
      if (entries.length >= maxEntries) {
        truncated = true;
        break outer;
      }
      const nlen = Math.min(64, u16(b, e + 0x40));
      let name = '';
      for (let i = 0; i + 1 < nlen - 1; i += 2) {
        const c = u16(b, e + i);
        if (c === 0) break;
        name += String.fromCharCode(c);
      }
      if (type === 5) rootClsid = clsidAt(b, e + 0x50);
      entries.push({ name, type });
    }
    sector = nextSector(sector);
  }
  return { entries, rootClsid, truncated };
}

/** Root CLSIDs of Windows Installer files: package, patch, transform. */
export const INSTALLER_CLSIDS: ReadonlySet<string> = new Set([
  '000C1084-0000-0000-C000-000000000046',
  '000C1086-0000-0000-C000-000000000046',
  '000C1082-0000-0000-C000-000000000046',
]);
