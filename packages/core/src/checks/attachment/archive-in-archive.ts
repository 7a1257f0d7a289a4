/**
 * An archive inside an archive (`請求書.zip` holding `請求書.rar`). Every layer is one more
 * chance to get past a scanner that unpacks only one level; ordinary senders zip documents once.
 * Read from the outer archive's directory only; nothing is unpacked.
 *
 * Spec: rspamd `MIME_ARCHIVE_IN_ARCHIVE` (5.0) (field notes §3.11).
 * False positives: backups and build artefacts zipped again; a `.tar` inside a `.gz` is the
 * normal `.tar.gz` and is not flagged; OOXML documents (`.docx`) are not archives here.
 * Weight rationale: evasive packaging but weak alone; caution, suspicious only with other signs.
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments } from '../../attachment/inspect.js';

export const archiveInArchive = defineCheck({
  id: 'attachment/archive-in-archive',
  category: 'attachment',
  severity: 'warn',
  weight: 20,
  needs: ['attachments', 'attachment-bytes'],
  run(ctx) {
    return walkAttachments(ctx.attachments).flatMap((w) => {
      const a = w.inspection.archive;
      if (!a) return [];
      const inner = a.files.find(
        (f) => !f.directory && f.name.extClass === 'archive' && !(a.format !== 'zip' && a.format !== 'rar' && a.format !== '7z' && f.name.ext === 'tar'),
      );
      if (!inner) return [];
      return [hit({ name: displayName(w), inner: inner.name.display }, [attachmentEvidence(w, { inner: inner.name.raw ?? '' })])];
    });
  },
});
