/**
 * The From address's registrable domain imitates a registry brand's domain without being one of
 * the brand's domains: homoglyphs (`amaz0n.co.jp`, `arnazon.com`), typos (`mercarl.jp`), hyphens
 * (`smbccard.com` for `smbc-card.com`), the whole domain flattened (`amazon-co-jp.example`), another
 * ending (`rakuten.xyz`), or the name plus a keyword (`smbc-card-security.com`).
 *
 * Spec: field notes §3.14 (dnstwist fuzzers, turned into recognisers), §3.10 (Microsoft domain
 *   impersonation), §3.12 (Sublime: Levenshtein 1 to org domains); domain/lookalike.ts.
 * False positives: a brand's genuine domains missing from the registry (add them to `domains`);
 *   brands own many endings, so another ending counts only under a phishing-favoured TLD;
 *   unrelated companies one letter from a brand (typos need names of 6+ letters, the same ending
 *   or `.com` below 8 letters, two letters only from 10; ordinary-word brand names such as `apple`
 *   or `outlook` take no typos at all). IDN homographs are left to `idn-homograph`.
 * Weight rationale: 35 for the convincing shapes (suspicious alone: nobody registers
 *   `amaz0n.co.jp` by accident), 30 for another ending or an added keyword, 25 for a two-letter typo.
 */
import { isPunycodeHost } from '../../domain/idn.js';
import { brandLookalikeOf } from '../../domain/lookalike.js';
import { orgDomain } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

export const senderLookalike = defineCheck({
  id: 'lookalike-domain/sender-lookalike',
  category: 'lookalike-domain',
  severity: 'danger',
  weight: 35,
  needs: ['headers'],
  run(ctx) {
    const from = ctx.author;
    if (!from?.domain || ctx.isAllowedSender(from.address)) return [];
    const org = orgDomain(from.domain);
    if (ctx.organizationDomains.includes(org)) return [];
    const m = brandLookalikeOf(org, ctx.brands);
    if (!m) return [];
    const kind = m.lookalike.kind;
    if (kind === 'skeleton' && (isPunycodeHost(org) || /[^\x00-\x7f]/.test(org))) return [];
    const weight = kind === 'tld-swap' || kind === 'brand-plus-keyword' ? 30 : kind === 'typo' && (m.lookalike.distance ?? 1) > 1 ? 25 : 35;
    return [
      hit(
        { domain: org, brand: m.brand.name.en, brandJa: m.brand.name.ja, brandDomain: m.target, kind },
        [headerEvidence('From', from.raw, from.domain)],
        { weight },
      ),
    ];
  },
});
