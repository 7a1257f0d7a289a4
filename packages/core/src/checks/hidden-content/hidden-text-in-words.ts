/**
 * Text that is never displayed sits inside words: `B<span style="display:none">{numero}{4}</span>ankmail`,
 * `acc<b style="font-size:0">YI1H6</b>ount`. The reader sees ordinary words; a spam filter reads
 * other ones ("hidden text salting"), and a template fills the hidden part with a new random code
 * for every copy so that no two copies look alike.
 *
 * Spec: CSS 2.1 §9.2.4 (`display: none`), §11.2 (`visibility: hidden`), CSS Fonts 3 §3.5
 *   (`font-size: 0`), CSS Color 3 §3.2 (`opacity: 0`); what counts is read by
 *   `text/hidden-in-word.ts` (the visible text leaves these runs out, so the other checks read
 *   "Banco"), and a mail needs two or more.
 * False positives: none measured (no legitimate, bounce or Japanese mail in the shared corpora has
 *   one; 22 `phish-dev` mails and 2 Japanese phishing mails have 4 to 133 each). A hidden
 *   preheader or an Outlook-only block (`display:none; mso-hide:all`) stands between words or
 *   paragraphs, not inside a word.
 * Weight rationale: 25, as `pushed-out-of-view`: a deception with no use in real mail, but about
 *   the filter rather than the reader: `caution` alone, `suspicious` with one more sign.
 */
import type { HiddenContentParams } from '../../model/params/hidden-content.js';
import { hiddenInWordAt } from '../../text/hidden-in-word.js';
import { neutralize } from '../../text/normalize.js';
import { defineCheck, hit } from '../define-check.js';

type P = HiddenContentParams['hidden-content/hidden-text-in-words'];

/** HTML read at most: salting serves the text a filter reads first (all 24 corpus mails show it in the first 32 KB). */
const HTML_READ_MAX = 32_000;
/** Occurrences needed: one could be a template's slip, a pattern is a method. */
const MIN_COUNT = 2;

/**
 * The hidden runs inside words of `html`, each with a little of the word around it. Every `<` is
 * asked, but only one right after a letter or digit and starting an inline element's name is read
 * further (a handful per mail): ~14 ms over the first 32 KB of each HTML body of the phishing
 * corpus, where a search for the hiding declarations took ~45 ms.
 */
export function hiddenInWords(html: string): { hidden: string; before: string; after: string }[] {
  const source = html.length > HTML_READ_MAX ? html.slice(0, HTML_READ_MAX) : html;
  const out: { hidden: string; before: string; after: string }[] = [];
  for (let lt = source.indexOf('<', 1); lt >= 0; lt = source.indexOf('<', lt + 1)) {
    const run = hiddenInWordAt(source, lt);
    if (!run) continue;
    out.push({ hidden: run.text, before: wordTail(source, lt), after: wordHead(source, run.end) });
    if (out.length >= 100) break;
    lt = run.end - 1;
  }
  return out;
}

/** Up to 12 letters or digits just before `at` (the visible start of the word). */
function wordTail(s: string, at: number): string {
  const m = /[\p{L}\p{N}]{1,12}$/u.exec(s.slice(Math.max(0, at - 12), at));
  return m ? m[0] : '';
}

/** Up to 12 letters or digits from `at` (the visible end of the word). */
function wordHead(s: string, at: number): string {
  const m = /^[\p{L}\p{N}]{1,12}/u.exec(s.slice(at, at + 12));
  return m ? m[0] : '';
}

export const hiddenTextInWords = defineCheck({
  id: 'hidden-content/hidden-text-in-words',
  category: 'hidden-content',
  severity: 'warn',
  weight: 25,
  needs: ['body'],
  run(ctx) {
    const html = ctx.input.bodies?.html;
    if (!html) return [];
    const found = hiddenInWords(html);
    if (found.length < MIN_COUNT) return [];
    const first = found[0] as (typeof found)[number];
    const hidden = neutralize(first.hidden.trim(), 40);
    const word = `${neutralize(first.before, 12)}${hidden}${neutralize(first.after, 12)}`;
    return [hit<P>({ hidden, count: found.length }, [{ kind: 'body', label: 'HTML text', value: word, highlight: hidden }])];
  },
});
