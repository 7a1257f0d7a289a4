/**
 * One static inspection per attachment, shared by every attachment check: the file name, the
 * declared type, the sniffed type, the archive directory, Office macros, HTML active content and
 * OneNote embedded files. Nothing is executed, nothing is decompressed beyond an archive's
 * directory, and every reader is bounded (see `archive.ts`, `cfb.ts`, `html.ts`).
 *
 * The result is memoised per `AttachmentInfo` object in a WeakMap: a pure cache (same input,
 * same output), so the checks can call `inspectAttachment` as often as they like.
 */
import type { AttachmentInfo } from '../model/message.js';
import type { ArchiveListing } from './archive.js';
import { guidBytes, indexOf } from './bytes.js';
import { analyzeFileName, type FileNameInfo } from './file-name.js';
import { scanHtml, type HtmlScan } from './html.js';
import { officeFromCfb, officeFromZip, type OfficeInfo } from './office.js';
import { classOfContentType, type RiskClass } from './risky-extensions.js';
import { sniffType, type SniffedType } from './sniff.js';

export interface ArchiveEntryInfo {
  readonly name: FileNameInfo;
  readonly encrypted: boolean;
  readonly directory: boolean;
}

export interface ArchiveInspection extends ArchiveListing {
  /** Each listed entry with its file-name analysis (directories included). */
  readonly files: readonly ArchiveEntryInfo[];
}

export interface AttachmentInspection {
  readonly name: FileNameInfo;
  /** Declared media type, lower-case (`application/octet-stream` when absent). */
  readonly declaredType: string;
  readonly declaredClass: RiskClass | null;
  /** What the name claims: the extension's class, else the declared type's. */
  readonly claimedClass: RiskClass | null;
  /** True when decoded content was available for this attachment. */
  readonly hasBytes: boolean;
  /** The bytes are a prefix of the content (the host or the parser cut them). */
  readonly partial: boolean;
  readonly sniffedType: SniffedType | null;
  readonly sniffedClass: RiskClass | null;
  /** The archive directory, for real archives only (not OOXML/ODF/JAR containers). */
  readonly archive: ArchiveInspection | null;
  readonly office: OfficeInfo | null;
  /** Active-content scan, for what would open in a browser (HTML/SVG name, or HTML content under a neutral name). */
  readonly html: HtmlScan | null;
  /** Embedded files in a OneNote section (null when not OneNote or no bytes). */
  readonly oneNoteEmbeddedFiles: number | null;
}

/** [MS-ONESTORE] §2.6.13 FileDataStoreObject header GUID: one per embedded file. */
const ONENOTE_FILE_DATA = guidBytes('{BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC}');
const MAX_ONENOTE_FILES = 100;

const memo = new WeakMap<AttachmentInfo, AttachmentInspection>();

/**
 * Counts embedded files in a OneNote section: FileDataStoreObjects ([MS-ONESTORE] §2.6.13: GUID,
 * cbLength u64, 4 unused, 8 reserved, then the data) whose data is not a picture.
 */
function countEmbeddedFiles(b: Uint8Array): number {
  let n = 0;
  let seen = 0;
  let i = indexOf(b, ONENOTE_FILE_DATA);
  while (i >= 0 && seen < MAX_ONENOTE_FILES) {
    seen++;
    const data = b.subarray(i + 36, Math.min(b.length, i + 36 + 64 * 1024));
    const kind = sniffType(data);
    if (!kind || kind.riskClass !== 'image') n++;
    i = indexOf(b, ONENOTE_FILE_DATA, i + ONENOTE_FILE_DATA.length);
  }
  return n;
}

function inspect(info: AttachmentInfo): AttachmentInspection {
  const name = analyzeFileName(info.filename);
  const declaredType = (info.contentType || 'application/octet-stream').toLowerCase();
  const declaredClass = classOfContentType(declaredType);
  const claimedClass = name.extClass ?? declaredClass;
  const bytes = info.bytes;
  const hasBytes = bytes !== undefined && bytes.length > 0;
  const base = {
    name,
    declaredType,
    declaredClass,
    claimedClass,
    hasBytes,
    partial: hasBytes && info.size !== null && info.size > (bytes as Uint8Array).length,
  };
  if (!hasBytes || !bytes) {
    return { ...base, sniffedType: null, sniffedClass: null, archive: null, office: null, html: null, oneNoteEmbeddedFiles: null };
  }
  const sniffed = sniffType(bytes);
  let archive: ArchiveInspection | null = null;
  let office: OfficeInfo | null = null;
  if (sniffed?.listing && sniffed.riskClass === 'archive') {
    const listing = sniffed.listing;
    archive = {
      ...listing,
      files: listing.entries.map((e) => ({ name: analyzeFileName(e.name), encrypted: e.encrypted, directory: e.directory })),
    };
  } else if (sniffed?.listing && (sniffed.type === 'ooxml' || sniffed.type === 'odf')) {
    office = officeFromZip(sniffed.listing, sniffed.type);
  } else if (sniffed?.cfb && sniffed.type === 'ole') {
    office = officeFromCfb(sniffed.cfb, bytes);
  }
  // HTML is scanned when it would open in a browser: an HTML extension, or HTML content (or an
  // HTML declared type, when unsniffable) under a name that claims nothing else.
  const looksHtml =
    name.extClass === 'html' || (!name.extClass && (sniffed ? sniffed.riskClass === 'html' : declaredClass === 'html'));
  const html = looksHtml ? scanHtml(bytes) : null;
  const oneNote =
    sniffed?.type === 'onenote' ? countEmbeddedFiles(bytes) : null;
  return {
    ...base,
    sniffedType: sniffed?.type ?? null,
    sniffedClass: sniffed?.riskClass ?? null,
    archive,
    office,
    html,
    oneNoteEmbeddedFiles: oneNote,
  };
}

/**
 * True when the attachment opens in a browser: an HTML extension, or, under a name that claims no
 * other type, HTML content or an HTML declared type. What `attachment/html-attachment` reports, and
 * whose links `url/links.ts` reads.
 */
export function opensInBrowser(i: AttachmentInspection): boolean {
  return i.name.extClass === 'html' || (!i.name.extClass && (i.sniffedClass === 'html' || i.declaredClass === 'html'));
}

/**
 * Inspects one attachment statically (memoised per object).
 *
 * @example
 * const i = inspectAttachment({ filename: '請求書.pdf.exe', contentType: 'application/pdf', size: 1024 });
 * i.name.ext; // 'exe'
 * i.name.decoyExt; // 'pdf'
 */
export function inspectAttachment(info: AttachmentInfo): AttachmentInspection {
  let r = memo.get(info);
  if (!r) {
    r = inspect(info);
    memo.set(info, r);
  }
  return r;
}

export interface WalkedAttachment {
  readonly info: AttachmentInfo;
  readonly inspection: AttachmentInspection;
  /** Names of the enclosing forwarded messages, outermost first (empty at top level). */
  readonly path: readonly string[];
}

/** How deep forwarded messages are followed, and how many attachments are examined in all. */
export const WALK_LIMITS = { maxDepth: 3, maxTotal: 200 } as const;

/** Every attachment, including those of attached messages (message/rfc822), bounded. */
export function walkAttachments(list: readonly AttachmentInfo[]): WalkedAttachment[] {
  const out: WalkedAttachment[] = [];
  const visit = (items: readonly AttachmentInfo[], path: readonly string[]) => {
    for (const info of items) {
      if (out.length >= WALK_LIMITS.maxTotal) return;
      out.push({ info, inspection: inspectAttachment(info), path });
      if (info.nested?.length && path.length < WALK_LIMITS.maxDepth) visit(info.nested, [...path, info.filename ?? '']);
    }
  };
  visit(list, []);
  return out;
}
