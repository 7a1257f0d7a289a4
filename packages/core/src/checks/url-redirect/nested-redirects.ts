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
import { isSenderInfra, isTrustedTarget, oneFinding, senderFacts, showHost, viaText, webLinks, type LinkMatch } from '../../url/link-facts.js';
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
    const matches: LinkMatch<P>[] = [];
    for (const link of webLinks(ctx)) {
      const i = link.inspection;
      const t = i.target;
      if (!t || isTrustedTarget(t.domain, ctx)) continue;
      let hops = 0;
      for (const s of i.signals) {
        if (s.kind === 'redirect' && s.domain !== s.toDomain && !isSenderInfra(s.host, s.domain, sender)) hops++;
      }
      if (i.unwrap.shortener && hops > 0) hops++;
      if (hops < 2) continue;
      matches.push({ link, weight: 8, highlight: t.domain ?? t.host, params: { hops, via: viaText(i), target: showHost(t) } });
    }
    return oneFinding(matches);
  },
});
