/**
 * An attachment that is a program: a Windows executable, a script (`.js`, `.vbs`, `.hta`,
 * `.ps1`, `.bat`…), a shortcut (`.lnk`, `.url`) or an installer (`.msi`, `.msix`, and Apple
 * `.mobileconfig` profiles, which install VPNs, root certificates or device management). Opening
 * it runs code or changes the device with the person's rights; business mail rarely needs to send one.
 * Found by extension, by declared media type, or by content when the name claims nothing else
 * (a disguised program named like a document is `attachment/type-mismatch`).
 *
 * Spec: Microsoft Defender common attachments filter (53 types, true-type matching); rspamd
 * `bad_extensions` weight 4 for scripts/shortcuts (field notes §3.10, §3.11).
 * False positives: developers mailing scripts to each other; software vendors sending
 * installers (rare today; links are used instead).
 * Weight rationale: a direct path to code execution; suspicious on its own.
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments } from '../../attachment/inspect.js';
import { FORMAT_LABEL } from '../../attachment/labels.js';
import { DECOY_CLASSES, DOCUMENT_LIKE_CLASSES, RUNNABLE_CLASSES } from '../../attachment/risky-extensions.js';
import type { RunnableKind } from '../../model/params/attachment.js';

export const executableFile = defineCheck({
  id: 'attachment/executable-file',
  category: 'attachment',
  severity: 'danger',
  weight: 40,
  needs: ['attachments'],
  run(ctx) {
    return walkAttachments(ctx.attachments).flatMap((w) => {
      const i = w.inspection;
      let kind: RunnableKind | null = null;
      let via: 'name' | 'declared-type' | 'content' = 'name';
      if (i.name.extClass && RUNNABLE_CLASSES.has(i.name.extClass)) {
        kind = i.name.extClass as RunnableKind;
      } else if (i.declaredClass && RUNNABLE_CLASSES.has(i.declaredClass) && (!i.name.ext || (i.name.extClass && DECOY_CLASSES.has(i.name.extClass)))) {
        // a declared program type counts when the name has no extension or a document one
        // (`data.json` sent as text/javascript is a server's guess, not a disguise)
        kind = i.declaredClass as RunnableKind;
        via = 'declared-type';
      } else if (i.sniffedClass && RUNNABLE_CLASSES.has(i.sniffedClass) && !(i.claimedClass && DOCUMENT_LIKE_CLASSES.has(i.claimedClass))) {
        kind = i.sniffedClass as RunnableKind;
        via = 'content';
      }
      if (!kind) return [];
      const ext = via === 'name' ? i.name.ext : via === 'declared-type' ? i.declaredType : i.sniffedType ? FORMAT_LABEL[i.sniffedType] : '';
      return [hit({ name: displayName(w), ext, kind, via }, [attachmentEvidence(w, i.name.ext ? { highlight: '.' + i.name.ext } : {})])];
    });
  },
});
