/**
 * A file name with a harmless-looking extension in front of the real one: `請求書.pdf.exe`,
 * `scan.jpg          .js`, `invoice.pdf.html`. Windows hides known extensions by default, so the
 * person sees `請求書.pdf`; blank padding pushes the real extension out of view in narrow panes.
 * Look-alike dots (`．`, `․`) in the decoy count too.
 *
 * Spec: rspamd `MIME_DOUBLE_BAD_EXTENSION` (3.0–4.0); Microsoft true-type matching (§3.10–3.11).
 * False positives: versioned names (`setup.v2.exe`) do not match (the decoy must be a document,
 * image, media or archive extension); `.tar.gz` is not runnable.
 * Weight rationale: deliberate disguise of a program or web page as a document; suspicious alone,
 * dangerous together with the executable finding.
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments } from '../../attachment/inspect.js';
import { RUNNABLE_CLASSES, type RiskClass } from '../../attachment/risky-extensions.js';
import type { DisguisedKind } from '../../model/params/attachment.js';

const DISGUISED: ReadonlySet<RiskClass> = new Set([...RUNNABLE_CLASSES, 'html', 'disk-image', 'onenote']);

export const doubleExtension = defineCheck({
  id: 'attachment/double-extension',
  category: 'attachment',
  severity: 'danger',
  weight: 35,
  needs: ['attachments'],
  run(ctx) {
    return walkAttachments(ctx.attachments).flatMap((w) => {
      const n = w.inspection.name;
      if (!n.decoyExt || !n.extClass || !DISGUISED.has(n.extClass)) return [];
      return [
        hit(
          { name: displayName(w), shown: n.decoyExt, real: n.ext, kind: n.extClass as DisguisedKind, padded: n.padded },
          [attachmentEvidence(w, { highlight: '.' + n.ext })],
        ),
      ];
    });
  },
});
