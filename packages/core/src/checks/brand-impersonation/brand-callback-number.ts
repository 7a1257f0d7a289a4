/**
 * The opening of the text speaks as a brand's service (`This invoice confirms the renewal of your
 * Norton Ultimate Plus`, `Coinbase — There was a recent login to your account`), the sender's
 * domain is not that brand's, and the way out the mail offers is a telephone number to call
 * (`If this wasn't you, please call us immediately: +1 888 …`). This is call-back phishing
 * ("TOAD"): no link for a filter to judge, a fake invoice or login alert, and a number answered by
 * the fraudster, who then talks the caller into a refund scam or a remote-access tool.
 *
 * Spec: none in the field notes (their link checks find nothing in these mails, by design); the
 *   brand claim is `letterheadBrand`, as in `text-brand-links-elsewhere` and
 *   `brand-text-from-freemail`, or a brand named in the subject (the letterhead is often a logo).
 * False positives: resellers, travel agencies and dealers that write about a brand's product and
 *   give their own number. Their mail links to their own site, which ends the check, as do
 *   replies, forwards, mailing lists, allow-listed senders and free mailboxes (those are
 *   `brand-text-from-freemail`'s). The number must follow a word asking the reader to call
 *   within 60 characters (`call`, `contact … at`, `helpline`, `電話`).
 * Weight rationale: 35 — the text claims a sender the address contradicts and gives the fraud's
 *   only channel, as `brand-text-from-freemail` (35); `suspicious` on its own.
 */
import { findBrandMentions, isBrandDomain, type BrandIndex } from '../../domain/brands.js';
import { isFreemail } from '../../domain/lists.js';
import { orgDomain } from '../../domain/registrable.js';
import { looksForwarded } from '../../forward/forwarded-block.js';
import type { BrandImpersonationParams } from '../../model/params/brand-impersonation.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { isReply } from '../reply.js';
import { brandParams, letterheadBrand, linksToOrganization, OPENING, SERVICE_WORDS, type BrandClaim } from './shared.js';

type P = BrandImpersonationParams['brand-impersonation/brand-callback-number'];

/** A telephone number: `+1 888 356 5806`, `+1 818-282-0908`, `1-800-123-4567`, `(888) 356-5806`, `0120-123-456`. */
const PHONE = /(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{1,4}[ .-])\d{2,4}[ .-]\d{3,4}(?:[ .-]\d{3,4})?(?![\w-])/g;
/** Hyphens, dashes, the minus sign and the katakana prolonged sound mark, as written between digit groups. */
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff70]/g;
/** Words asking the reader to call, looked for in the 60 characters before the number. */
const CALL =
  /\b(?:call|calling|phone|dial|helpline|hotline|toll[- ]?free|support line|help ?desk|billing department|contact (?:us|our|the|[a-z]+ (?:team|department|support)) (?:at|on)|reach (?:us|our)|tel|telephone|ligue|llame|rufen sie|anrufen|appelez|bel ons)\b|電話|ＴＥＬ/i;

export const brandCallbackNumber = defineCheck({
  id: 'brand-impersonation/brand-callback-number',
  category: 'brand-impersonation',
  severity: 'danger',
  weight: 35,
  needs: ['headers', 'body'],
  run(ctx) {
    const mb = ctx.author;
    if (!mb?.domain || ctx.mailingList || ctx.isAllowedSender(mb.address)) return [];
    const senderOrg = orgDomain(mb.domain);
    if (isFreemail(senderOrg)) return [];
    if (!SERVICE_WORDS.test(ctx.bodyText.slice(0, OPENING))) return [];
    if (isReply(ctx)) return [];
    // Full-width digits (`０３－１２３４－５６７８`) and `ＴＥＬ` read as ASCII, and the dashes
    // Japanese text puts between digit groups (`03−1234−5678` with a minus sign, `ー`) as `-`.
    const phone = callbackNumber(ctx.bodyText.normalize('NFKC').replace(DASHES, '-'));
    if (!phone) return [];
    if (looksForwarded(ctx.subject, ctx.bodyText)) return [];
    // One link to the sender's own organisation: the mail is the sender's, a reseller's or agent's.
    if (linksToOrganization(ctx, senderOrg)) return [];
    const claim = letterheadBrand(ctx, senderOrg) ?? subjectBrand(ctx.subject, ctx.brands, senderOrg);
    if (!claim) return [];
    if (ctx.brands.ownersOf(senderOrg).some((b) => b.id === claim.brand.id)) return [];
    return [
      hit<P>({ ...brandParams(claim.brand), named: claim.named, domain: mb.domain, phone: phone.number }, [
        claim.inSubject ? headerEvidence('Subject', ctx.subject, claim.named) : { kind: 'body', label: 'text', value: claim.excerpt, highlight: claim.named },
        { kind: 'body', label: 'text', value: phone.excerpt, highlight: phone.number },
        headerEvidence('From', mb.raw, mb.domain),
      ]),
    ];
  },
});

/**
 * A brand the subject names (`Coinbase: Was this you?`), not one of the sender's organisation:
 * looser than `subjectLetterhead` (no service words needed), since a number to call follows.
 */
function subjectBrand(subject: string, brands: BrandIndex, senderOrg: string): BrandClaim | null {
  const m = findBrandMentions(subject, brands, { exact: false }).find((x) => !isBrandDomain(x.brand, senderOrg));
  return m ? { brand: m.brand, named: m.matched, excerpt: subject, inSubject: true } : null;
}

/** The first telephone number the text asks the reader to call, with its context. */
function callbackNumber(text: string): { number: string; excerpt: string } | null {
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < 9 || digits > 15) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (!CALL.test(before)) continue;
    return { number: m[0].trim(), excerpt: text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 20).trim() };
  }
  return null;
}
