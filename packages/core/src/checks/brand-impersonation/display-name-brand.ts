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
    const mentions = findBrandMentions(name, ctx.brands);
    const mention = mentions.find((m) => !domain || !isBrandDomain(m.brand, domain));
    if (!mention) return [];
    // A brand that owns the sender domain, named together with another brand, is a partnership, not a claim.
    // Another brand's domain alone is no excuse: `"Deutsche Bahn Team" <reply@telekom.com>` forges it.
    // (Freemail domains are brand-owned too — gmail.com is Google's — but anyone can send from them.)
    if (domain && !isFreemail(domain) && mentions.some((m) => isBrandDomain(m.brand, domain))) return [];
    return [
      hit({ name, ...brandParams(mention.brand), domain: domain || mb.address || '-' }, [
        headerEvidence('From', mb.raw, mb.domain || undefined),
      ]),
    ];
  },
});
