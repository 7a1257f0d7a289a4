/**
 * Letters from other alphabets that look like Latin ones, in the display name, the subject or the
 * opening of the text: `Ρⅼеаѕе Սрⅾаtе` (Greek, Cyrillic, Armenian, Roman numerals), `ᑕᒪOᑌᗪ`
 * (Canadian syllabics), `ꓮmazon` (Lisu) read as "Please Update", "CLOUD", "Amazon" to a person but
 * not to a filter. The finding names the word, how it reads and the alphabets it is written in. A word is flagged when it mixes scripts beyond
 * what UTS #39 allows, or is written wholly in lookalikes, and its skeleton is plain Latin. In the
 * text, where a stray foreign name is likelier, two such words are needed.
 *
 * Spec: UTS #39 §4 (confusable detection, skeletons) and §5.2 (restriction levels).
 * False positives: genuine Russian or Greek text is a single script and its skeleton is not
 * Latin (a short word that happens to look Latin, `Ваше`, is not flagged when other words of the
 * text are plainly Russian); Japanese mixes Latin, Han and kana, which UTS #39 allows (highly restrictive).
 * Weight rationale: no legitimate sender disguises Latin words with other alphabets; suspicious alone.
 */
import { latinReading, skeleton, hasConfusableChar } from '../../domain/confusables.js';
import { restrictionLevel, scriptsOf } from '../../domain/idn.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

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

/** Where the text is read: its letterhead and first paragraphs. */
const TEXT_HEAD = 2000;
/** Greek, Cyrillic, Armenian, Cherokee, Canadian syllabics, small capitals, Roman numerals, Lisu: a cheap gate before the word scan of the text. */
const LOOKALIKE_BLOCKS = /[\u0370-\u058f\u13a0-\u167f\u1d00-\u1d7f\u2160-\u217f\ua4d0-\ua4ff\uab70-\uabbf]/;

/** The alphabets lookalike letters come from, as the catalogs name them; anything else is `Other`. */
const NAMED_SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Canadian_Aboriginal', /\p{Script=Canadian_Aboriginal}/u],
  ['Lisu', /\p{Script=Lisu}/u],
  ['Tai_Le', /\p{Script=Tai_Le}/u],
];

/** The scripts of a disguised word joined by `+`, Latin last (`Cyrillic+Latin`, `Greek+Roman_Numerals+Cyrillic`, `Canadian_Aboriginal`). */
function lookalikeScripts(word: string): string {
  const found = new Set<string>();
  for (const ch of word) {
    if (/[\u2160-\u2188]/.test(ch)) found.add('Roman_Numerals');
    else if (/\p{L}/u.test(ch)) found.add(NAMED_SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'Other');
  }
  const latin = found.delete('Latin');
  return [...found, ...(latin ? ['Latin'] : [])].join('+');
}

function disguised(text: string, length = 500, wanted = 1): { word: string; looksLike: string; scripts: string } | null {
  // A word written wholly in lookalikes counts only in Latin text (not in genuine Russian or Greek,
  // also when a Russian subject carries a Latin tail such as "Mail failure").
  const head = text.slice(0, length);
  // Every ASCII word is skipped below: an all-ASCII head has nothing to find (most mail).
  if (!NON_ASCII.test(head)) return null;
  let first: { word: string; looksLike: string; scripts: string } | null = null;
  let found = 0;
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
    if (!mixed && !wholeScript) continue;
    first ??= { word, looksLike: latinReading(word), scripts: lookalikeScripts(word) };
    if (++found >= wanted) return first;
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
    const body = ctx.bodyText;
    const d = body && LOOKALIKE_BLOCKS.test(body.slice(0, TEXT_HEAD)) ? disguised(body, TEXT_HEAD, 2) : null;
    if (d) {
      const at = body.indexOf(d.word);
      const value = body.slice(Math.max(0, at - 40), at + d.word.length + 60).replace(/\s+/g, ' ').trim();
      return [hit({ where: 'text', text: d.word, looksLike: d.looksLike, scripts: d.scripts }, [{ kind: 'body', label: 'text', value, highlight: d.word }])];
    }
    return [];
  },
});
