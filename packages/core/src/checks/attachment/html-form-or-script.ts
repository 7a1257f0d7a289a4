/**
 * An HTML/SVG attachment with active content: a password field or form (a credential page that
 * posts to the attacker), scripts, an automatic redirect, an embedded remote frame, or HTML
 * smuggling (a payload decoded in the browser with `atob`/`Blob` and offered as a download).
 * Read statically from at most the first 2 MiB; nothing is rendered or run.
 *
 * Spec: MITRE ATT&CK T1027.006 (HTML Smuggling); Sublime `attachment_html_smuggling_*` rules.
 * False positives: HTML reports with scripts (test or coverage reports) sent between colleagues.
 * Weight rationale: with `attachment/html-attachment` (15) it reaches suspicious (40).
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments } from '../../attachment/inspect.js';

export const htmlFormOrScript = defineCheck({
  id: 'attachment/html-form-or-script',
  category: 'attachment',
  severity: 'danger',
  weight: 25,
  needs: ['attachments', 'attachment-bytes'],
  run(ctx) {
    return walkAttachments(ctx.attachments).flatMap((w) => {
      const f = w.inspection.html?.features ?? [];
      if (!f.length) return [];
      return [hit({ name: displayName(w), features: [...f] }, [attachmentEvidence(w)])];
    });
  },
});
