import type { CatalogPart } from '../../catalog.js';
import type { ForwardedMessageParams } from '../../../model/params/forwarded-message.js';
import { en } from './index.js';

const LEVEL: Readonly<Record<string, string>> = { caution: 'worth a careful look', suspicious: 'suspicious', dangerous: 'dangerous' };

/** Titles of the original's findings (read at render time: this file is part of the same catalog). */
function reasons(checks: string): string {
  const titles = checks
    .split(',')
    .filter(Boolean)
    .map((id) => (en as unknown as Record<string, { title?: string } | undefined>)[id]?.title ?? id);
  return titles.length ? ` Its main signs: ${titles.join('; ')}.` : '';
}

export const forwardedMessageEn = {
  'forwarded-message/suspicious-original': {
    title: 'The forwarded message is itself suspect',
    detail: ({ from, subject, level, score, checks }) =>
      `This mail forwards a message from ${from} ("${subject}"). Judged on its own, that message is ${LEVEL[level] ?? level} (score ${score}).${reasons(checks)}`,
    advice: 'Do not open the links or attachments of the forwarded message. If a colleague is asking whether it is genuine, the answer is most likely no.',
  },
} satisfies CatalogPart<ForwardedMessageParams>;
