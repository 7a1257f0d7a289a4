/**
 * An archive whose directory lists a program, script, shortcut, disk image or OneNote file
 * (`請求書.zip` → `請求書.js`), or, more weakly, a web page or macro-enabled document. Zipping the
 * payload is the standard way past extension filters; the names are readable without unpacking.
 *
 * Spec: rspamd `bad_archive_extensions` (chm/hta/iso/lnk/vbs/wsf 4, jar 3) (field notes §3.11).
 * False positives: source-code archives between developers (`.js`, `.bat` among many files).
 * Hence the full weight only for a thin archive (≤ 10 files, as payload archives are), and
 * caution for a large project archive.
 * Weight rationale: a runnable payload in a small archive is suspicious alone; HTML and macro
 * documents inside are caution.
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments, type ArchiveEntryInfo } from '../../attachment/inspect.js';
import { RUNNABLE_CLASSES, type RiskClass } from '../../attachment/risky-extensions.js';
import type { AttachmentParams } from '../../model/params/attachment.js';

type Kind = AttachmentParams['attachment/risky-file-in-archive']['kind'];

const STRONG: ReadonlySet<RiskClass> = new Set([...RUNNABLE_CLASSES, 'disk-image', 'onenote']);
const WEAK_WEIGHT: Readonly<Partial<Record<RiskClass, number>>> = { html: 15, 'macro-office': 20 };
const THIN_ARCHIVE = 10;
const LARGE_ARCHIVE_WEIGHT = 15;

function rank(f: ArchiveEntryInfo): number {
  const c = f.name.extClass;
  if (!c) return 0;
  if (STRONG.has(c)) return 3;
  return WEAK_WEIGHT[c] ? 1 : 0;
}

export const riskyFileInArchive = defineCheck({
  id: 'attachment/risky-file-in-archive',
  category: 'attachment',
  severity: 'danger',
  weight: 40,
  needs: ['attachments', 'attachment-bytes'],
  run(ctx) {
    return walkAttachments(ctx.attachments).flatMap((w) => {
      const a = w.inspection.archive;
      if (!a) return [];
      const files = a.files.filter((f) => !f.directory);
      const risky = files.filter((f) => rank(f) > 0);
      if (!risky.length) return [];
      const worst = risky.reduce((m, f) => (rank(f) > rank(m) ? f : m));
      const cls = worst.name.extClass as RiskClass;
      const strong = STRONG.has(cls);
      const thin = files.length <= THIN_ARCHIVE;
      const weight = strong ? (thin ? 40 : LARGE_ARCHIVE_WEIGHT) : (WEAK_WEIGHT[cls] ?? LARGE_ARCHIVE_WEIGHT);
      const params = {
        name: displayName(w),
        inner: worst.name.display,
        kind: cls as Kind,
        count: risky.filter((f) => rank(f) === rank(worst)).length,
        total: files.length,
      };
      const evidence = [attachmentEvidence(w, { inner: worst.name.raw ?? '', highlight: '.' + worst.name.ext })];
      return [weight === 40 ? hit(params, evidence) : hit(params, evidence, { weight, severity: 'warn' })];
    });
  },
});
