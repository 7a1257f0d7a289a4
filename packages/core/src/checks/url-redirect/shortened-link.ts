/**
 * A link goes to a URL shortener (bit.ly, t.co, tinyurl, amzn.to, x.gd, ux.nu…): where it leads is
 * unknowable without following it, and ayashii never follows links.
 *
 * Spec: field notes §3.3 (rspamd redirectors, SpamAssassin url_shortener), §3.13 (MAIV's list).
 * False positives: an organisation's own first-party shortener in its own mail (`amzn.to` from
 *   Amazon, `t.co` from X, `lin.ee` from LINE: `owners` in data/shorteners.json), social
 *   notifications; shortened links in newsletters are rare but exist, hence a small weight.
 * Weight rationale: 10 — the destination, the one thing a reader needs to judge a link, is hidden;
 *   below `caution` alone, it matters with others (measured: 312 of 1,977 phish-dev mails, 7 of
 *   4,279 ham; at 10 no ham mail reaches `suspicious`).
 *
 * Kind `every link`: every web link in the mail goes through a shortener, so no destination at all
 * can be seen — the usual shape of a lure whose one call to action is `bit.ly/…` or `t.co/…`.
 * Weight 20 (caution alone). Measured: 185 phish-dev mails, 0 of 4,279 ham (the 7 ham mails with
 * a shortened link also link to other sites: a newsletter citing a short link among its sources).
 */
import { shortenerFor } from '../../url/wrappers.js';
import { hostParts } from '../../domain/registrable.js';
import { oneFinding, senderFacts, webLinks, type LinkMatch } from '../../url/link-facts.js';
import type { UrlRedirectParams } from '../../model/params/url-redirect.js';
import { defineCheck } from '../define-check.js';

type P = UrlRedirectParams['url-redirect/shortened-link'];

export const shortenedLink = defineCheck({
  id: 'url-redirect/shortened-link',
  category: 'url-redirect',
  severity: 'warn',
  weight: 10,
  needs: ['body'],
  run(ctx) {
    const sender = senderFacts(ctx);
    const senderLabels = new Set([...sender.orgs].map((d) => hostParts(d).domainWithoutSuffix ?? d));
    const matches: LinkMatch<P>[] = [];
    const links = webLinks(ctx);
    const everyLink = links.every((l) => l.inspection.unwrap.shortener);
    const weight = everyLink ? 20 : 10;
    // A link judged on its own (`analyzeUrl`) is all there is, so no destination can be seen
    // either (20), but the sentence about every link of "this mail" is left out.
    const alone = ctx.input.source === 'link';
    for (const link of links) {
      const host = link.inspection.unwrap.shortener;
      if (!host || ctx.isAllowedLinkDomain(host)) continue;
      const owners = shortenerFor(host)?.owners ?? [];
      if (owners.some((o) => senderLabels.has(o))) continue;
      const url = link.inspection.unwrap.url;
      matches.push({ link, weight, highlight: host, params: { shortener: host, url: url.length > 80 ? `${url.slice(0, 80)}…` : url, count: 1, everyLink: everyLink && !alone } });
    }
    return oneFinding(matches, (p, count) => ({ ...p, count }));
  },
});
