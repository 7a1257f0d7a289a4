/**
 * A link names an explicit port other than 80/443 (`https://login.example:8443/`): phishing kits
 * on compromised hosts and throwaway servers run beside the real web server.
 *
 * Spec: RFC 3986 §3.2.3; field notes §3.7 (SpamAssassin `WEIRD_PORT`).
 * False positives: intranet tools and appliances in internal mail (links to the recipient's own
 *   organisation are skipped), developer mail.
 * Weight rationale: 6, a hint.
 */
import { showHost, signalFinding } from '../../url/link-facts.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/non-standard-port'];

export const nonStandardPort = defineCheck({
  id: 'url-obfuscation/non-standard-port',
  category: 'url-obfuscation',
  severity: 'info',
  weight: 6,
  needs: ['body'],
  run(ctx) {
    return signalFinding<'port', P>(ctx, 'port', (link, s, i) => {
      const node = i.chain[s.at];
      if (!node || (node.domain && ctx.organizationDomains.includes(node.domain))) return null;
      return { link, weight: 6, highlight: `:${s.port}`, params: { host: showHost(node), port: s.port } };
    });
  },
});
