/**
 * Microsoft 365's composite authentication (`compauth=fail reason=NNN` in its
 * Authentication-Results) says the sender could not be verified. Reason codes: 000 explicit
 * DMARC fail (p=reject/quarantine), 001 implicit fail, 002 admin-prohibited spoof pair,
 * 010 and 6xx intra-organisation failures (field-notes §3.10).
 *
 * Spec: Microsoft's "Anti-spam message headers" documentation; RFC 8601 for the carrier.
 * False positives: an organisation's own misconfigured senders (6xx).
 * Weight rationale: Outlook shows a "?" on the sender for this; an explicit fail is as strong as
 * a DMARC reject failure.
 */
import { defineCheck, headerEvidence, hit } from '../define-check.js';

type Kind = 'explicit' | 'implicit' | 'intra-org' | 'admin' | 'other';

function kindOf(reason: string): Kind {
  if (reason === '000') return 'explicit';
  if (reason === '001') return 'implicit';
  if (reason === '002') return 'admin';
  if (reason === '010' || reason.startsWith('6')) return 'intra-org';
  return 'other';
}

const WEIGHT: Record<Kind, number> = { explicit: 30, implicit: 22, admin: 30, 'intra-org': 30, other: 18 };

export const compauthFail = defineCheck({
  id: 'sender-authentication/compauth-fail',
  category: 'sender-authentication',
  severity: 'danger',
  weight: 22,
  needs: ['headers', 'authentication-results'],
  run(ctx) {
    const ca = ctx.auth.compauth;
    if (ca?.result !== 'fail') return [];
    const reason = (ca.reason ?? '').trim();
    const kind = kindOf(reason);
    const ar = ctx.auth.trusted[0];
    return [hit({ result: ca.result, reason: reason || '-', kind }, ar ? [headerEvidence('Authentication-Results', ar.raw, 'compauth=fail')] : [], { weight: WEIGHT[kind] })];
  },
});
