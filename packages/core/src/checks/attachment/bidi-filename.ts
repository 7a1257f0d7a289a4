/**
 * A file name holding bidi override or embedding controls (U+202E RIGHT-TO-LEFT OVERRIDE and
 * friends): `invoice\u202Efdp.exe` is displayed as `invoiceexe.pdf` but is an `.exe`. The
 * controls have no place in an ordinary file name, including Arabic or Hebrew ones, which need no
 * explicit overrides.
 *
 * Spec: Unicode UAX #9 (explicit directional formatting); CVE-2021-42574 ("Trojan Source") for
 * the same trick in code; MITRE ATT&CK T1036.002 (Right-to-Left Override).
 * False positives: none known in file names; implicit marks (U+200E/U+200F) are not flagged.
 * Weight rationale: a deliberate visual deception with no legitimate use; suspicious alone.
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments } from '../../attachment/inspect.js';

export const bidiFilename = defineCheck({
  id: 'attachment/bidi-filename',
  category: 'attachment',
  severity: 'danger',
  weight: 40,
  needs: ['attachments'],
  run(ctx) {
    return walkAttachments(ctx.attachments).flatMap((w) => {
      const n = w.inspection.name;
      if (n.bidi.length) {
        return [hit({ name: displayName(w), shownAs: n.shownAs, real: n.ext, controls: n.bidi.join(', ') }, [attachmentEvidence(w)])];
      }
      // the same trick inside a ZIP/RAR listing (first such entry per archive)
      const f = w.inspection.archive?.files.find((e) => e.name.bidi.length > 0 && !e.directory);
      if (!f) return [];
      return [
        hit(
          { name: `${displayName(w)} › ${f.name.display}`, shownAs: f.name.shownAs, real: f.name.ext, controls: f.name.bidi.join(', ') },
          [attachmentEvidence(w, { inner: f.name.raw ?? '' })],
        ),
      ];
    });
  },
});
