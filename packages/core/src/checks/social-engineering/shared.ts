/**
 * Phrase search shared by the `social-engineering` checks: the subject first, then the opening of
 * the visible body text, both as `ctx.readingText` folds them (NFKC, lower case, invisibles
 * removed, spaces between Japanese characters dropped) so that full-width, zero-width-split,
 * space-split and mixed-case spellings match the same patterns.
 */
import type { CheckContext } from '../../model/check.js';
import type { Evidence } from '../../model/finding.js';
import { headerEvidence, hit, type Hit } from '../define-check.js';
import { isDeliveryReport } from '../delivery-report.js';

/**
 * One expression that matches wherever any of `patterns` does (each is linear and checked by the
 * ReDoS test; the text is scanned once instead of once per pattern).
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
}

/** Gates registered with {@link gated}, by the expression they guard. */
const GATES = new WeakMap<RegExp, RegExp>();

/**
 * Registers `gate`, a cheap expression that matches somewhere in every text in which `pattern`
 * matches (each alternative of `pattern` contains a piece of the gate). `findPhrase` runs `pattern`
 * only on texts the gate matches: most mail has none of the pieces, and the gate is scanned about
 * twice as fast as the large alternation. The result is the same as without the gate (tested
 * against the ungated expression in `test/perf-paths/phrase-gate.test.ts`).
 */
export function gated(pattern: RegExp, gate: RegExp): RegExp {
  GATES.set(pattern, gate);
  return pattern;
}

/** `pattern.exec(text)`, skipped when the pattern's gate (if any) does not match. */
function execGated(pattern: RegExp, gate: RegExp | undefined, text: string): RegExpExecArray | null {
  return gate && !gate.test(text) ? null : pattern.exec(text);
}

export interface PhraseHit {
  readonly where: 'subject' | 'body';
  readonly phrase: string;
  readonly evidence: readonly Evidence[];
}

/** Up to `radius` characters either side of the match, on word boundaries where possible. */
function excerpt(text: string, at: number, length: number, radius = 60): string {
  const s = Math.max(0, at - radius);
  const e = Math.min(text.length, at + length + radius);
  return `${s > 0 ? '…' : ''}${text.slice(s, e).trim()}${e < text.length ? '…' : ''}`;
}


const LETTER = /\p{L}/u;

/** The match, completed to the end of its last word (`bloquead` → `bloqueado`), at most 24 letters more. */
function wholeWords(text: string, m: RegExpExecArray): string {
  let end = m.index + m[0].length;
  const stop = Math.min(text.length, end + 24);
  if (end > 0 && LETTER.test(text[end - 1] as string) && /[a-zà-ÿ]/.test(text[end - 1] as string)) {
    while (end < stop && LETTER.test(text[end] as string) && /[a-zà-ÿ]/.test(text[end] as string)) end++;
  }
  return text.slice(m.index, end);
}

/**
 * Answers of `findPhrase` per message and pattern: `money-lure`, `freemail-reply-to` and
 * `freemail-money-offer` all ask for the money lure of the same mail, which is searched once.
 */
const PHRASE_MEMO = new WeakMap<CheckContext, Map<RegExp, PhraseHit | null>>();

/**
 * The first match in the folded subject, else in the folded opening of the body; null when none,
 * and for delivery reports (they quote other mail and describe other mailboxes: "mailbox full").
 */
export function findPhrase(ctx: CheckContext, pattern: RegExp): PhraseHit | null {
  let memo = PHRASE_MEMO.get(ctx);
  if (!memo) {
    memo = new Map();
    PHRASE_MEMO.set(ctx, memo);
  }
  const known = memo.get(pattern);
  if (known !== undefined) return known;
  const found = searchPhrase(ctx, pattern);
  memo.set(pattern, found);
  return found;
}

function searchPhrase(ctx: CheckContext, pattern: RegExp): PhraseHit | null {
  if (isDeliveryReport(ctx)) return null;
  const { subject, body } = ctx.readingText;
  const gate = GATES.get(pattern);
  const s = execGated(pattern, gate, subject);
  if (s) {
    const phrase = wholeWords(subject, s);
    return { where: 'subject', phrase, evidence: [headerEvidence('Subject', ctx.subject, phrase)] };
  }
  const m = body ? execGated(pattern, gate, body) : null;
  if (!m) return null;
  const phrase = wholeWords(body, m);
  return { where: 'body', phrase, evidence: [{ kind: 'body', label: 'text', value: excerpt(body, m.index, phrase.length), highlight: phrase }] };
}

/** The whole `run` of a phrase check: allow-listed senders skipped, one finding for the first phrase. */
export function phraseFinding(ctx: CheckContext, pattern: RegExp): Hit<{ where: 'subject' | 'body'; phrase: string }>[] {
  const from = ctx.author;
  if (from && ctx.isAllowedSender(from.address || from.name)) return [];
  const found = findPhrase(ctx, pattern);
  return found ? [hit({ where: found.where, phrase: found.phrase }, found.evidence)] : [];
}
