/**
 * A web page (or SVG image, or MHT web archive) sent as an attachment. Opened from disk it shows
 * whatever it likes with no address bar to check: phishing kits attach the fake sign-in page
 * itself. Named, declared or sniffed as HTML/SVG. An SVG whose content was read and holds no
 * script, form, link-out or redirect is treated as a plain picture.
 *
 * Spec: rspamd `bad_extensions` htm/html/shtml 1, mht 2; Sublime `attachment_html_smuggling_*`
 * (field notes §1C, §3.11).
 * False positives: Exchange's `ATT00001.htm` pieces and saved web receipts (hence caution only).
 * Weight rationale: common in phishing but also in ordinary mail; caution alone, suspicious with
 * `attachment/html-form-or-script`.
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { opensInBrowser, walkAttachments } from '../../attachment/inspect.js';

export const htmlAttachment = defineCheck({
  id: 'attachment/html-attachment',
  category: 'attachment',
  severity: 'warn',
  weight: 15,
  needs: ['attachments'],
  run(ctx) {
    return walkAttachments(ctx.attachments).flatMap((w) => {
      const i = w.inspection;
      // What opens in a browser: an HTML extension, or HTML content/type under a name that claims
      // nothing else (`report.xls` holding HTML opens in Excel; `invoice.pdf` holding HTML is type-mismatch).
      if (!opensInBrowser(i)) return [];
      const ext = i.name.ext;
      const kind =
        i.sniffedType === 'svg' || ext === 'svg' || ext === 'svgz' || i.declaredType === 'image/svg+xml'
          ? 'svg'
          : ext === 'mht' || ext === 'mhtml'
            ? 'mht'
            : 'html';
      if (kind === 'svg' && i.html && i.html.features.length === 0) return [];
      return [hit({ name: displayName(w), kind }, [attachmentEvidence(w)])];
    });
  },
});
