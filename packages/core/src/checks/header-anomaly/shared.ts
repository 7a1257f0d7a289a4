/** Helpers shared by the header-anomaly checks. */
import type { CheckContext } from '../../model/check.js';
import { headerEvidence, hit, type Hit } from '../define-check.js';

/**
 * Looks for something in the subject, then in the From display name: the first place `find`
 * answers gives the one finding (`where` plus what `find` returned, `shown` highlighted).
 * Allow-listed senders are skipped.
 */
export function inSubjectOrName<R extends object>(
  ctx: CheckContext,
  find: (text: string) => R | null,
  shown: (r: R) => string,
): Hit<{ where: 'subject' | 'display-name' } & R>[] | null {
  const from = ctx.author;
  if (from && ctx.isAllowedSender(from.address || from.name)) return [];
  const s = find(ctx.subject);
  if (s) return [hit({ where: 'subject' as const, ...s }, [headerEvidence('Subject', ctx.subject, shown(s))])];
  const n = from?.name ? find(from.name) : null;
  if (n && from) return [hit({ where: 'display-name' as const, ...n }, [headerEvidence('From', from.raw, shown(n))])];
  return null;
}
