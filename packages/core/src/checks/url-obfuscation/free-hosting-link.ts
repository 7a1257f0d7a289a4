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
 *
 * Kind `bucket page`: the link opens a web page (`.html`, `.htm`, `.svg`) uploaded as a file into
 * cloud object storage (`storage.googleapis.com/<bucket>/azf3.html#<token>`, S3 in any region,
 * Azure blob and static-website storage, R2, Spaces). Nobody runs a website that way; it is how a
 * lander is put online in a minute, often with the victim's token in the fragment. The storage
 * services are `objectStorage` in data/free-hosting.json, plus S3 in every region (url/wrappers.ts). Weight 20
 * (caution alone). Measured: 157 phish-dev mails, 0 of 4,279 ham; images and PDFs in buckets
 * (newsletters link to them) keep the plain 8.
 *
 * Kind `published`: a form or a document published to the web from an office suite (Google Forms,
 * a Google Drawing or a document published with `/d/e/2PACX-…`, Microsoft Forms, Sway;
 * data/free-hosting.json `published`): phishing collects passwords in such forms, or shows a
 * published page with one button leading on. The explanation names the product and says what to
 * do. Documents shared for work (`/document/d/<id>/edit`) are not listed. Weight 8, as for any
 * page anyone can publish: a company's own survey on Microsoft Forms stays below `caution` alone.
 * Measured: 7 phish-dev mails gain it (one rises from `suspicious` to `dangerous`, none crosses
 * `suspicious`), and 1 of 4,279 ham (a mailing list's survey on Google Forms: 0 → 8, still `safe`).
 * A mail that the vendor itself sent (a Google Forms receipt) links to its own domain: excused.
 */
import { hostParts } from '../../domain/registrable.js';
import { senderFacts, showHost, targetFinding } from '../../url/link-facts.js';
import { isFreeHostingHost, isObjectStorageHost, pathOf, publishedPage } from '../../url/wrappers.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/free-hosting-link'];

const PAGE_FILE = /\.(?:s?html?|xhtml|svg)$/;

/** A web page stored as a file in a bucket: an HTML/SVG file name, or any path on a static-website endpoint. */
export function isBucketPage(url: string, host: string): boolean {
  if (!isObjectStorageHost(host)) return false;
  if (host.endsWith('.web.core.windows.net') || host.split('.').some((l) => l.startsWith('s3-website'))) return true;
  const path = pathOf(url);
  const file = path.slice(path.lastIndexOf('/') + 1);
  let name = file;
  try {
    name = decodeURIComponent(file);
  } catch {
    // a malformed escape: judge the name as written
  }
  return PAGE_FILE.test(name.toLowerCase());
}

export const freeHostingLink = defineCheck({
  id: 'url-obfuscation/free-hosting-link',
  category: 'url-obfuscation',
  severity: 'info',
  weight: 8,
  needs: ['body'],
  run(ctx) {
    const sender = senderFacts(ctx);
    return targetFinding<P>(ctx, (link, t) => {
      if (t.domain && sender.orgs.has(t.domain)) return null;
      const published = publishedPage(t.host, t.url);
      if (published) return { link, weight: 8, highlight: t.host, params: { host: showHost(t), service: published.service, bucketPage: false, published: published.kind } };
      if (!isFreeHostingHost(t.host)) return null;
      const hp = hostParts(t.host);
      const service = hp.publicSuffix && hp.publicSuffix.includes('.') ? hp.publicSuffix : (hp.domain ?? t.host);
      const bucketPage = isBucketPage(t.url, t.host);
      return { link, weight: bucketPage ? 20 : 8, highlight: t.host, params: { host: showHost(t), service, bucketPage } };
    });
  },
});
