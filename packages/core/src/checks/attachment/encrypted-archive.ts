/**
 * A password-protected archive (ZIP "encrypted" bit, WinZip AES, RAR file or header encryption,
 * 7z AES) or an encrypted Office document. The password usually sits in the mail body: the point
 * is that no gateway or antivirus can look inside. Emotet and IcedID spread this way, in Japan
 * riding on the PPAP habit (a password ZIP, then the password in a second mail).
 *
 * Spec: PKWARE APPNOTE §4.4.4 (bit 0), RAR 5.0 technote (encryption header, file encryption
 * record), 7-Zip 7zFormat.txt (7zAES coder 06F10701), [MS-OFFCRYPTO] §2.3.4 (EncryptedPackage).
 * rspamd `MIME_ENCRYPTED_ARCHIVE`; SpamAssassin `OLEMACRO_ZIP_PW` (field notes §1C).
 * False positives: PPAP is still common in Japanese business mail; the advice says to confirm by
 * another channel. A 7z whose header is compressed but not encrypted cannot be judged (not
 * flagged). Encrypted PDFs are not flagged (statements are often sent that way).
 * Weight rationale: archives hide their payload from every scanner; suspicious alone. Encrypted
 * Office documents are weaker evidence (caution).
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments } from '../../attachment/inspect.js';
import type { AttachmentParams } from '../../model/params/attachment.js';
import type { Hit } from '../define-check.js';

type Params = AttachmentParams['attachment/encrypted-archive'];

const OFFICE_WEIGHT = 20;

export const encryptedArchive = defineCheck({
  id: 'attachment/encrypted-archive',
  category: 'attachment',
  severity: 'danger',
  weight: 35,
  needs: ['attachments', 'attachment-bytes'],
  run(ctx) {
    return walkAttachments(ctx.attachments).flatMap((w): Hit<Params>[] => {
      const a = w.inspection.archive;
      if (a && a.encrypted === true && (a.format === 'zip' || a.format === 'rar' || a.format === '7z')) {
        const names = a.files.filter((f) => !f.directory).map((f) => f.name.display);
        const entries = names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
        return [hit({ name: displayName(w), format: a.format, namesHidden: a.headersEncrypted, entries }, [attachmentEvidence(w)])];
      }
      if (w.inspection.office?.encrypted) {
        return [
          hit({ name: displayName(w), format: 'office', namesHidden: false, entries: '' }, [attachmentEvidence(w)], {
            weight: OFFICE_WEIGHT,
            severity: 'warn',
          }),
        ];
      }
      return [];
    });
  },
});
