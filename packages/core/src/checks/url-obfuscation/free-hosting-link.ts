/**
 * A link's target is a page on a service where anyone can publish in minutes without owning a
 * domain: serverless functions (`*.a.run.app`, `*.cloudfunctions.net`, `*.workers.dev`), static and
 * site-builder subdomains (`*.web.app`, `*.webflow.io`, `*.netlify.app`), public buckets
 * (`storage.googleapis.com`, `*.blob.core.windows.net`), tunnels (`*.ngrok.io`). Kits land there
 * because the domain is reputable and nothing has to be registered (data/free-hosting.json).
 *
 * Spec: field notes §3.12 (Sublime's "commonly abused web service" condition).
 * False positives: projects and small businesses do host real sites there; links to the sender's
 *   own host are excused; shared work documents (Google Docs, SharePoint) are not on the list.
 * Weight rationale: 8, a hint that matters with other signals (measured: 201 of 1,977 phish-dev
 *   mails, 12 of 4,279 ham; at 8 no ham mail reaches `suspicious`).
 */
import { hostParts } from '../../domain/registrable.js';
import { senderFacts, showHost, targetFinding } from '../../url/link-facts.js';
import { isFreeHostingHost } from '../../url/wrappers.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/free-hosting-link'];

export const freeHostingLink = defineCheck({
  id: 'url-obfuscation/free-hosting-link',
  category: 'url-obfuscation',
  severity: 'info',
  weight: 8,
  needs: ['body'],
  run(ctx) {
    const sender = senderFacts(ctx);
    return targetFinding<P>(ctx, (link, t) => {
      if (!isFreeHostingHost(t.host) || (t.domain && sender.orgs.has(t.domain))) return null;
      const hp = hostParts(t.host);
      const service = hp.publicSuffix && hp.publicSuffix.includes('.') ? hp.publicSuffix : (hp.domain ?? t.host);
      return { link, weight: 8, highlight: t.host, params: { host: showHost(t), service } };
    });
  },
});
