/**
 * A named attachment with nothing in it: `REACTIE OP ABAB - 03-12-2024.docx`, `Tax ID#2525808857`,
 * `Parcel-No.6909013941`, `invite.ics`, all zero bytes. A mail program attaches files that exist;
 * an empty one is a prop — its name is the message, making the mail look like part of a document
 * exchange, a parcel notice or an invitation while the real lure is a link in the text. Kits that
 * strip or never fill the file do the same.
 *
 * Spec: none in the field notes. RFC 2045 allows an empty body; no mail program sends a file that way.
 * False positives: delivery reports (they may return an empty copy of the original: skipped); an
 *   attached message (`message/rfc822`) is named by the parser, not the sender (skipped); hosts
 *   that do not know the size (`size` null) are not judged; the leftover text parts mail programs
 *   name themselves (`ATT00001.txt`, `Untitled attachment 00001.txt`) can be empty and are
 *   skipped. Only the mail's own attachments count, not those of an attached message.
 *   Measured: 24 `phish-dev` mails, 0 of 4,279 `ham/`, 0 Japanese mail; 3 bounces, all skipped.
 * Weight rationale: 10 — a prop, not a payload: it adds to the other signs and stays below
 *   `caution` alone.
 */
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments } from '../../attachment/inspect.js';
import type { AttachmentParams } from '../../model/params/attachment.js';
import { defineCheck, hit } from '../define-check.js';
import { isDeliveryReport } from '../delivery-report.js';

type P = AttachmentParams['attachment/empty-attachment'];

/**
 * Names mail programs give the leftover text parts of a mail they split (Exchange's `ATT00001.txt`,
 * Apple Mail's `Untitled attachment 00001.txt`, German Outlook's `Unbenannte Anlage 00001.txt`):
 * sometimes empty, never a prop.
 */
const LEFTOVER_PART = /^(?:att\d{5}|untitled attachment \d{5}|unbenannte anlage \d{5}|pi[eè]ce jointe sans titre \d{5})\.(?:txt|html?)$/i;

export const emptyAttachment = defineCheck({
  id: 'attachment/empty-attachment',
  category: 'attachment',
  severity: 'warn',
  weight: 10,
  needs: ['attachments'],
  run(ctx) {
    if (!ctx.attachments.length || isDeliveryReport(ctx)) return [];
    const empty = walkAttachments(ctx.attachments).filter(
      (w) => w.path.length === 0 && w.info.size === 0 && w.info.filename && w.info.contentType !== 'message/rfc822' && !LEFTOVER_PART.test(w.info.filename.trim()),
    );
    const first = empty[0];
    if (!first) return [];
    return [hit<P>({ name: displayName(first), count: empty.length }, empty.slice(0, 3).map((w) => attachmentEvidence(w)))];
  },
});
