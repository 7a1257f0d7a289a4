/**
 * Phrase search shared by the `social-engineering` checks: the subject first, then the opening of
 * the visible body text, both folded (NFKC, lower case, invisibles removed, spaces between
 * Japanese characters dropped) so that full-width, zero-width-split, space-split and mixed-case
 * spellings match the same patterns.
 */
import type { CheckContext } from '../../model/check.js';
import type { Evidence } from '../../model/finding.js';
import { foldForMatch } from '../../text/normalize.js';
import { headerEvidence } from '../define-check.js';

/** Spaces between two Japanese characters (`ご利 用を一部制 限`): inserted to slip past filters, never meaningful. */
const CJK_GAP = /(?<=[\u3040-\u30ff\u3400-\u9fff])[ \u3000]+(?=[\u3040-\u30ff\u3400-\u9fff])/g;

function fold(text: string): string {
  return foldForMatch(text).replace(CJK_GAP, '');
}

/** How much of the body is read: the pressure is in the opening lines. */
export const BODY_READ = 8_000;

export interface PhraseHit {
  readonly where: 'subject' | 'body';
  readonly phrase: string;
  readonly evidence: readonly Evidence[];
}

/** Up to `radius` characters either side of the match, on word boundaries where possible. */
function excerpt(text: string, at: number, length: number, radius = 60): string {
  const s = Math.max(0, at - radius);
  const e = Math.min(text.length, at + length + radius);
  return `${s > 0 ? '…' : ''}${text.slice(s, e).trim()}${e < text.length ? '…' : ''}`;
}

/**
 * Delivery-status reports (`multipart/report`, MAILER-DAEMON/postmaster) quote other mail and
 * describe other mailboxes ("mailbox full"): their wording is not addressed to the reader.
 */
export function isDeliveryReport(ctx: CheckContext): boolean {
  if (/multipart\/report/i.test(ctx.header('content-type')[0]?.value ?? '')) return true;
  const local = ctx.author?.local ?? '';
  return /^(?:mailer-daemon|postmaster)$/i.test(local);
}

/** The first pattern match in the subject, else in the body; null when none (and for delivery reports). */
export function findPhrase(ctx: CheckContext, patterns: readonly RegExp[]): PhraseHit | null {
  if (isDeliveryReport(ctx)) return null;
  const subject = fold(ctx.subject);
  for (const re of patterns) {
    const m = re.exec(subject);
    if (m) return { where: 'subject', phrase: m[0], evidence: [headerEvidence('Subject', ctx.subject, m[0])] };
  }
  const body = fold(ctx.bodyText.slice(0, BODY_READ));
  if (!body) return null;
  for (const re of patterns) {
    const m = re.exec(body);
    if (m) return { where: 'body', phrase: m[0], evidence: [{ kind: 'body', label: 'text', value: excerpt(body, m.index, m[0].length), highlight: m[0] }] };
  }
  return null;
}
