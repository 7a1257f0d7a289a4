/**
 * An Authentication-Results header that is not believed (untrusted authserv-id, or below the
 * topmost one) claims a pass for the From domain that the trusted one does not confirm: the
 * sender wrote their own "pass" into the message (dkim_verifier's fakePayPal case).
 *
 * Spec: RFC 8601 §5 (MTAs must remove or ignore A-R headers claiming their own authserv-id from
 * outside) and §7.1 (forged headers).
 * False positives: internal relays adding their own A-R below the border one with different
 * results (only a pass the trusted one contradicts counts).
 * Weight rationale: an active forgery attempt; suspicious together with anything else.
 */
import { prop } from '../../parse/authentication-results.js';
import { sameOrganization } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

export const forgedAuthenticationResults = defineCheck({
  id: 'header-anomaly/forged-authentication-results',
  category: 'header-anomaly',
  severity: 'danger',
  weight: 25,
  needs: ['headers', 'authentication-results'],
  run(ctx) {
    const from = ctx.author?.domain;
    if (!from) return [];
    const trustedPass =
      ctx.auth.dmarc?.result === 'pass' || ctx.auth.dkim.some((d) => d.result === 'pass' && sameOrganization(d.domain, from));
    if (trustedPass) return [];
    for (const ar of ctx.auth.ignored) {
      if (ar.index < (ctx.auth.trusted[0]?.index ?? 0)) continue; // above the trusted one: added later by our own side
      const claim = ar.results.find(
        (r) =>
          r.result === 'pass' &&
          ((r.method === 'dmarc' && sameOrganization(prop(r, 'header', 'from') ?? from, from)) ||
            (r.method === 'dkim' && sameOrganization(prop(r, 'header', 'd') ?? prop(r, 'header', 'i')?.replace(/^.*@/, '') ?? '', from))),
      );
      if (claim) {
        return [
          hit({ authservId: ar.authservId || '-', claims: `${claim.method}=pass`, trustedId: ctx.auth.trusted[0]?.authservId || '-' }, [
            headerEvidence('Authentication-Results', ar.raw, `${claim.method}=pass`),
          ]),
        ];
      }
    }
    return [];
  },
});
