/**
 * DKIM passed only for domains unrelated to the From domain (and SPF did not pass for it either):
 * the mail is authenticated as coming from someone else. Outlook shows this as "via".
 *
 * Spec: RFC 7489 §3.1.1 (DKIM identifier alignment).
 * False positives: legitimate ESP-sent mail signed only with the ESP's domain; very common, so
 * this is informational.
 * Weight rationale: informational; explains a "via" label, rarely decisive.
 */
import { sameOrganization } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { spfPassAligned } from './shared.js';

export const dkimUnaligned = defineCheck({
  id: 'sender-authentication/dkim-unaligned',
  category: 'sender-authentication',
  severity: 'info',
  weight: 2,
  needs: ['headers', 'authentication-results'],
  run(ctx) {
    const from = ctx.author?.domain;
    if (!from || ctx.mailingList) return [];
    if (ctx.auth.dmarc?.result === 'pass') return [];
    const passing = ctx.auth.dkim.filter((d) => d.result === 'pass' && d.domain);
    if (passing.length === 0 || passing.some((d) => sameOrganization(d.domain, from))) return [];
    if (spfPassAligned(ctx.auth, from)) return [];
    const signers = [...new Set(passing.map((d) => d.domain))].join(', ');
    const ar = ctx.auth.trusted[0];
    return [hit({ fromDomain: from, signers }, ar ? [headerEvidence('Authentication-Results', ar.raw, passing[0]?.domain)] : [])];
  },
});
