/**
 * Mail whose display name names a brand and whose address is at that brand's own domain
 * (`"MyJCB" <info@jcb.co.jp>`), with nothing to authenticate it, and with a link to a site that is
 * neither the brand's, nor another known brand's, nor an e-mail service's: the genuine address
 * was forged, and that link leads to the phishing site (kits keep the brand's own logo and
 * privacy-policy links beside it).
 *
 * Spec: RFC 7489 (only an aligned pass shows the domain owner sent it); field-notes §2 item 2.
 * False positives: a brand's newsletter sent through an ESP whose click tracker hides the brand's
 * links, arriving where no Authentication-Results are recorded — ESP and link-wrapper domains are
 * not counted as "elsewhere", and any aligned pass suppresses this.
 * Weight rationale: forged genuine address plus off-brand links is the typical spoof of a brand
 * domain with no authentication verdict to show it; suspicious alone.
 */
import { findBrandMentions, isBrandDomain } from '../../domain/brands.js';
import { isFreemail } from '../../domain/lists.js';
import { orgDomain, sameOrganization } from '../../domain/registrable.js';
import { linkEvidence, unknownSiteLinks, webLinks } from '../../url/link-facts.js';
import { defineCheck, hit } from '../define-check.js';
import { spfPassAligned } from '../sender-authentication/shared.js';
import { stripListVia } from './shared.js';

export const brandLinksElsewhere = defineCheck({
  id: 'brand-impersonation/brand-links-elsewhere',
  category: 'brand-impersonation',
  severity: 'danger',
  weight: 35,
  needs: ['headers', 'body'],
  run(ctx) {
    const mb = ctx.author;
    if (!mb?.domain || ctx.isAllowedSender(mb.address)) return [];
    const domain = orgDomain(mb.domain);
    if (isFreemail(domain)) return [];
    // The display name must name the brand that owns the domain: ISP mailboxes (comcast.net…) are
    // brand-owned too, but their users write personal mail from them.
    const brand = findBrandMentions(stripListVia(mb.name), ctx.brands).find((m) => isBrandDomain(m.brand, domain))?.brand;
    if (!brand) return [];
    const auth = ctx.auth;
    if (auth.dmarc?.result === 'pass' || auth.dmarc?.result === 'bestguesspass') return [];
    if (auth.dkim.some((d) => d.result === 'pass' && sameOrganization(d.domain, mb.domain))) return [];
    if (spfPassAligned(auth, mb.domain)) return [];
    const first = unknownSiteLinks(ctx).find(({ target }) => !isBrandDomain(brand, target) && !sameOrganization(target, domain));
    if (!first) return [];
    return [
      hit({ brand: brand.name.en, brandJa: brand.name.ja, domain: mb.domain, target: first.target, links: webLinks(ctx).length }, [
        { kind: 'header', label: 'From', value: mb.raw, highlight: mb.domain },
        linkEvidence(first.link, first.target),
      ]),
    ];
  },
});
