/**
 * A link percent-encodes characters that never need it (letters, digits, `-._~`) or encodes its
 * host: `%61%6D%61%7A%6F%6E` is "amazon" made unreadable to people and naive filters.
 *
 * Spec: RFC 3986 §2.3 (unreserved characters "should not be percent-encoded"), §6.2.2.2;
 *   field notes §3.7 (SpamAssassin `HTTP_ESCAPED_HOST`, `HTTP_EXCESSIVE_ESCAPES`).
 * False positives: a few trackers double-encode whole URLs (that encodes `:` and `/`, which are
 *   reserved and not counted); four or more unreserved escapes are required.
 * Weight rationale: 8; there is no honest reason to hide plain letters.
 */
import { showHost, signalFinding } from '../../url/link-facts.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/encoded-url'];

export const encodedUrl = defineCheck({
  id: 'url-obfuscation/encoded-url',
  category: 'url-obfuscation',
  severity: 'warn',
  weight: 8,
  needs: ['body'],
  run(ctx) {
    return signalFinding<'encoded', P>(ctx, 'encoded', (link, s, i) => {
      const node = i.chain[s.at];
      if (!node || (node.domain && ctx.isAllowedLinkDomain(node.domain))) return null;
      return { link, weight: 8, highlight: '%', params: { host: showHost(node), count: s.inHost ? 0 : s.count } };
    });
  },
});
