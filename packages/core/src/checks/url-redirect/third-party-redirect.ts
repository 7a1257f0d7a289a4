/**
 * A link passes through someone else's redirector on its way to another site: an unlisted
 * "URL shield" (`url-shield.securrence.com/?u=http://…`), an open redirect on a big site, or a
 * public redirector (`google.com/url?q=`). The chain is recovered offline (url/unwrap.ts) and shown.
 *
 * Spec: field notes §2.4 and §3.2 (generic rule: a parameter whose value is an absolute URL).
 * False positives: the sender's own click trackers and ESP redirectors (excused when the hop is
 *   the sender's domain, its Return-Path/DKIM/List-* domain, a known ESP or tracker), security
 *   gateways (never counted), a public redirector that leads back to the sender's or the
 *   recipient's own site (Google-wrapped internal mail), and share buttons (not unwrapped).
 * Weight rationale: 10 for an unlisted redirector (a deliberate detour; with the inner target's
 *   own signals it takes the url-shield link past `suspicious`), 6 for a well-known public
 *   redirector (often innocent, e.g. Gmail-copied links). Below `caution` on its own, so one
 *   newsletter redirect through an unknown ESP does not colour a verdict.
 */
import { isSenderInfra, senderFacts, showHost, signalFinding, viaText } from '../../url/link-facts.js';
import type { UrlRedirectParams } from '../../model/params/url-redirect.js';
import { defineCheck } from '../define-check.js';

type P = UrlRedirectParams['url-redirect/third-party-redirect'];

export const thirdPartyRedirect = defineCheck({
  id: 'url-redirect/third-party-redirect',
  category: 'url-redirect',
  severity: 'warn',
  weight: 10,
  needs: ['body'],
  run(ctx) {
    const sender = senderFacts(ctx);
    return signalFinding<'redirect', P>(
      ctx,
      'redirect',
      (link, s, i) => {
        if (s.domain === s.toDomain || !i.target) return null;
        // A public redirector (Google, Facebook…) is nobody's ESP, whatever bounce lists say about its domain.
        const own = s.hopKind === 'redirector' ? s.domain !== null && sender.orgs.has(s.domain) : isSenderInfra(s.host, s.domain, sender);
        if (own || (s.domain && ctx.isAllowedLinkDomain(s.domain))) return null;
        if (s.toDomain && (sender.orgs.has(s.toDomain) || ctx.organizationDomains.includes(s.toDomain))) return null;
        const hop = i.chain[s.at];
        return {
          link,
          weight: s.hopKind === 'redirector' ? 6 : 10,
          highlight: s.domain ?? s.host,
          params: { via: viaText(i), redirector: hop ? showHost(hop) : s.host, target: showHost(i.target), count: 1 },
        };
      },
      (p, count) => ({ ...p, count }),
    );
  },
});
