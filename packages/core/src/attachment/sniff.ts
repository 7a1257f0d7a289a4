/**
 * Content sniffing from the first bytes ("magic numbers"), the way Microsoft's true-type
 * matching and file(1) do it: what a file *is*, whatever its name and declared type say.
 * Only signatures that are hard to produce by accident are used (a PE needs `MZ` *and* the
 * `PE\0\0` header it points to; a BMP needs its reserved fields zero).
 */
import { readArchive, type ArchiveListing } from './archive.js';
import { ascii, guidBytes, indexOf, startsWith, u32, u8 } from './bytes.js';
import { INSTALLER_CLSIDS, readCfb, type CfbDirectory } from './cfb.js';
import type { RiskClass } from './risky-extensions.js';

export type SniffedType =
  | 'pe'
  | 'elf'
  | 'macho'
  | 'java-class'
  | 'lnk'
  | 'msi'
  | 'chm'
  | 'zip'
  | 'ooxml'
  | 'odf'
  | 'jar'
  | 'apk'
  | 'appx'
  | 'epub'
  | 'rar'
  | '7z'
  | 'gzip'
  | 'bzip2'
  | 'xz'
  | 'zstd'
  | 'cab'
  | 'tar'
  | 'iso'
  | 'udf'
  | 'vhd'
  | 'vhdx'
  | 'onenote'
  | 'ole'
  | 'pdf'
  | 'rtf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'bmp'
  | 'tiff'
  | 'webp'
  | 'heif'
  | 'mp4'
  | 'html'
  | 'svg';

/** What each sniffed type is, in the risk classes of `data/risky-extensions.json`. */
export const SNIFFED_CLASS: Readonly<Record<SniffedType, RiskClass>> = {
  pe: 'executable',
  elf: 'executable',
  macho: 'executable',
  'java-class': 'executable',
  jar: 'executable',
  apk: 'executable',
  chm: 'executable',
  lnk: 'shortcut',
  msi: 'installer',
  appx: 'installer',
  zip: 'archive',
  rar: 'archive',
  '7z': 'archive',
  gzip: 'archive',
  bzip2: 'archive',
  xz: 'archive',
  zstd: 'archive',
  cab: 'archive',
  tar: 'archive',
  iso: 'disk-image',
  udf: 'disk-image',
  vhd: 'disk-image',
  vhdx: 'disk-image',
  onenote: 'onenote',
  ooxml: 'document',
  odf: 'document',
  epub: 'document',
  ole: 'document',
  pdf: 'document',
  rtf: 'document',
  png: 'image',
  jpeg: 'image',
  gif: 'image',
  bmp: 'image',
  tiff: 'image',
  webp: 'image',
  heif: 'image',
  mp4: 'media',
  html: 'html',
  svg: 'html',
};

export interface SniffResult {
  readonly type: SniffedType;
  readonly riskClass: RiskClass;
  /** The directory read along the way (ZIP family, RAR, 7z, gzip, tar, cab). */
  readonly listing: ArchiveListing | null;
  /** The OLE directory read along the way. */
  readonly cfb: CfbDirectory | null;
}

/** [MS-SHLLINK] §2.1: HeaderSize 0x4C and LinkCLSID 00021401-0000-0000-C000-000000000046. */
const LNK = [0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46];
/** [MS-ONESTORE] §2.3.1: the .one file format GUID {7B5C52E4-D88C-4DA7-AEB1-5378D02996D3}. */
export const ONENOTE_GUID = guidBytes('{7B5C52E4-D88C-4DA7-AEB1-5378D02996D3}');
const ONETOC2_GUID = guidBytes('{43FF2FA1-EFD9-4C76-9EE2-10EA5722765F}');

function textStart(b: Uint8Array): string {
  let i = 0;
  if (startsWith(b, [0xef, 0xbb, 0xbf])) i = 3;
  let s = '';
  for (let k = i; k < b.length && s.length < 1024; k++) {
    const c = b[k] as number;
    if (c === 0) return '';
    s += String.fromCharCode(c);
  }
  return s.trimStart().toLowerCase();
}

function sniffMarkup(b: Uint8Array): SniffedType | null {
  const s = textStart(b);
  if (!s.startsWith('<')) return null;
  if (/^<svg[\s>]/.test(s) || (/^<\?xml/.test(s) && /<svg[\s>]/.test(s)) || (/^<!doctype svg/.test(s))) return 'svg';
  if (/^<(!doctype\s+html|html|head|body|script|meta|iframe|form|title|div|table|p|a|img|style)[\s>]/.test(s)) return 'html';
  if (/^<!--/.test(s) && /<(html|head|body|script|form)[\s>]/.test(s)) return 'html';
  if (/^<\?xml/.test(s) && /<html[\s>]/.test(s)) return 'html';
  return null;
}

function classifyZip(listing: ArchiveListing): SniffedType {
  const names = listing.entries.map((e) => e.name);
  const has = (n: string) => names.some((x) => x.toLowerCase() === n.toLowerCase());
  if (has('AppxManifest.xml') || has('AppxMetadata/AppxBundleManifest.xml')) return 'appx';
  if (has('AndroidManifest.xml') && names.some((x) => /^classes\d*\.dex$/i.test(x))) return 'apk';
  if (has('[Content_Types].xml')) return 'ooxml';
  if (has('mimetype') && has('META-INF/manifest.xml')) return 'odf';
  if (has('mimetype') && has('META-INF/container.xml')) return 'epub';
  if (has('META-INF/MANIFEST.MF') && names.some((x) => /\.class$/i.test(x))) return 'jar';
  return 'zip';
}

/**
 * Sniffs the type of decoded attachment bytes. Returns null for unknown or too-short content
 * (plain text, CSV, unknown binaries): "unknown" is never treated as a mismatch.
 */
export function sniffType(b: Uint8Array): SniffResult | null {
  const r = (type: SniffedType, listing: ArchiveListing | null = null, cfb: CfbDirectory | null = null): SniffResult => ({
    type,
    riskClass: SNIFFED_CLASS[type],
    listing,
    cfb,
  });
  if (b.length < 4) return null;
  // Executables
  if (u8(b, 0) === 0x4d && u8(b, 1) === 0x5a) {
    const pe = u32(b, 0x3c);
    if (pe >= 0x40 && startsWith(b, ascii('PE\0\0'), pe)) return r('pe');
  }
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return r('elf');
  if (startsWith(b, [0xfe, 0xed, 0xfa, 0xce]) || startsWith(b, [0xfe, 0xed, 0xfa, 0xcf]) ||
      startsWith(b, [0xce, 0xfa, 0xed, 0xfe]) || startsWith(b, [0xcf, 0xfa, 0xed, 0xfe])) return r('macho');
  if (startsWith(b, [0xca, 0xfe, 0xba, 0xbe])) {
    // Mach-O universal binary (small arch count) or a Java class file (major version ≥ 45)
    return r(u8(b, 7) >= 45 ? 'java-class' : 'macho');
  }
  if (startsWith(b, LNK)) return r('lnk');
  if (startsWith(b, ascii('ITSF'))) return r('chm');
  // Archives and containers
  const listing = readArchive(b);
  if (listing) {
    if (listing.format === 'zip') return r(classifyZip(listing), listing);
    return r(listing.format, listing);
  }
  if (startsWith(b, ascii('BZh')) && u8(b, 3) >= 0x31 && u8(b, 3) <= 0x39) return r('bzip2');
  if (startsWith(b, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return r('xz');
  if (startsWith(b, [0x28, 0xb5, 0x2f, 0xfd])) return r('zstd');
  const cfb = readCfb(b);
  if (cfb) return r(INSTALLER_CLSIDS.has(cfb.rootClsid) ? 'msi' : 'ole', null, cfb);
  if (startsWith(b, ONENOTE_GUID) || startsWith(b, ONETOC2_GUID)) return r('onenote');
  if (startsWith(b, ascii('vhdxfile'))) return r('vhdx');
  if (startsWith(b, ascii('conectix')) || startsWith(b, ascii('conectix'), b.length - 512)) return r('vhd');
  for (const o of [0x8001, 0x8801, 0x9001]) {
    if (startsWith(b, ascii('CD001'), o)) return r('iso');
    if (startsWith(b, ascii('BEA01'), o) || startsWith(b, ascii('NSR02'), o) || startsWith(b, ascii('NSR03'), o)) return r('udf');
  }
  // Documents and media
  if (indexOf(b, ascii('%PDF-'), 0, 1024) >= 0) return r('pdf');
  if (startsWith(b, ascii('{\\rt'))) return r('rtf');
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return r('png');
  if (startsWith(b, [0xff, 0xd8, 0xff])) return r('jpeg');
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return r('gif');
  if (startsWith(b, ascii('BM')) && b.length > 26 && u32(b, 6) === 0 && u32(b, 14) >= 12 && u32(b, 14) <= 124) return r('bmp');
  if (startsWith(b, ascii('II*\0')) || startsWith(b, ascii('MM\0*'))) return r('tiff');
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return r('webp');
  if (startsWith(b, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...b.subarray(8, 12));
    return r(/^(heic|heix|hevc|mif1|msf1|avif)$/.test(brand) ? 'heif' : 'mp4');
  }
  const markup = sniffMarkup(b);
  return markup ? r(markup) : null;
}
