/** Helpers shared by the brand checks: how a brand is named in params, list munging, off-brand links. */
import type { Brand } from '../../domain/brands.js';
import { isEspDomain } from '../../domain/lists.js';
import type { CheckContext } from '../../model/check.js';
import { webLinks } from '../../url/link-facts.js';
import type { LinkInfo } from '../../url/links.js';

/**
 * Links whose target belongs to no known brand, no e-mail service and no allow-listed domain:
 * where a kit's own page would be. A brand's own links (kits copy the logo and privacy-policy
 * links) and other brands' (a newsletter's "follow us" row) say nothing either way.
 */
export function unknownSiteLinks(ctx: CheckContext): { link: LinkInfo; target: string }[] {
  const out: { link: LinkInfo; target: string }[] = [];
  for (const link of webLinks(ctx)) {
    const target = link.inspection.target?.domain;
    if (!target || ctx.brands.ownersOf(target).length > 0 || isEspDomain(target) || ctx.isAllowedLinkDomain(target)) continue;
    out.push({ link, target });
  }
  return out;
}

/** `"Amazon via Some-list"` → `"Amazon"`: list software appends "via <list>" to the original name. */
export function stripListVia(name: string): string {
  const flat = name.replace(/\s+/g, ' ');
  const i = flat.toLowerCase().indexOf(' via ');
  return (i > 0 ? flat.slice(0, i) : flat).trim();
}

export function brandParams(brand: Brand): { brand: string; brandJa: string; brandDomains: string } {
  return { brand: brand.name.en, brandJa: brand.name.ja, brandDomains: brand.domains.slice(0, 3).join(', ') };
}
