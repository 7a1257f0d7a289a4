/**
 * A disk image attachment (`.iso`, `.img`, `.vhd`, `.vhdx`, `.dmg`): Windows mounts it on a
 * double-click, and the files inside (typically a `.lnk` and a DLL) lose the "downloaded from the
 * internet" mark that would trigger SmartScreen and Protected View. Qakbot, IcedID and Bumblebee
 * spread this way once macros were blocked. Named, declared or sniffed (`CD001`, `conectix`,
 * `vhdxfile`) when the name claims nothing else.
 *
 * Spec: ECMA-119 (ISO 9660) §8; VHD/VHDX specifications; MITRE ATT&CK T1553.005 (Mark-of-the-Web
 * bypass); Microsoft's default filter lists iso/img; rspamd iso/vhd 4 (field notes §3.10–3.11).
 * False positives: very rare in mail (images are far beyond normal attachment sizes).
 * Weight rationale: a known MOTW-bypass container with almost no legitimate mail use; suspicious alone.
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments } from '../../attachment/inspect.js';
import { DOCUMENT_LIKE_CLASSES } from '../../attachment/risky-extensions.js';

export const diskImage = defineCheck({
  id: 'attachment/disk-image',
  category: 'attachment',
  severity: 'danger',
  weight: 35,
  needs: ['attachments'],
  run(ctx) {
    return walkAttachments(ctx.attachments).flatMap((w) => {
      const i = w.inspection;
      let ext: string | null = null;
      if (i.name.extClass === 'disk-image') ext = i.name.ext;
      else if (!i.name.extClass && i.declaredClass === 'disk-image') ext = i.declaredType;
      else if (i.sniffedClass === 'disk-image' && !(i.claimedClass && DOCUMENT_LIKE_CLASSES.has(i.claimedClass))) ext = i.sniffedType ?? '';
      if (ext === null) return [];
      return [hit({ name: displayName(w), ext }, [attachmentEvidence(w)])];
    });
  },
});
