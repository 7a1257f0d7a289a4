import type { CatalogPart } from '../../catalog.js';
import { andList } from '../../en-text.js';
import type { AttachmentParams, DisguisedKind, HtmlFeatureName } from '../../../model/params/attachment.js';

const KIND: Readonly<Record<DisguisedKind | 'archive' | 'macro-office', string>> = {
  executable: 'program',
  script: 'script',
  shortcut: 'shortcut that launches a program',
  installer: 'installer (software or device settings)',
  html: 'web page',
  'disk-image': 'disk image',
  onenote: 'OneNote file',
  archive: 'archive',
  'macro-office': 'macro-enabled Office document',
};

const A_KIND: Readonly<Record<DisguisedKind | 'archive' | 'macro-office', string>> = {
  executable: 'a program',
  script: 'a script',
  shortcut: 'a shortcut that launches a program',
  installer: 'an installer (software or device settings)',
  html: 'a web page',
  'disk-image': 'a disk image',
  onenote: 'a OneNote file',
  archive: 'an archive',
  'macro-office': 'a macro-enabled Office document',
};

const FEATURE: Readonly<Record<HtmlFeatureName, string>> = {
  'password-field': 'a password field',
  form: 'an input form',
  script: 'scripts',
  redirect: 'an automatic redirect',
  smuggling: 'code that assembles a hidden file (HTML smuggling)',
  'remote-frame': 'content loaded from another site',
};

const MACRO = { vba: 'VBA macro code', xlm: 'Excel 4.0 macro sheets', basic: 'Basic macros' } as const;


function typeName(claimed: string): string {
  return claimed.includes('/') ? `declared as ${claimed}` : `named as a .${claimed} file`;
}

const ADVICE_PROGRAM =
  'Do not open it. Legitimate senders rarely mail programs; if you expected one, confirm with the sender by phone or another channel first.';

export const attachmentEn = {
  'attachment/executable-file': {
    title: 'A program is attached',
    detail: ({ name, ext, kind, via }) => {
      // An installer (.msi, .pkg, an Apple configuration profile) installs software or settings.
      const label = kind === 'installer' ? 'an installer' : A_KIND[kind];
      const effect = kind === 'installer' ? 'opening it installs software or settings on your device' : 'opening it runs code on your computer';
      return via === 'name'
        ? `The attachment “${name}” is ${label} (.${ext}): ${effect}.`
        : via === 'declared-type'
          ? `The attachment “${name}” is sent as ${label} (${ext}): ${effect}.`
          : `The attachment “${name}” contains ${label} (${ext}): ${effect}.`;
    },
    advice: ADVICE_PROGRAM,
  },
  'attachment/double-extension': {
    title: 'Attachment disguised with a double extension',
    detail: ({ name, shown, real, kind, padded }) =>
      `The attachment “${name}” looks like a ${shown.toUpperCase()} file but is really ${A_KIND[kind]} (.${real})${padded ? ', with blanks pushing the real extension out of view' : ''}.`,
    advice: ADVICE_PROGRAM,
  },
  'attachment/bidi-filename': {
    title: 'File name reversed by hidden characters',
    detail: ({ name, shownAs, real, controls }) =>
      shownAs
        ? `The file name “${name}” contains text-direction controls (${controls}), so it is displayed as “${shownAs}” although its real extension is .${real}.`
        : `The file name “${name}” contains text-direction controls (${controls}) that can make it display differently from its real extension (.${real}).`,
    advice: 'Do not open it: this trick exists only to disguise programs as documents.',
  },
  'attachment/encrypted-archive': {
    title: 'Password-protected attachment',
    detail: ({ name, format, namesHidden, entries }) =>
      format === 'office'
        ? `The attachment “${name}” is a password-protected Office document, so security software cannot check its contents.`
        : `The attachment “${name}” is a password-protected ${format === '7z' ? '7z' : format.toUpperCase()} archive${
            namesHidden ? ' with its file names encrypted too' : entries ? ` (containing ${entries})` : ''
          }, so security software cannot check its contents.`,
    advice:
      'Attackers put the password in the mail so that filters cannot look inside (Emotet spread this way). If you did not expect it, do not open it; if you did, confirm with the sender by phone or another channel first.',
  },
  'attachment/archive-in-archive': {
    title: 'Archive inside an archive',
    detail: ({ name, inner }) =>
      `The attachment “${name}” contains another archive, “${inner}”, a layering that helps malware slip past scanners.`,
  },
  'attachment/risky-file-in-archive': {
    title: 'Risky file inside an archive',
    detail: ({ name, inner, kind, count, total }) =>
      `The archive “${name}” contains ${A_KIND[kind]}, “${inner}”${count > 1 ? `, and ${count - 1} more like it` : ''} (${total} file${total === 1 ? '' : 's'} in all).`,
    advice: 'Do not extract or open it. Programs and scripts are zipped precisely to get past attachment filters.',
  },
  'attachment/macro-enabled-office': {
    title: 'Macro-enabled Office document',
    detail: ({ name, ext }) =>
      ext.includes('/')
        ? `The attachment “${name}” is sent as a macro-enabled Office document (${ext}), a format made to carry programs.`
        : `The attachment “${name}” is a macro-enabled Office document (.${ext}), a format made to carry programs.`,
    advice: 'Do not click “Enable Content” or “Enable Editing”: macros can run programs on your computer.',
  },
  'attachment/vba-macro': {
    title: 'Document contains macros',
    detail: ({ name, kind }) => `The attachment “${name}” contains ${MACRO[kind]} that would run once you enable content.`,
    advice: 'Do not click “Enable Content” or “Enable Editing”: macros can run programs on your computer.',
  },
  'attachment/html-attachment': {
    title: 'Web page attached',
    detail: ({ name, kind }) =>
      kind === 'svg'
        ? `The attachment “${name}” is an SVG image, a format that can hold a web page and scripts.`
        : kind === 'mht'
          ? `The attachment “${name}” is a saved web page (MHT): opened, it can show a fake sign-in page with no address bar to check.`
          : `The attachment “${name}” is a web page: opened, it can show a fake sign-in page with no address bar to check.`,
    advice: 'Never type a password or card number into a page that came as an attachment.',
  },
  'attachment/html-form-or-script': {
    title: 'Attached web page with a form or script',
    detail: ({ name, features }) => `The attached web page “${name}” contains ${andList(features.map((f) => FEATURE[f]))}.`,
    advice: 'Never type a password or card number into a page that came as an attachment, and do not save files it offers.',
  },
  'attachment/empty-attachment': {
    title: 'An attachment is empty',
    detail: ({ name, count }) => `"${name}" is attached but contains nothing${count > 1 ? ` (${count} attachments are empty)` : ''}: only its name says something.`,
    advice: 'A real document, invoice or invitation has content. An empty attachment is a prop that makes the mail look like part of an exchange; do not reply to it or follow its links.',
  },
  'attachment/disk-image': {
    title: 'Disk image attached',
    detail: ({ name, ext }) =>
      `The attachment “${name}” is a disk image (${ext.includes('/') ? ext : ext.toUpperCase()}): Windows opens it as a drive, and the files inside escape the warnings for downloaded files.`,
    advice: ADVICE_PROGRAM,
  },
  'attachment/onenote-file': {
    title: 'OneNote file attached',
    detail: ({ name, embeddedFiles }) =>
      embeddedFiles
        ? `The attachment “${name}” is a OneNote file with ${embeddedFiles} embedded file${embeddedFiles === 1 ? '' : 's'} hidden behind its pages.`
        : `The attachment “${name}” is a OneNote file, which can hide programs behind a “double-click to view” picture.`,
    advice: 'Do not double-click anything inside it; OneNote files have been used to deliver malware.',
  },
  'attachment/type-mismatch': {
    title: 'File contents do not match the name',
    detail: ({ name, claimed, actual, actualKind }) =>
      `The attachment “${name}” is ${typeName(claimed)}, but its contents are ${A_KIND[actualKind]} (${actual}).`,
    advice: 'Do not open it: the name was chosen to hide what the file really is.',
  },
  'attachment/recipient-in-filename': {
    title: 'Your details in the file name',
    detail: ({ name, token, what }) =>
      `The file name “${name}” contains ${
        what === 'address' ? 'your address' : what === 'local-part' ? 'your mailbox name' : 'your organization’s name'
      } (${token}), a mail-merge trick to make it look addressed to you.`,
  },
} satisfies CatalogPart<AttachmentParams>;
