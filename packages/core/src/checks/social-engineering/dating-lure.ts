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
 * Also the opening of a dating profile (session 23): the writer's age, then whom she is looking for
 *   (`Ik ben Jasmijn, 21 jaar … zoek ik een leuke man`, within 300 characters): 6 `phish-dev` mails
 *   (5 already had a phrase above), 0 legitimate; an age alone (a job application) or "looking for
 *   a man or woman" alone (a hiring team) does not count.
 * Weight rationale: 10, like the money lure: wording, capped with the category below `suspicious`,
 *   so it only adds to the sender and link evidence.
 */
import type { CheckContext } from '../../model/check.js';
import { defineCheck, headerEvidence, hit, type Hit } from '../define-check.js';
import { isDeliveryReport } from '../delivery-report.js';
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

/** A stranger introducing herself by age (`ik ben Jasmijn, 21 jaar`, `I am 23 years old`, `ich bin 25 Jahre alt`). */
const AGE = /\b(?:i am|i'm|ik ben|ich bin|je suis|j'ai|tengo|tenho|soy|sou)\b[^.!?\n]{0,30}?\b(?:1[89]|[2-6]\d) ?(?:years? old|jaar|jahre|ans|años|anos)\b/;
/** …and saying whom she is looking for, within 300 characters (a partner, not a job or a business partner). */
const SEEK = /\b(?:looking for|searching for|zoek|zoekt|suche|cherche|busco|procuro)\b[^.!?\n]{0,30}?\b(?:man|men|woman|women|lover|boyfriend|girlfriend|mann|homme|femme|hombre|mujer|homem|mulher|vriend|vriendin)\b/;
/** Cheap test first: the verbs of {@link SEEK} (rarer in mail than an age). */
const SEEK_GATE = /looking for|searching for|zoek|suche|cherche|busco|procuro/;

/**
 * The opening of a dating profile: the writer's age, then whom she is looking for (`Ik ben
 * Jasmijn, 21 jaar … Momenteel zoek ik een leuke man`), in the subject or the body. Either alone is
 * ordinary (a job application gives an age; a team is "looking for a man or woman" to hire).
 */
function selfIntroduction(ctx: CheckContext): Hit<{ where: 'subject' | 'body'; phrase: string }>[] {
  const { subject, body } = ctx.readingText;
  for (const [where, text] of [['subject', subject], ['body', body]] as const) {
    if (!SEEK_GATE.test(text)) continue;
    const age = AGE.exec(text);
    if (!age) continue;
    const rest = text.slice(age.index, age.index + 300);
    const seek = SEEK.exec(rest);
    if (!seek) continue;
    const phrase = `${age[0]} … ${seek[0]}`;
    const shown = rest.slice(0, seek.index + seek[0].length);
    const evidence = where === 'subject' ? headerEvidence('Subject', ctx.subject, age[0]) : { kind: 'body' as const, label: 'text', value: shown, highlight: age[0] };
    return [hit({ where, phrase }, [evidence])];
  }
  return [];
}

export const datingLure = defineCheck({
  id: 'social-engineering/dating-lure',
  category: 'social-engineering',
  severity: 'warn',
  weight: 10,
  needs: ['headers'],
  run(ctx) {
    const from = ctx.author;
    // phraseFinding skips these too; the profile's opening is read only after it found nothing
    if ((from && ctx.isAllowedSender(from.address || from.name)) || isDeliveryReport(ctx)) return [];
    const found = phraseFinding(ctx, DATING_LURE_ANY);
    return found.length ? found : selfIntroduction(ctx);
  },
});
