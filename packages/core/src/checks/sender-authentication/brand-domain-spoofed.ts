/**
 * The From address uses a brand's genuine domain (`no-reply@alpha-prm.jp`), but the receiving
 * server's trusted Authentication-Results say the message did not come from that domain
 * (DMARC fail, compauth fail, or SPF fail with no aligned DKIM). Read as: "claims to be Otsuka,
 * with Otsuka's real domain, but the receiving server says Otsuka did not send it".
 *
 * Spec: RFC 7489 §3 (identifier alignment), §6.6.2; RFC 8601 §5 (trust only your own A-R).
 * False positives: a brand's own misconfigured forwarding; mailing lists that break DKIM (ARC pass
 * overrides here, as Microsoft's compauth reason 130 does).
 * Weight rationale: the only signal against exact-domain spoofing of a brand, and a strong one:
 * dangerous together with the plain DMARC failure.
 *
 * Unauthenticated (`failed: 'none'`, 35): the receiving server's results say nothing failed, but
 * nothing vouches for the brand's domain either — no DKIM signature of that domain at all (not even
 * a broken one) and no SPF pass for it, while the server did evaluate the mail. The brands in the
 * registry sign their mail (large senders must, since 2024), so a `service@stayfriends.de` sent
 * from `sleep0000.com` with `dkim=none` is not theirs; a brand's mail whose signature broke on the
 * way (a forwarder, a list) still carries the signature and is not counted. `suspicious` alone,
 * not `dangerous`: no result says "fail", and a brand may send some mail unsigned.
 */
import { isFreemail } from '../../domain/lists.js';
import { orgDomain } from '../../domain/registrable.js';
import { findBrandMentions, isBrandDomain } from '../../domain/brands.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { authFailure, nothingAuthenticates, trustedId } from './shared.js';

export const brandDomainSpoofed = defineCheck({
  id: 'sender-authentication/brand-domain-spoofed',
  category: 'sender-authentication',
  severity: 'danger',
  weight: 55,
  needs: ['headers', 'authentication-results'],
  run(ctx) {
    const mb = ctx.author;
    if (!mb?.domain || ctx.isAllowedSender(mb.address)) return [];
    const domain = orgDomain(mb.domain);
    const claimed = findBrandMentions(mb.name, ctx.brands).find((m) => isBrandDomain(m.brand, domain));
    // A freemail domain (gmail.com) stands for its users, not for its owner, unless the name claims the owner.
    const brand = claimed?.brand ?? (isFreemail(domain) ? undefined : ctx.brands.ownersOf(domain)[0]);
    if (!brand) return [];
    if (ctx.auth.arc?.result === 'pass' && ctx.mailingList) return [];
    const failed = authFailure(ctx.auth, mb.domain) ?? (nothingAuthenticates(ctx.auth, mb.domain) ? 'none' : null);
    if (!failed) return [];
    const ar = ctx.auth.trusted[0];
    return [
      hit({ brand: brand.name.en, brandJa: brand.name.ja, domain: mb.domain, failed, authservId: trustedId(ctx.auth) }, [
        headerEvidence('From', mb.raw, mb.domain),
        ...(ar ? [headerEvidence('Authentication-Results', ar.raw, failed === 'none' ? undefined : failed.split('=')[0])] : []),
      ], failed === 'none' ? { weight: 35 } : {}),
    ];
  },
});
