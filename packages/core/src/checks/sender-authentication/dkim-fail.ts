/**
 * Every DKIM signature the trusted server evaluated failed, and none passed: the message was
 * altered after signing, or the signature was forged.
 *
 * Spec: RFC 6376 §6.1; RFC 8601 §2.7.1.
 * False positives: mailing lists that add footers or subject tags (skipped when a list manager
 *   re-sent the mail; a `List-Unsubscribe` header alone does not excuse it: a bulk sender signs
 *   and sends its own mail, nothing alters it on the way).
 * Weight rationale: weak on its own; DMARC already covers the aligned case.
 */
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { trustedId } from './shared.js';

export const dkimFail = defineCheck({
  id: 'sender-authentication/dkim-fail',
  category: 'sender-authentication',
  severity: 'warn',
  weight: 8,
  needs: ['headers', 'authentication-results'],
  run(ctx) {
    const dk = ctx.auth.dkim;
    if (ctx.resentByList || dk.length === 0 || dk.some((d) => d.result === 'pass')) return [];
    const failed = dk.filter((d) => d.result === 'fail' || d.result === 'permerror');
    if (failed.length === 0) return [];
    const ar = ctx.auth.trusted[0];
    const domains = [...new Set(failed.map((d) => d.domain || '-'))].join(', ');
    return [hit({ domains, authservId: trustedId(ctx.auth) }, ar ? [headerEvidence('Authentication-Results', ar.raw, 'dkim=fail')] : [])];
  },
});
