/**
 * The opening of the text speaks to the reader as a brand's customer service
 * (`Your NORTON 360 subscription has been renewed`, `Prezado cliente Porto Seguro`), yet the mail
 * comes from a free mailbox (`…@gmail.com`, `…@hotmail.com`). Brands write to their customers
 * from their own domains; a free mailbox speaking for one is someone else. This is how
 * call-back scams ("call us to cancel the renewal") arrive: no link at all, only a phone number.
 *
 * Spec: none in the field notes (no client reads the letterhead in the text).
 * False positives: a person forwarding or quoting a brand's mail from a personal mailbox, which is
 *   why replies (In-Reply-To/References), forwards (`Fwd:` subjects or a forward separator, as `forward/forwarded-block.ts` reads them) and mailing
 *   lists are skipped; a brand whose own free mailbox service sent it (Google and gmail.com) is
 *   not a claim. The brand must be named in the first 300 characters with words of a service
 *   addressing its customer within 80 characters (see `letterheadBrand`).
 * Weight rationale: 35 — the text claims a sender that the address contradicts, as plainly as a
 *   brand in the display name (40); `suspicious` on its own.
 */
import { isFreemail } from '../../domain/lists.js';
import { orgDomain } from '../../domain/registrable.js';
import { looksForwarded } from '../../forward/forwarded-block.js';
import type { BrandImpersonationParams } from '../../model/params/brand-impersonation.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { isReply } from '../reply.js';
import { brandParams, letterheadBrand } from './shared.js';

type P = BrandImpersonationParams['brand-impersonation/brand-text-from-freemail'];

export const brandTextFromFreemail = defineCheck({
  id: 'brand-impersonation/brand-text-from-freemail',
  category: 'brand-impersonation',
  severity: 'danger',
  weight: 35,
  needs: ['headers', 'body'],
  run(ctx) {
    const mb = ctx.author;
    if (!mb?.domain || ctx.mailingList || ctx.isAllowedSender(mb.address)) return [];
    const domain = orgDomain(mb.domain);
    if (!isFreemail(domain)) return [];
    if (isReply(ctx)) return [];
    if (looksForwarded(ctx.subject, ctx.bodyText)) return [];
    const claim = letterheadBrand(ctx, domain);
    if (!claim) return [];
    return [
      hit<P>({ ...brandParams(claim.brand), named: claim.named, address: mb.address }, [
        { kind: 'body', label: 'text', value: claim.excerpt, highlight: claim.named },
        headerEvidence('From', mb.raw, mb.domain),
      ]),
    ];
  },
});
