/**
 * The whole subject is a sentence whose words are joined by dots or underscores instead of
 * spaces — `Now.get.up.to.1.BTC`, `Find_out_how_to_get_your_Reward!`,
 * `Transfer__to__your__Bitcoin__address__0.7495__BTC`. People read it as a sentence; keyword
 * filters see one unknown word, which is the point.
 *
 * Spec: none in the field notes; the ASCII counterpart of `styled-letters`.
 * False positives: identifiers and file names (`arm_smmu_find_sme`, `Q3_sales_report.xlsx`).
 *   Only a subject without any space counts, split at dots and underscores into at least three
 *   words of letters, one of them an everyday English function word (`to`, `your`, `how`…) that
 *   identifiers rarely hold; a subject ending in a file extension is a file name, one that is a
 *   host name under a real top-level domain is a host name. Measured: 8
 *   phish-dev mails, 0 of 4,279 legitimate, 0 Japanese (developers' subjects with identifiers
 *   always hold spaces too).
 * Weight rationale: 20, as `styled-letters` — an evasion trick with no business use, `caution`
 *   alone and `suspicious` with one more sign.
 */
import { hostParts } from '../../domain/registrable.js';
import type { HeaderAnomalyParams } from '../../model/params/header-anomaly.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

type P = HeaderAnomalyParams['header-anomaly/joined-words'];

/** Everyday English words that sentences hold and identifiers seldom do. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'to', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'up', 'out', 'and', 'or',
  'is', 'are', 'be', 'was', 'get', 'got', 'now', 'here', 'how', 'what', 'you', 'your', "you're", 'our',
  'we', 'my', 'me', 'it', 'this', 'has', 'have', 'just', 'don\'t', 'can', 'will',
]);

/** File extensions after which a joined subject is a file name. */
const FILE_EXTENSION = /\.(?:pdf|docx?|xlsx?|pptx?|csv|txt|zip|7z|rar|gz|tar|jpe?g|png|gif|html?|xml|json|log|md|eml|msg|odt|ods)$/i;

const WORD_CHAR = /[\p{L}\p{N}']/u;

/** The piece without leading and trailing punctuation (`Reward!` → `Reward`), in one linear pass. */
function trimPunctuation(p: string): string {
  let a = 0;
  let b = p.length;
  while (a < b && !WORD_CHAR.test(p[a] as string)) a++;
  while (b > a && !WORD_CHAR.test(p[b - 1] as string)) b--;
  return p.slice(a, b);
}

/** The subject's words when the subject is a sentence joined with dots or underscores, else null. */
export function readJoinedWords(subject: string): { words: string[] } | null {
  const s = subject.trim();
  if (s.length < 8 || s.length > 200 || /\s/.test(s) || FILE_EXTENSION.test(s)) return null;
  if (!s.includes('.') && !s.includes('_')) return null;
  // A host name (`www.get.example.com`) is not a sentence.
  if (/^[A-Za-z0-9.-]+$/.test(s) && hostParts(s).isIcann) return null;
  const pieces = s
    .split(/[._]+/)
    .map(trimPunctuation)
    .filter((p) => p !== '');
  const words = pieces.filter((p) => /^[A-Za-z][A-Za-z']*$/.test(p));
  if (pieces.length < 3 || words.length < 3) return null;
  if (!words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return null;
  return { words: pieces };
}

export const joinedWords = defineCheck({
  id: 'header-anomaly/joined-words',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 20,
  needs: ['headers'],
  run(ctx) {
    const from = ctx.author;
    if (from && ctx.isAllowedSender(from.address || from.name)) return [];
    const r = readJoinedWords(ctx.subject);
    if (!r) return [];
    return [hit<P>({ subject: ctx.subject.trim(), reading: r.words.join(' ') }, [headerEvidence('Subject', ctx.subject, ctx.subject.trim())])];
  },
});
