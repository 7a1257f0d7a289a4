/**
 * The display name is an offer of money or prizes instead of a name — "Your Bonus Inside",
 * "Casino Rewards", "💰 Bitcoin Auszahlung Bestätigt", "AAA Giveaway", "Claim Your Bonus".
 * Casino, crypto-payout and survey-prize lures put the bait where the reader expects the sender.
 *
 * Spec: none; the sender-name counterpart of `social-engineering/money-lure`.
 * False positives: loyalty programmes named "… Rewards" from their own domain. The weight alone
 * stays below `caution`; it only adds to other signs (a spam rating, an unaligned signature, a
 * money lure in the text).
 * Weight rationale: 10, evidence rather than a verdict. Measured on the project's corpora: no
 * legitimate or Japanese mail has such a name; 44 missed phishing mails had one.
 */
import { foldForMatch } from '../../text/normalize.js';
import { defineCheck } from '../define-check.js';
import { displayNameHit } from './shared.js';

/** Prize and payout words (en, de, nl, fr, es, pt, ja); letters may precede "bonus"/"casino" (`Willkommensbonus`). */
const PRIZE =
  /(?:^|[^\p{L}\p{N}])(\p{L}{0,20}bonus(?:es)?|rewards?|prizes?|giveaways?|free ?spins?|payouts?|jackpots?|airdrops?|cash ?back|winnings|winners?|\p{L}{0,20}casino|claim your|auszahlung|gewinn(?:e|spiel)?|uitbetaling|gagnante?s?|premios?|prêmios?|recompensas?|sorteos?)(?=$|[^\p{L}\p{N}])|当選|賞金|懸賞/u;

/** The prize word in a display name, or null. */
export function prizeWord(name: string): string | null {
  const m = PRIZE.exec(foldForMatch(name));
  return m ? (m[1] ?? m[0]) : null;
}

export const prizeOfferName = defineCheck({
  id: 'sender-display-name/prize-offer-name',
  category: 'sender-display-name',
  severity: 'warn',
  weight: 10,
  needs: ['headers'],
  run: (ctx) => displayNameHit(ctx, prizeWord, (name, word) => ({ name, word })),
});
