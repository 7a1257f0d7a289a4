/**
 * A host label that glues a word to a long digit run (`www.Kousya35698900.stbasil.techix.com`):
 * kits generate one host per victim or campaign this way; administrators name hosts for people.
 *
 * Spec: field notes §2.10 (no anchor scores it).
 * False positives: generated CDN/ESP hosts (`u1234567.ct.sendgrid.net` has one letter; we require
 *   three letters and five digits), order or ticket numbers in vanity hosts.
 * Weight rationale: 6, corroborating; with the recipient's name in the same label,
 *   recipient-targeting carries the weight.
 */
import { isTrustedTarget, oneFinding, showHost, webLinks, type LinkMatch } from '../../url/link-facts.js';
import { isTrackerHost } from '../../url/wrappers.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/digit-glued-label'];

export const digitGluedLabel = defineCheck({
  id: 'url-obfuscation/digit-glued-label',
  category: 'url-obfuscation',
  severity: 'info',
  weight: 6,
  needs: ['body'],
  run(ctx) {
    const matches: LinkMatch<P>[] = [];
    for (const link of webLinks(ctx)) {
      const i = link.inspection;
      if (isTrustedTarget(i.target?.domain ?? null, ctx)) continue;
      for (const s of i.signals) {
        if (s.kind !== 'digit-glued-label') continue;
        const node = i.chain[s.at];
        if (!node || isTrackerHost(node.host) || (node.domain && ctx.isAllowedLinkDomain(node.domain))) continue;
        const shown = showHost(node);
        const at = shown.toLowerCase().indexOf(s.label);
        matches.push({ link, weight: 6, highlight: at >= 0 ? shown.slice(at, at + s.label.length) : s.label, params: { host: shown, label: at >= 0 ? shown.slice(at, at + s.label.length) : s.label } });
      }
    }
    return oneFinding(matches);
  },
});
