/**
 * The text offers dates or sex with strangers: `hot singles near you`, `I am 23 years old, looking
 * for a lover`, `Russian beauties`, `Oekraïense meisjes`, `ondeugende singles`, `Sexkontakte`.
 * Unsolicited, this is the opening of romance scams and sextortion, and the bait of sites that
 * sell subscriptions with fake profiles.
 *
 * Spec: none in the field notes; consumer-protection warnings on romance scams (the FBI's IC3, the
 *   Dutch Fraudehelpdesk) describe the same approach.
 * False positives: a dating service writing to its own members (allow-list it); ordinary words
 *   are not enough — only a woman or single described by nationality or as hot, lonely or
 *   naughty, singles near the reader, sex dating, or someone "looking for a lover" count ("hook up
 *   the antenna", "a perfect match", "local women", "looking for a man-in-the-middle test" do
 *   not). Measured: 24 `phish-dev` mails, 0 of 4,279 `ham/`, 0 bounce or Japanese mail.
 * Weight rationale: 10, like the money lure: wording, capped with the category below `suspicious`,
 *   so it only adds to the sender and link evidence.
 */
import { defineCheck } from '../define-check.js';
import { anyOf, gated, phraseFinding } from './shared.js';

/**
 * Lower case, as the reading text is folded; senders often drop the diacritics (`Oekraiense`,
 * `Nahe`), so both spellings are written. Literal alternatives only: linear (checked by the ReDoS test).
 */
export const DATING_LURE: readonly RegExp[] = [
  /\blooking for (?:a )?(?:lover|partner for (?:sex|fun|tonight))\b/,
  /\b(?:hot|lonely|horny|naughty|sexy|ukrainian|russian) (?:singles|women|girls|ladies|wives|milfs|brides|beauty|beauties)\b/,
  /\bsingles (?:near you|in your area|nearby)\b/,
  /\bsex ?dat(?:e|ing)\b|\badult dating\b|\bcasual (?:sex|encounters?)\b/,
  /\b(?:oekra[iï]ense|russische) (?:vrouw|vrouwen|meisje|meisjes|schoonheden)\b|\bspannende (?:afspraak|flirt)\b|\bondeugende singles\b|\bsingles (?:bij jou|wachten)\b|\bsexdate\b/,
  /\bsexkontakte?\b|\beinsame (?:frauen|hausfrauen)\b|\bsingles in deiner n[aä]he\b/,
  /\bmulheres solteiras\b|\bsolteras cerca\b/,
  /セフレ/,
];

/** A piece of every alternative of {@link DATING_LURE}: most mail has none, and the gate is cheap. */
export const DATING_LURE_GATE = /looking for|singles|women|girls|ladies|wives|milfs|brides|beaut|sex|dating|casual|vrouw|meisje|schoonheden|spannende|einsame|solteir|solteras|セフレ/;

export const DATING_LURE_ANY = gated(anyOf(DATING_LURE), DATING_LURE_GATE);

export const datingLure = defineCheck({
  id: 'social-engineering/dating-lure',
  category: 'social-engineering',
  severity: 'warn',
  weight: 10,
  needs: ['headers'],
  run: (ctx) => phraseFinding(ctx, DATING_LURE_ANY),
});
