/** Helpers shared by the sender-name checks that read what the display name says. */
import type { CheckContext } from '../../model/check.js';
import { headerEvidence, hit, type Hit } from '../define-check.js';

/**
 * One finding when `find` reads something in the author's display name (`prizeWord`,
 * `alertPhrase`), with the From header as evidence; none without a name or for an allow-listed
 * sender. `params` builds the finding's params from the name and what was found.
 */
export function displayNameHit<P>(ctx: CheckContext, find: (name: string) => string | null, params: (name: string, found: string) => P): Hit<P>[] {
  const mb = ctx.author;
  if (!mb?.name || ctx.isAllowedSender(mb.address)) return [];
  const found = find(mb.name);
  return found ? [hit(params(mb.name, found), [headerEvidence('From', mb.raw, mb.name)])] : [];
}
