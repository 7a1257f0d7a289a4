/**
 * The mail carries a `List-Id` header, but none in the form every list manager writes (RFC 2919:
 * `<list-label.namespace>`): `ohfjjgqufpwgxfwjf of 1304`, `zt787h7p2q97a <Complete_OPN>`,
 * `<MeetUkrainianWomen>`. The sender made up mailing-list headers so that the mail looks like a
 * newsletter the reader subscribed to, and so that filters treat it as list mail (list mail is
 * excused from several checks, here too: such a mail no longer counts as re-sent by a list).
 *
 * Spec: RFC 2919 §2 (List-Id syntax), §3 (the namespace is a domain the list's owner controls,
 *   or `localhost`).
 * False positives: none seen; mailing-list software (Mailman, Sympa, Google Groups, LISTSERV,
 *   mlmmj, fml) and newsletter services all write the bracketed form. A mail with one well-formed
 *   List-Id beside a broken one does not count. Measured: 34 `phish-dev` mails, 0 of 4,279 `ham/`
 *   (about 3,000 of them list mail), 0 bounce or Japanese mail.
 * Weight rationale: 12, `caution` alone: the header is fabricated, not merely unusual.
 */
import type { HeaderAnomalyParams } from '../../model/params/header-anomaly.js';
import { isWellFormedListId } from '../../parse/list-id.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

type P = HeaderAnomalyParams['header-anomaly/malformed-list-id'];

export const malformedListId = defineCheck({
  id: 'header-anomaly/malformed-list-id',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 12,
  needs: ['headers'],
  run(ctx) {
    const ids = ctx.header('list-id');
    if (ids.length === 0 || ids.some((h) => isWellFormedListId(h.value))) return [];
    const from = ctx.author;
    if (from && ctx.isAllowedSender(from.address)) return [];
    const value = (ids[0] as { value: string }).value.replace(/\s+/g, ' ').trim().slice(0, 200);
    return [hit<P>({ value }, [headerEvidence('List-Id', value)])];
  },
});
