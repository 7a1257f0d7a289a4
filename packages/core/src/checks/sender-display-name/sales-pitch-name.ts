/**
 * The display name is a sales pitch instead of a name — `Personal Loan`, `Auto Insurance Quotes`,
 * `Solana Heated Vest Sale`, `Canvas Prints Discount`, `Exklusives Angebot` — and the address's
 * domain has nothing to do with it (`renew@zhishangmingzhan.com`, `…@corona-cartoons.de`). Lead
 * sellers and hijacked or throwaway domains put the offer where the reader expects the sender;
 * an insurer, a lender or a shop writes its own name, from its own domain.
 *
 * Spec: none; the commercial counterpart of `sender-display-name/prize-offer-name` (prizes and
 *   payouts, which it leaves to that check).
 * False positives: a shop naming a campaign mailing "Xmas Deal" from a newsletter domain that does
 *   not spell the shop's name (this project's twin fixtures of other checks, `"Bootmakers Autumn
 *   Sale" <news@shop.example.com>`, get the 10 points and stay `safe`); a company whose name holds
 *   an offer word is excused when the address's domain spells its name (`Acme Insurance` from
 *   `acme-insurance.com`, `AT&T Offers` from `att-mail.com`, `H&M Sale` from `hm.com`); a name
 *   whose other words are in another script (`楽天市場 SALE`) cannot be compared with the domain
 *   and is excused. The weight alone stays below `caution`. Allow-listed senders are skipped.
 *   Measured: 68 `phish-dev` mails, 0 of 4,279 `ham/`, 0 bounce or Japanese mail (the words are
 *   Latin-script only; Japanese sender names were not measured for it).
 * Weight rationale: 10, as for a prize offer: evidence, not a verdict.
 */
import { orgDomain } from '../../domain/registrable.js';
import { foldForMatch } from '../../text/normalize.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { prizeWord } from './prize-offer-name.js';

/** Offer words (en, de, nl, fr, es, pt), whole words of the folded name. */
const PITCH =
  /(?:^|[^\p{L}\p{N}])(loans?|quotes?|discounts?|sale|deals?|offers?|coupons?|savings|insurance|warranty|clearance|free (?:trial|sample|quote)s?|\d{1,2} ?% off|angebote?|rabatt|korting|aanbieding|promo(?:tion|ção|ción)?s?|ofertas?|descontos?|soldes|réduction|préstamos?|empréstimos?|crédito|credit)(?=$|[^\p{L}\p{N}])/u;

/** Every pitch phrase of a name, to leave what else it says. */
const PITCH_ALL = new RegExp(PITCH.source, 'gu');

/**
 * True when the name and the domain's label (`att-mail` → `attmail`) belong together: a word of the
 * name (four letters or more) contains the label or appears in it, the whole name run together
 * holds the label (`H&M Sale` → `hmsale` for `hm.com`), or what is left of the name without its
 * pitch, run together, appears in the label (`AT&T Offers` → `att` in `attmail`).
 */
function nameFitsDomain(folded: string, domain: string): boolean {
  const label = (orgDomain(domain).split('.')[0] ?? '').replace(/-/g, '');
  if (label.length < 2) return false;
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.some((w) => w.length >= 4 && (label.includes(w) || (w.length >= 5 && w.includes(label))))) return true;
  if (words.join('').includes(label)) return true;
  const core = folded.replace(PITCH_ALL, ' ').replace(/[^\p{L}\p{N}]+/gu, '');
  // A name written in another script (`楽天市場 SALE`) cannot be compared with a Latin domain: excused.
  if (/[^\p{Script=Latin}\p{N}]/u.test(core)) return true;
  return core.length >= 3 && label.includes(core);
}

/** The offer word of a sales-pitch sender name, or null (none, a prize offer, or a name the domain spells). */
export function pitchWord(name: string, domain: string): string | null {
  const folded = foldForMatch(name);
  const m = PITCH.exec(folded);
  if (!m?.[1] || prizeWord(name) || nameFitsDomain(folded, domain)) return null;
  return m[1];
}

export const salesPitchName = defineCheck({
  id: 'sender-display-name/sales-pitch-name',
  category: 'sender-display-name',
  severity: 'warn',
  weight: 10,
  needs: ['headers'],
  run(ctx) {
    const mb = ctx.author;
    if (!mb?.name || !mb.domain || ctx.isAllowedSender(mb.address)) return [];
    const word = pitchWord(mb.name, mb.domain);
    return word ? [hit({ name: mb.name, word, domain: orgDomain(mb.domain) }, [headerEvidence('From', mb.raw, mb.name)])] : [];
  },
});
