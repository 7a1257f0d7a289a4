/**
 * An https redirector hands the click on to a plain-http target (`https://url-shield…/?u=http://…`):
 * the padlock the person saw on hover does not cover the page that opens. Throwaway phishing hosts
 * often have no certificate.
 *
 * Spec: field notes §2.4 and §2.10 (an `http:` target behind an `https` wrapper).
 * False positives: security gateways always wrap in https and are not counted; the sender's own
 *   ESP tracker in front of its old http site is excused; so is a target on the sender's domains.
 * Weight rationale: a small corroborating signal (6), never decisive.
 */
import { isSenderInfra, senderFacts, showHost, targetFinding } from '../../url/link-facts.js';
import type { UrlRedirectParams } from '../../model/params/url-redirect.js';
import { defineCheck } from '../define-check.js';

type P = UrlRedirectParams['url-redirect/insecure-target'];

export const insecureTarget = defineCheck({
  id: 'url-redirect/insecure-target',
  category: 'url-redirect',
  severity: 'info',
  weight: 6,
  needs: ['body'],
  run(ctx) {
    const sender = senderFacts(ctx);
    return targetFinding<P>(ctx, (link, t, i) => {
      if (t.scheme !== 'http' || (t.domain && sender.orgs.has(t.domain))) return null;
      const via = i.chain.slice(0, -1).find((c) => c.scheme === 'https' && !isSenderInfra(c.host, c.domain, sender));
      return via ? { link, weight: 6, highlight: t.domain ?? t.host, params: { via: showHost(via), target: showHost(t) } } : null;
    });
  },
});
