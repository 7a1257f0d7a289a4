/**
 * An Office document that actually contains macro code: a VBA project (`vbaProject.bin` in
 * OOXML; `_VBA_PROJECT`, `VBA/dir` or Word's `Macros` storage in OLE2 `.doc`/`.xls`/`.ppt`),
 * Excel 4.0 macro sheets (`xl/macrosheets/`) or OpenDocument Basic. Found from the ZIP or OLE
 * directory; the code itself is never read or run.
 *
 * Spec: [MS-OVBA] §2.2 (VBA storage), [MS-CFB] §2.6 (directory entries), ECMA-376 Part 2
 * (OPC parts); SpamAssassin OLEVBMacro; oletools `oleid` (field notes §1C).
 * False positives: in-house workbooks with macros; templates from business software vendors.
 * Weight rationale: macros were the main malware vector until Office blocked them for internet
 * files; suspicious alone.
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments } from '../../attachment/inspect.js';

export const vbaMacro = defineCheck({
  id: 'attachment/vba-macro',
  category: 'attachment',
  severity: 'danger',
  weight: 35,
  needs: ['attachments', 'attachment-bytes'],
  run(ctx) {
    return walkAttachments(ctx.attachments).flatMap((w) => {
      const kind = w.inspection.office?.macros[0];
      if (!kind) return [];
      return [hit({ name: displayName(w), kind }, [attachmentEvidence(w)])];
    });
  },
});
