/**
 * A OneNote section (`.one`, `.onepkg`) as an attachment. OneNote pages can embed files behind a
 * "double-click to view" picture; in 2023 that carried `.hta`, `.cmd` and `.js` payloads (Qakbot,
 * AsyncRAT). When the bytes are available, embedded files other than pictures are counted from
 * the FileDataStoreObject headers ([MS-ONESTORE] §2.6.13) and raise the weight.
 *
 * Spec: [MS-ONESTORE] §2.3.1 (file format GUID), §2.6.13; Sublime OneNote rules (field notes §1C).
 * False positives: shared meeting notebooks (rare as mail attachments; usually shared by link).
 * Weight rationale: caution alone; suspicious when it embeds a non-picture file.
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments } from '../../attachment/inspect.js';
import { DOCUMENT_LIKE_CLASSES } from '../../attachment/risky-extensions.js';

const EMBEDDED_WEIGHT = 40;

export const onenoteFile = defineCheck({
  id: 'attachment/onenote-file',
  category: 'attachment',
  severity: 'warn',
  weight: 20,
  needs: ['attachments'],
  run(ctx) {
    return walkAttachments(ctx.attachments).flatMap((w) => {
      const i = w.inspection;
      const one =
        i.name.extClass === 'onenote' ||
        (!i.name.extClass && i.declaredClass === 'onenote') ||
        (i.sniffedClass === 'onenote' && !(i.claimedClass && DOCUMENT_LIKE_CLASSES.has(i.claimedClass)));
      if (!one) return [];
      const n = i.oneNoteEmbeddedFiles;
      const params = { name: displayName(w), embeddedFiles: n };
      const ev = [attachmentEvidence(w)];
      return [n && n > 0 ? hit(params, ev, { weight: EMBEDDED_WEIGHT, severity: 'danger' }) : hit(params, ev)];
    });
  },
});
