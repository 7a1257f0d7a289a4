import type { UiCatalog } from '../../catalog.js';

export const uiEn: UiCatalog = {
  levels: { safe: 'Safe', caution: 'Caution', suspicious: 'Suspicious', dangerous: 'Dangerous' },
  summary: {
    safe: 'Nothing suggests this mail lies about its sender or its links.',
    caution: 'Before you trust this mail, one thing deserves a look: {top}.',
    suspicious: 'This mail looks suspicious: {top}. Check before you click or reply.',
    dangerous: 'This mail is very likely fraudulent: {top}. Do not click its links or open its attachments.',
  },
  safeMinor: 'Nothing here is strong enough for a warning; the minor points below are worth a glance.',
  linkSummary: {
    safe: 'Nothing suggests this link hides where it goes.',
    caution: 'Before you open this link, one thing deserves a look: {top}.',
    suspicious: 'This link looks suspicious: {top}. Do not open it before you have checked.',
    dangerous: 'This link is very likely a trap: {top}. Do not open it.',
  },
  corroborated: 'Signs of {n} different kinds point the same way, which adds {points} points.',
  inAttachment: 'This link is inside the attached file “{file}”, not in the text of the mail.',
  inUnnamedAttachment: 'This link is inside an attached file, not in the text of the mail.',
  skipReasons: {
    'needs-headers': 'not checked: the message headers were not available',
    'needs-body': 'not checked: the message body was not available',
    'needs-attachments': 'not checked: the attachments were not available',
    'needs-attachment-bytes': 'not checked: the attachment contents were not available',
    'needs-recipient': 'not checked: the recipient is unknown',
    'needs-authentication-results': 'not checked: no trusted authentication results',
    disabled: 'not checked: disabled in the settings',
    'time-budget': 'not checked: the time budget for this message ran out',
    error: 'not checked: the check failed on this message',
  },
  limits: {
    'header-bytes': 'header size',
    'header-count': 'number of header fields',
    'mime-depth': 'MIME nesting depth',
    'mime-parts': 'number of MIME parts',
    'body-bytes': 'body size',
    urls: 'number of links',
    attachments: 'number of attachments',
    'attachment-bytes': 'attachment size',
    time: 'time budget (ms)',
  },
};
