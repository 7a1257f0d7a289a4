/**
 * The opening of the text introduces the mail as a brand's (`三井住友カードをご利用のお客様へ`,
 * `平素より大和証券をご利用いただき`, `Dear PayPal customer`) — or, when the text says nothing of
 * the kind (an image, a PDF), the subject does (`Your Amazon Prime membership renewal failed`) —
 * the sender's domain is not that brand's, and every link leaves the brand for an unrelated site.
 * A copyright notice naming the brand as its holder (`© 2024 Itaú Personnalité`) is the same claim
 * made at the foot of the mail: kits copy the brand's footer with its logo.
 * List software and forwarding rewrite the From line, but the letterhead in the text survives — so
 * does this check.
 *
 * Spec: none in the field notes (display-name checks are what clients have; none read the text).
 * False positives: mail that talks about a brand in its first lines (a colleague forwarding a
 * receipt, a review, a developer list discussing a service). The brand must be named in the first
 * 300 characters (not as part of an address or URL), and at least one link must lead elsewhere;
 * the brand's own links and other known brands' are not counted (kits add the genuine
 * privacy-policy and logo links next to their own; newsletters add "follow us" rows), but one link to the sender's own organisation ends the check (the mail is
 * the sender's, talking about the brand); ESP trackers are not counted
 * either way; words of a service addressing its customer (`ご利用`, `お客様`, `customer`,
 * `account`, `Dear`…) must stand within 80 characters of the brand. Replies (In-Reply-To/References), discussion lists (List-Id/List-Post), mail from a
 * domain of the brand (see `brand-links-elsewhere`) and allow-listed senders are skipped.
 * Weight rationale: 25 — `caution` alone; with a pressure phrase, an unrelated sender or a
 * disguised link it reaches `suspicious`.
 */
import { orgDomain, sameOrganization } from '../../domain/registrable.js';
import type { BrandImpersonationParams } from '../../model/params/brand-impersonation.js';
import { linkEvidence, unknownSiteLinks } from '../../url/link-facts.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { isReply } from '../reply.js';
import { brandParams, copyrightBrand, letterheadBrand, linksToOrganization, OPENING, SERVICE_WORDS, subjectLetterhead } from './shared.js';

type P = BrandImpersonationParams['brand-impersonation/text-brand-links-elsewhere'];

export const textBrandLinksElsewhere = defineCheck({
  id: 'brand-impersonation/text-brand-links-elsewhere',
  category: 'brand-impersonation',
  severity: 'warn',
  weight: 25,
  needs: ['headers', 'body'],
  run(ctx) {
    const mb = ctx.author;
    if (mb && ctx.isAllowedSender(mb.address || mb.name)) return [];
    // Replies quote other people: they do not speak as a brand.
    if (isReply(ctx)) return [];
    // Cheap tests first: most mail has no service greeting in its opening, and no link that
    // leaves both the sender and every known brand.
    const serviceWords = SERVICE_WORDS.test(ctx.bodyText.slice(0, OPENING)) || SERVICE_WORDS.test(ctx.subject);
    const senderOrg = mb?.domain ? orgDomain(mb.domain) : '';
    // Without a service's words only a copyright notice can make the claim: read it before the
    // links (newsletters carry notices of their own).
    const notice = serviceWords ? null : copyrightBrand(ctx, senderOrg);
    if (!serviceWords && !notice) return [];
    // A list's own footer links (`lists.example.org/listinfo`) say nothing about the post.
    const listId = ctx.header('list-id')[0]?.value ?? '';
    const idStart = listId.lastIndexOf('<') + 1;
    const idEnd = listId.indexOf('>', idStart);
    const listDomain = listId ? orgDomain(listId.slice(idStart, idEnd < 0 ? undefined : idEnd).trim()) : '';
    const notList = (target: string): boolean => !listDomain || !sameOrganization(target, listDomain);
    // One link to the sender's own organisation: the mail is the sender's, talking about a brand.
    if (linksToOrganization(ctx, senderOrg, (d) => !notList(d))) return [];
    const first = unknownSiteLinks(ctx).find(({ target }) => notList(target));
    if (!first) return [];
    const claim = notice ?? letterheadBrand(ctx, senderOrg) ?? subjectLetterhead(ctx, senderOrg) ?? copyrightBrand(ctx, senderOrg);
    if (!claim) return [];
    const brand = claim.brand;
    if (senderOrg && ctx.brands.ownersOf(senderOrg).some((b) => b.id === brand.id)) return [];
    return [
      hit<P>({ ...brandParams(brand), named: claim.named, domain: mb?.domain || '-', target: first.link.inspection.target?.host ?? first.target, ...(claim.inSubject ? { inSubject: true as const } : {}), ...(claim.inCopyright ? { inCopyright: true as const } : {}) }, [
        claim.inSubject ? headerEvidence('Subject', ctx.subject, claim.named) : { kind: 'body', label: 'text', value: claim.excerpt, highlight: claim.named },
        linkEvidence(first.link, first.target),
      ]),
    ];
  },
});
