import type { AnyCheck } from '../define-check.js';
import { archiveInArchive } from './archive-in-archive.js';
import { bidiFilename } from './bidi-filename.js';
import { diskImage } from './disk-image.js';
import { doubleExtension } from './double-extension.js';
import { emptyAttachment } from './empty-attachment.js';
import { encryptedArchive } from './encrypted-archive.js';
import { executableFile } from './executable-file.js';
import { htmlAttachment } from './html-attachment.js';
import { htmlFormOrScript } from './html-form-or-script.js';
import { macroEnabledOffice } from './macro-enabled-office.js';
import { onenoteFile } from './onenote-file.js';
import { recipientInFilename } from './recipient-in-filename.js';
import { riskyFileInArchive } from './risky-file-in-archive.js';
import { typeMismatch } from './type-mismatch.js';
import { vbaMacro } from './vba-macro.js';

/**
 * The `attachment` checks, in evaluation order: name-only checks first (they run on every host),
 * then the ones that read the attachment bytes (skipped when a host cannot provide them).
 */
export const attachmentChecks: readonly AnyCheck[] = [
  executableFile,
  doubleExtension,
  bidiFilename,
  diskImage,
  onenoteFile,
  macroEnabledOffice,
  htmlAttachment,
  recipientInFilename,
  emptyAttachment,
  typeMismatch,
  encryptedArchive,
  riskyFileInArchive,
  archiveInArchive,
  vbaMacro,
  htmlFormOrScript,
];
