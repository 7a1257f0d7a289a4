/**
 * A brand's whole domain sits in the path of another site's link
 * (`https://evil.test/www.amazon.co.jp/ap/signin`): the eye finds the familiar name and stops.
 *
 * Spec: field notes §3.12 (Sublime's `/sld/sld/` idea, applied to the brand registry).
 * False positives: articles about a brand with its domain in the slug; a brand's own mail
 *   (the sender owns the brand) is skipped, as are links to any brand's own domains.
 * Weight rationale: 10: deliberate, but weaker than a lookalike host, which the person sees first.
 */
import { senderFacts, showHost, targetFinding } from '../../url/link-facts.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/brand-in-path'];

export const brandInPath = defineCheck({
  id: 'url-obfuscation/brand-in-path',
  category: 'url-obfuscation',
  severity: 'warn',
  weight: 10,
  needs: ['body'],
  run(ctx) {
    const sender = senderFacts(ctx);
    return targetFinding<P>(ctx, (link, t, i) => {
      const s = i.signals.find((x) => x.kind === 'brand-in-path');
      if (s?.kind !== 'brand-in-path' || sender.brands.some((b) => b.id === s.brandId)) return null;
      const brand = ctx.brands.byId(s.brandId);
      return brand ? { link, weight: 10, highlight: s.token, params: { host: showHost(t), token: s.token, brand: brand.name.en, brandJa: brand.name.ja } } : null;
    });
  },
});
