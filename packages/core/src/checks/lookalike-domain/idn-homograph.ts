/**
 * An internationalised domain — the From address's or a link's — that reads as something it is
 * not: its skeleton equals a registry brand's domain (`аmazon.co.jp` with a Cyrillic а), it mixes
 * Latin with Cyrillic or Greek inside one label, or a label is wholly Cyrillic/Greek/Armenian
 * letters that pass for Latin (`аррӏе.com`) outside that script's own ccTLDs.
 *
 * Spec: UTS #39 §5.2 (restriction levels), §4 (skeletons, confusables.txt); field notes §2.9
 *   (pin Japanese Han + Hiragana + Katakana + Latin as legitimate), §3.4 (rspamd `OMOGRAPH_URL`).
 * False positives: genuine Japanese IDNs (`メモ書き.jp`, `OTSUKAカスタマー`-style mixes are
 *   highly restrictive and pass), genuine Cyrillic names under .ru/.рф; "every xn-- is suspicious"
 *   (MAIV's rule) is deliberately not ours.
 * Weight rationale: 40 when it reads as a brand's domain (there is no innocent reason), 25 for a
 *   confusable script mix without a brand match.
 */
import { assessIdn } from '../../domain/idn.js';
import { brandLookalikeOf } from '../../domain/lookalike.js';
import { orgDomain } from '../../domain/registrable.js';
import { isTrustedTarget, oneFinding, webLinks, type LinkMatch } from '../../url/link-facts.js';
import type { LookalikeDomainParams } from '../../model/params/lookalike-domain.js';
import { defineCheck, headerEvidence, type Hit } from '../define-check.js';

type P = LookalikeDomainParams['lookalike-domain/idn-homograph'];

export const idnHomograph = defineCheck({
  id: 'lookalike-domain/idn-homograph',
  category: 'lookalike-domain',
  severity: 'danger',
  weight: 40,
  needs: ['headers'],
  run(ctx) {
    const hits: Hit<P>[] = [];
    const from = ctx.author;
    if (from?.domain && !ctx.isAllowedSender(from.address)) {
      const a = assessIdn(from.domain);
      if (a) {
        const m = brandLookalikeOf(orgDomain(from.domain), ctx.brands);
        const imitates = m?.lookalike.kind === 'skeleton' ? m.target : '';
        if (imitates || a.level === 'minimally-restrictive' || a.wholeScriptConfusable) {
          hits.push({
            params: { where: 'sender', host: a.unicodeHost, ascii: from.domain, imitates },
            evidence: [headerEvidence('From', from.raw, from.domain)],
            weight: imitates ? 40 : 25,
          });
        }
      }
    }
    if (ctx.input.unavailable?.some((u) => u.what === 'body')) return hits;
    const matches: LinkMatch<P>[] = [];
    for (const link of webLinks(ctx)) {
      const i = link.inspection;
      if (isTrustedTarget(i.target?.domain ?? null, ctx)) continue;
      for (let at = 0; at < i.chain.length; at++) {
        const node = i.chain[at];
        if (!node || node.unicodeHost === node.host || (node.domain && ctx.isAllowedLinkDomain(node.domain))) continue;
        let imitates = '';
        let confusable = false;
        for (const s of i.signals) {
          if (s.kind === 'brand-lookalike' && s.at === at && s.lookalike.kind === 'skeleton') imitates = s.brandDomain;
          if (s.kind === 'idn' && s.at === at && (s.level === 'minimally-restrictive' || s.wholeScriptConfusable)) confusable = true;
        }
        if (!imitates && !confusable) continue;
        matches.push({
          link,
          weight: imitates ? 40 : 25,
          highlight: node.domain ?? node.host,
          params: { where: 'link', host: node.unicodeHost, ascii: node.host, imitates },
        });
      }
    }
    return [...hits, ...oneFinding(matches)];
  },
});
