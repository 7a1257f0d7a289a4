/**
 * A link is bounced through two or more redirectors of unrelated parties before its target (or
 * ends at a shortener after a redirector). Legitimate mail sends a click through at most its own
 * tracker; chains of strangers are built to shake off filters.
 *
 * Spec: field notes §3.3 (rspamd `URL_REDIRECTOR_NESTED`), §3.2 (wrappers can be chained).
 * False positives: security gateways (Safe Links + URL Defense double wrapping is common) and the
 *   sender's own ESP hops are not counted.
 * Weight rationale: 8, on top of `third-party-redirect` for the same link: a second stranger in
 *   the chain is more deliberate than one.
 */
import { isSenderInfra, senderFacts, showHost, targetFinding, viaText } from '../../url/link-facts.js';
import type { UrlRedirectParams } from '../../model/params/url-redirect.js';
import { defineCheck } from '../define-check.js';

type P = UrlRedirectParams['url-redirect/nested-redirects'];

export const nestedRedirects = defineCheck({
  id: 'url-redirect/nested-redirects',
  category: 'url-redirect',
  severity: 'warn',
  weight: 8,
  needs: ['body'],
  run(ctx) {
    const sender = senderFacts(ctx);
    return targetFinding<P>(ctx, (link, t, i) => {
      let hops = 0;
      for (const s of i.signals) {
        if (s.kind === 'redirect' && s.domain !== s.toDomain && !isSenderInfra(s.host, s.domain, sender)) hops++;
      }
      if (i.unwrap.shortener && hops > 0) hops++;
      return hops < 2 ? null : { link, weight: 8, highlight: t.domain ?? t.host, params: { hops, via: viaText(i), target: showHost(t) } };
    });
  },
});
