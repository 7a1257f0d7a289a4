/**
 * Letters from other alphabets that look like Latin ones, in the display name or subject:
 * `Ρⅼеаѕе Սрⅾаtе` (Greek, Cyrillic, Armenian, Roman numerals) reads as "Please Update" to a person
 * but not to a filter. A word is flagged when it mixes scripts beyond what UTS #39 allows, or is
 * written wholly in lookalikes, and its skeleton is plain Latin.
 *
 * Spec: UTS #39 §4 (confusable detection, skeletons) and §5.2 (restriction levels).
 * False positives: genuine Russian or Greek text is a single script and its skeleton is not
 * Latin (a short word that happens to look Latin, `Ваше`, is not flagged when other words of the
 * text are plainly Russian); Japanese mixes Latin, Han and kana, which UTS #39 allows (highly restrictive).
 * Weight rationale: no legitimate sender disguises Latin words with other alphabets; suspicious alone.
 */
import { skeleton, hasConfusableChar } from '../../domain/confusables.js';
import { restrictionLevel, scriptsOf } from '../../domain/idn.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * True when the text holds a word of another alphabet that cannot pass for Latin (`сообщение`):
 * genuine Russian or Greek, whose short words (`Ваше`) may happen to look Latin.
 */
function hasGenuineForeignWord(text: string): boolean {
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (word.length < 3 || /^[\x00-\x7f]*$/.test(word)) continue;
    const scripts = scriptsOf(word);
    if (scripts.includes('Latin') || !scripts.some((s) => s === 'Cyrillic' || s === 'Greek' || s === 'Armenian')) continue;
    if (!/^[a-z0-9]+$/.test(skeleton(word))) return true;
  }
  return false;
}

function disguised(text: string): { word: string; looksLike: string; scripts: string } | null {
  // A word written wholly in lookalikes counts only in Latin text (not in genuine Russian or Greek,
  // also when a Russian subject carries a Latin tail such as "Mail failure").
  const head = text.slice(0, 500);
  const latinText = /[a-zA-Z]{2}/.test(head) && !hasGenuineForeignWord(head);
  for (const m of head.matchAll(WORD)) {
    const word = m[0];
    if (word.length < 3 || /^[\x00-\x7f]*$/.test(word) || !hasConfusableChar(word)) continue;
    const sk = skeleton(word);
    if (!/^[a-z0-9]+$/.test(sk)) continue;
    const level = restrictionLevel(word);
    const scripts = scriptsOf(word);
    const mixed = level === 'minimally-restrictive' || level === 'moderately-restrictive';
    const wholeScript = latinText && word.length >= 4 && level === 'single-script' && !scripts.includes('Latin');
    if (mixed || wholeScript) return { word, looksLike: sk, scripts: scripts.join('+') };
  }
  return null;
}

export const confusableCharacters = defineCheck({
  id: 'header-anomaly/confusable-characters',
  category: 'header-anomaly',
  severity: 'danger',
  weight: 35,
  needs: ['headers'],
  run(ctx) {
    const places: ['display-name' | 'subject', string, string][] = [
      ['display-name', ctx.author?.name ?? '', 'From'],
      ['subject', ctx.subject, 'Subject'],
    ];
    for (const [where, text, label] of places) {
      const d = disguised(text);
      if (d) return [hit({ where, text: d.word, looksLike: d.looksLike, scripts: d.scripts }, [headerEvidence(label, text, d.word)])];
    }
    return [];
  },
});
