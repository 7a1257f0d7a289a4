/**
 * A link with userinfo before its host (`https://www.amazon.co.jp@evil.test/`): people read the
 * start, browsers ignore everything before the last `@` when choosing the site.
 *
 * Spec: RFC 3986 §3.2.1 (userinfo; §7.5 warns about this exact deception); field notes §3.5
 *   (rspamd `URL_USER_PASSWORD` 2.0, more when long).
 * False positives: ftp-style `user@host` links are almost extinct in mail; mailto is not a URL here.
 * Weight rationale: 35 when the userinfo itself looks like a host (`www.windows.com-x@evil.test`:
 *   the deception is explicit and has no honest use — `suspicious` on its own), 10 otherwise.
 */
import { showHost, signalFinding } from '../../url/link-facts.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/userinfo-trick'];

export const userinfoTrick = defineCheck({
  id: 'url-obfuscation/userinfo-trick',
  category: 'url-obfuscation',
  severity: 'danger',
  weight: 35,
  needs: ['body'],
  run(ctx) {
    return signalFinding<'userinfo', P>(ctx, 'userinfo', (link, s, i) => {
      const node = i.chain[s.at];
      const host = node ? showHost(node) : '';
      return { link, weight: s.looksLikeHost ? 35 : 10, highlight: host, params: { shown: s.userinfo, host } };
    });
  },
});
