/**
 * A brand named in the display name (`"Amazon.co.jp" <x@kankyou-hozen.example>`,
 * `"alpha mail" <info@clinic.example>`) while the sender's registrable domain is not one of that
 * brand's domains or known sending domains. Names are folded (NFKC, width, case, invisible
 * characters) before matching, so `ａｍａｚｏｎ` and `メルカ\u2064リ` are seen.
 *
 * Spec: RFC 5322 §3.4 (display-name is never authenticated); field-notes §2 item 1 — no existing
 * tool does name-based brand checks with Japanese brands.
 * False positives: a brand's mail sent from a domain missing in the registry (extend it with
 * `extraBrands`), forwarded mail; list munging ("Amazon via List") is still a claim and counts.
 * Weight rationale: a hijacked account with passing SPF/DKIM/DMARC is only caught here, so this
 * alone reaches `suspicious`.
 */
import { findBrandMentions, isBrandDomain } from '../../domain/brands.js';
import { isFreemail } from '../../domain/lists.js';
import { orgDomain } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { brandParams, stripListVia } from './shared.js';

export const displayNameBrand = defineCheck({
  id: 'brand-impersonation/display-name-brand',
  category: 'brand-impersonation',
  severity: 'danger',
  weight: 40,
  needs: ['headers'],
  run(ctx) {
    const mb = ctx.author;
    if (!mb || !mb.name || ctx.isAllowedSender(mb.address || mb.name)) return [];
    const domain = mb.domain ? orgDomain(mb.domain) : '';
    const name = stripListVia(mb.name);
    const mention = findBrandMentions(name, ctx.brands).find((m) => !domain || !isBrandDomain(m.brand, domain));
    if (!mention) return [];
    // A brand that owns the sender domain, named together with another brand, is a partnership, not a claim.
    // (Freemail domains are brand-owned too — gmail.com is Google's — but anyone can send from them.)
    if (domain && !isFreemail(domain) && ctx.brands.ownersOf(domain).length > 0) return [];
    return [
      hit({ name, ...brandParams(mention.brand), domain: domain || mb.address || '-' }, [
        headerEvidence('From', mb.raw, mb.domain || undefined),
      ]),
    ];
  },
});
