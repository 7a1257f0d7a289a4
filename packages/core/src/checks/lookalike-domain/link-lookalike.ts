/**
 * A link (its target or a redirector on the way) goes to a domain that imitates a registry brand's
 * domain: the same shapes as `sender-lookalike` (homoglyph, typo, hyphens, flattened, other
 * ending, name plus keyword), e.g. `vpass-login.xyz`, `amazon-co-jp.example`, `mercari-jp.com`.
 *
 * Spec: field notes §2.9, §3.14; domain/lookalike.ts.
 * False positives: a brand's own secondary domains that the registry does not list yet (a brand
 *   mailing its own domains is excused when DMARC did not fail); links to any brand's listed
 *   domains never count. IDN homographs are left to `idn-homograph`.
 * Weight rationale: 30 (a look-alike landing page is the phishing page itself); 15 for another
 *   ending alone (counted only under a phishing-favoured TLD, still weaker: brands hold many
 *   endings the registry lacks); 20 for a two-letter typo.
 */
import { senderFacts, showHost, signalFinding } from '../../url/link-facts.js';
import type { LookalikeDomainParams } from '../../model/params/lookalike-domain.js';
import { defineCheck } from '../define-check.js';

type P = LookalikeDomainParams['lookalike-domain/link-lookalike'];

export const linkLookalike = defineCheck({
  id: 'lookalike-domain/link-lookalike',
  category: 'lookalike-domain',
  severity: 'danger',
  weight: 30,
  needs: ['body'],
  run(ctx) {
    const sender = senderFacts(ctx);
    return signalFinding<'brand-lookalike', P>(ctx, 'brand-lookalike', (link, s, i) => {
      const node = i.chain[s.at];
      if (!node || (node.domain && ctx.isAllowedLinkDomain(node.domain))) return null;
      if (s.lookalike.kind === 'skeleton' && node.unicodeHost !== node.host) return null;
      if (!sender.authFailed && sender.brands.some((b) => b.id === s.brandId)) return null;
      const brand = ctx.brands.byId(s.brandId);
      if (!brand) return null;
      const k = s.lookalike.kind;
      const weight = k === 'tld-swap' ? 15 : k === 'typo' && (s.lookalike.distance ?? 1) > 1 ? 20 : 30;
      return {
        link,
        weight,
        highlight: s.domain,
        params: { host: showHost(node), domain: s.domain, brand: brand.name.en, brandJa: brand.name.ja, brandDomain: s.brandDomain, kind: k },
      };
    });
  },
});
