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
import { showHost, signalFinding } from '../../url/link-facts.js';
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
    return signalFinding<'digit-glued-label', P>(ctx, 'digit-glued-label', (link, s, i) => {
      const node = i.chain[s.at];
      if (!node || isTrackerHost(node.host) || (node.domain && ctx.isAllowedLinkDomain(node.domain))) return null;
      const shown = showHost(node);
      const at = shown.toLowerCase().indexOf(s.label);
      const label = at >= 0 ? shown.slice(at, at + s.label.length) : s.label;
      return { link, weight: 6, highlight: label, params: { host: shown, label } };
    });
  },
});
