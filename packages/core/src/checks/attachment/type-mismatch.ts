/**
 * The name (or declared type) says document or picture, the bytes say otherwise: a program
 * (`MZ…PE`), shortcut, installer, disk image or OneNote file behind `.pdf`/`.jpg`; a web page
 * behind `.pdf` or an image extension; an archive behind a document extension. This is
 * Microsoft's "true type" matching done on the client.
 *
 * Spec: Microsoft Defender common attachments filter (true-type matching, §3.10); file signatures
 * per the respective format specs (PE/COFF, [MS-SHLLINK], [MS-CFB], ECMA-119, APPNOTE).
 * False positives: only confident signatures count, and only risky real types: `.doc` that is
 * RTF, `.jpg` that is PNG, `.xls` that is HTML (old report exports) or a `.docx` that is a ZIP-based
 * document all pass; ZIP-based formats (`.pages`, `.xps`, `.key`) may be ZIPs.
 * Weight rationale: a disguised program is near-certain malice (45); a disguised disk image,
 * OneNote file or web page is suspicious (30); an archive named as a document is caution (20).
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments } from '../../attachment/inspect.js';
import { FORMAT_LABEL } from '../../attachment/labels.js';
import { DOCUMENT_LIKE_CLASSES, RUNNABLE_CLASSES, type RiskClass } from '../../attachment/risky-extensions.js';
import type { AttachmentParams } from '../../model/params/attachment.js';

type Kind = AttachmentParams['attachment/type-mismatch']['actualKind'];

/** Documents that are ZIP files by design (Apple iWork, XPS, EPUB, HWPX). */
const ZIP_DOCUMENTS: ReadonlySet<string> = new Set(['pages', 'numbers', 'key', 'xps', 'oxps', 'epub', 'hwpx']);

function weightFor(actual: RiskClass, claimed: RiskClass, ext: string): number | null {
  if (RUNNABLE_CLASSES.has(actual)) return 45;
  if (actual === 'disk-image' || actual === 'onenote') return 30;
  if (actual === 'html' && (claimed === 'image' || ext === 'pdf')) return 30;
  if (actual === 'archive' && !ZIP_DOCUMENTS.has(ext)) return 20;
  return null;
}

export const typeMismatch = defineCheck({
  id: 'attachment/type-mismatch',
  category: 'attachment',
  severity: 'danger',
  weight: 45,
  needs: ['attachments', 'attachment-bytes'],
  run(ctx) {
    return walkAttachments(ctx.attachments).flatMap((w) => {
      const i = w.inspection;
      if (!i.sniffedType || !i.sniffedClass || !i.claimedClass || !DOCUMENT_LIKE_CLASSES.has(i.claimedClass)) return [];
      const weight = weightFor(i.sniffedClass, i.claimedClass, i.name.ext);
      if (weight === null) return [];
      const claimed = i.name.extClass ? i.name.ext : i.declaredType;
      const params = { name: displayName(w), claimed, actual: FORMAT_LABEL[i.sniffedType], actualKind: i.sniffedClass as Kind };
      const ev = [attachmentEvidence(w)];
      if (weight === 45) return [hit(params, ev)];
      return [hit(params, ev, { weight, severity: weight >= 30 ? 'danger' : 'warn' })];
    });
  },
});
