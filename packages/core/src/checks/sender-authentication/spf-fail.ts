/**
 * SPF failed (or soft-failed) for the envelope sender of the From domain and no DKIM signature of
 * that domain passed, in mail where the trusted server reported no DMARC result and no
 * Microsoft compauth=fail (compauth-fail is the composite of this same SPF result).
 *
 * Spec: RFC 7208 §2.6.4 (fail), §2.6.5 (softfail); RFC 8601.
 * False positives: forwarding breaks SPF; softfail is common in misconfigured small domains.
 * Weight rationale: weaker than DMARC; only counted when DMARC did not speak.
 */
import { sameOrganization } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { spfDomain, trustedId } from './shared.js';

export const spfFail = defineCheck({
  id: 'sender-authentication/spf-fail',
  category: 'sender-authentication',
  severity: 'warn',
  weight: 12,
  needs: ['headers', 'authentication-results'],
  run(ctx) {
    if (ctx.auth.dmarc && ctx.auth.dmarc.result !== 'none') return [];
    if (ctx.auth.compauth?.result === 'fail') return [];
    const spf = ctx.auth.spf;
    if (!spf || (spf.result !== 'fail' && spf.result !== 'softfail')) return [];
    const from = ctx.author?.domain ?? '';
    if (from && ctx.isAllowedSender(from)) return [];
    if (ctx.auth.dkim.some((d) => d.result === 'pass' && from && sameOrganization(d.domain, from))) return [];
    const domain = spfDomain(ctx.auth) || from || '-';
    const ar = ctx.auth.trusted[0];
    return [
      hit({ domain, result: spf.result, authservId: trustedId(ctx.auth) }, ar ? [headerEvidence('Authentication-Results', ar.raw, `spf=${spf.result}`)] : [], spf.result === 'softfail' ? { weight: 6 } : {}),
    ];
  },
});
