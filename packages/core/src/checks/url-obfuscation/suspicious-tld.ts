/**
 * A link's host (target or a redirector on the way) ends in a TLD whose share of phishing far
 * exceeds its share of legitimate mail (data/suspicious-tlds.json: Freenom's free TLDs and the
 * most-abused cheap gTLDs).
 *
 * Spec: field notes §3.5 (rspamd `URL_SUSPICIOUS_TLD` 3.0 for .tk .ml .ga .cf .gq).
 * False positives: every listed TLD is also used honestly; so this is a hint only.
 * Weight rationale: 6; it needs other signals to matter.
 */
import { showHost, signalFinding } from '../../url/link-facts.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/suspicious-tld'];

export const suspiciousTld = defineCheck({
  id: 'url-obfuscation/suspicious-tld',
  category: 'url-obfuscation',
  severity: 'info',
  weight: 6,
  needs: ['body'],
  run(ctx) {
    return signalFinding<'suspicious-tld', P>(ctx, 'suspicious-tld', (link, s, i) => {
      const node = i.chain[s.at];
      if (!node || (node.domain && ctx.isAllowedLinkDomain(node.domain))) return null;
      return { link, weight: 6, highlight: node.domain ?? node.host, params: { host: showHost(node), tld: s.tld } };
    });
  },
});
