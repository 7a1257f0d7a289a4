/**
 * A macro-enabled Office document by name or declared type (`.docm`, `.xlsm`, `.pptm`, `.xlam`…).
 * The format exists to carry macros; whether this one holds any is `attachment/vba-macro`.
 *
 * Spec: [MS-OFFMACRO2]; Microsoft's filter blocks `docm`, `ppa`, `ppam` by default (§3.10).
 * False positives: internal spreadsheets with macros (common in some workplaces, rare from outside).
 * Weight rationale: caution alone; suspicious once the VBA project is actually found.
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments } from '../../attachment/inspect.js';

export const macroEnabledOffice = defineCheck({
  id: 'attachment/macro-enabled-office',
  category: 'attachment',
  severity: 'warn',
  weight: 15,
  needs: ['attachments'],
  run(ctx) {
    return walkAttachments(ctx.attachments).flatMap((w) => {
      const i = w.inspection;
      const byName = i.name.extClass === 'macro-office';
      if (!byName && !(i.declaredClass === 'macro-office' && !i.name.extClass)) return [];
      const ext = byName ? i.name.ext : i.declaredType;
      return [hit({ name: displayName(w), ext }, [attachmentEvidence(w, byName ? { highlight: '.' + ext } : {})])];
    });
  },
});
