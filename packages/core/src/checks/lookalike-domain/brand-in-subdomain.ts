/**
 * A brand's domain or distinctive name is put in front of someone else's registrable domain:
 * `www.smbc-card.com.vpass-login.xyz`, `amazon.co.jp.account-check.example`,
 * `mercari-jp.secure.example`. People read a host from the left and stop at the name they know.
 *
 * Spec: field notes §2 (brand names in subdomains of foreign registrable domains); RFC 1034 §3.1
 *   (the owner is the domain at the right end).
 * False positives: a brand's own mail through its ESP's vanity hosts (excused when the sender owns
 *   the brand), affiliate or partner subdomains; hosts under any brand's own domains never count.
 * Weight rationale: 25 with a whole brand domain in front (unmistakably staged), 15 with the
 *   brand's name only.
 */
import { senderFacts, showHost, signalFinding } from '../../url/link-facts.js';
import { isTrackerHost } from '../../url/wrappers.js';
import type { LookalikeDomainParams } from '../../model/params/lookalike-domain.js';
import { defineCheck } from '../define-check.js';

type P = LookalikeDomainParams['lookalike-domain/brand-in-subdomain'];

export const brandInSubdomain = defineCheck({
  id: 'lookalike-domain/brand-in-subdomain',
  category: 'lookalike-domain',
  severity: 'danger',
  weight: 25,
  needs: ['body'],
  run(ctx) {
    const sender = senderFacts(ctx);
    return signalFinding<'brand-in-subdomain', P>(ctx, 'brand-in-subdomain', (link, s, i) => {
      const node = i.chain[s.at];
      if (!node || !node.domain || isTrackerHost(node.host) || ctx.isAllowedLinkDomain(node.domain)) return null;
      if (!sender.authFailed && sender.brands.some((b) => b.id === s.brandId)) return null;
      const brand = ctx.brands.byId(s.brandId);
      if (!brand) return null;
      return {
        link,
        weight: s.fullDomain ? 25 : 15,
        highlight: node.domain,
        params: { host: showHost(node), domain: node.domain, token: s.token, brand: brand.name.en, brandJa: brand.name.ja },
      };
    });
  },
});
