/**
 * The receiving server says DMARC passed for the From domain, but the first server on the way —
 * the first ARC set, `ARC-Authentication-Results: i=1` (RFC 8617) — found that it failed: the mail
 * did not leave from the domain's own servers, and it passes now only because a service the
 * domain's SPF record allows re-sent it. The common case is a throwaway Microsoft 365 tenant: every
 * Microsoft 365 customer's SPF record includes all of Microsoft's outbound servers, so a tenant
 * that relays the forged mail makes it pass (`dkim=pass header.d=Joh20172048.onmicrosoft.com;
 * dmarc=pass`), while the tenant's own inbound server had sealed `dmarc=fail` first.
 *
 * Spec: RFC 8617 §4.1.1 (what each hop records), §7.2 (receivers read earlier hops' results);
 *   `arcOverride` in context/auth-summary.ts is the honest direction: a forwarder that broke the
 *   authentication shows that the first hop passed. Authentication never improves on honest
 *   forwarding, so a first-hop failure followed by a pass is the mail being laundered.
 * False positives: an earlier hop's results can be forged, but only against the sender: nobody
 *   gains by writing a failure for their own mail. Allow-listed senders are skipped.
 *   Measured: 57 `phish-dev` mails (one bulk-mail operation through several tenants), 0 `ham/`
 *   (the one `ham/` chain whose first hop failed DMARC, a forwarded list mail, also failed at the
 *   end), 0 bounce or Japanese mail.
 * Weight rationale: 25, as `dmarc-fail`: the first hop's verdict on the From domain is the one
 *   the receiving server would have given without the relay.
 */
import { parseAuthenticationResults, prop } from '../../parse/authentication-results.js';
import type { SenderAuthenticationParams } from '../../model/params/sender-authentication.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { trustedId } from './shared.js';

type P = SenderAuthenticationParams['sender-authentication/earlier-dmarc-fail'];

export const earlierDmarcFail = defineCheck({
  id: 'sender-authentication/earlier-dmarc-fail',
  category: 'sender-authentication',
  severity: 'danger',
  weight: 25,
  needs: ['headers', 'authentication-results'],
  run(ctx) {
    const dm = ctx.auth.dmarc;
    const domain = (dm?.headerFrom ?? ctx.author?.domain ?? '').toLowerCase();
    if (dm?.result !== 'pass' || !domain || ctx.isAllowedSender(domain)) return [];
    for (const h of ctx.header('arc-authentication-results')) {
      if (!/\bdmarc\s*=\s*fail\b/i.test(h.value)) continue;
      const aar = parseAuthenticationResults(h.value, 0, true);
      if (aar.arcInstance !== 1) continue;
      const failed = aar.results.some((r) => r.method === 'dmarc' && r.result === 'fail' && (prop(r, 'header', 'from') ?? '').toLowerCase() === domain);
      if (!failed) continue;
      const ar = ctx.auth.trusted[0];
      return [
        hit<P>({ domain, firstHop: aar.authservId || '-', authservId: trustedId(ctx.auth) }, [
          headerEvidence('ARC-Authentication-Results', h.value, 'dmarc=fail'),
          ...(ar ? [headerEvidence('Authentication-Results', ar.raw, 'dmarc=pass')] : []),
        ]),
      ];
    }
    return [];
  },
});
