/**
 * The trusted Authentication-Results say DMARC failed for the From domain: neither SPF nor DKIM
 * passed aligned with it, so the visible sender address is not authenticated.
 *
 * Spec: RFC 7489 §6.6.2; RFC 8601 §2.7.1 — only the topmost or configured authserv-id is believed.
 * False positives: mailing lists that modify messages without rewriting From (ARC pass on a list
 * message suppresses this), forwarding (suppressed where the receiving server says it overrode the
 * failure because of ARC, `dmarcFailed`: a Gmail-forwarded `ham/` mail at `suspicious` 38 before).
 * Weight rationale: serious but not alone proof of fraud (p=none domains fail often); a caution
 * alone, suspicious with any other evidence; stronger when the domain publishes reject/quarantine.
 */
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { dmarcFailed } from '../../context/auth-summary.js';
import { trustedId } from './shared.js';

export const dmarcFail = defineCheck({
  id: 'sender-authentication/dmarc-fail',
  category: 'sender-authentication',
  severity: 'danger',
  weight: 25,
  needs: ['headers', 'authentication-results'],
  run(ctx) {
    const dm = ctx.auth.dmarc;
    if (!dm || !dmarcFailed(ctx.auth)) return [];
    if (ctx.auth.arc?.result === 'pass' && ctx.mailingList) return [];
    const domain = dm.headerFrom ?? ctx.author?.domain ?? '-';
    if (ctx.isAllowedSender(domain)) return [];
    const policy = dm.policy ?? '';
    const strict = policy === 'reject' || policy === 'quarantine';
    const ar = ctx.auth.trusted[0];
    return [
      hit({ domain, policy, authservId: trustedId(ctx.auth) }, ar ? [headerEvidence('Authentication-Results', ar.raw, 'dmarc=fail')] : [], strict ? { weight: 32 } : {}),
    ];
  },
});
