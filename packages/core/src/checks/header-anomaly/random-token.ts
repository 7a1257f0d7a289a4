/**
 * The subject, display name or sender's mailbox name carries a machine-made random code
 * (`NUBANK AVISO - 8dSHbu0oHKXsxJE`, `<mPmjQSt@…>`): bulk senders stamp every copy differently so
 * that filters cannot match identical subjects or senders. People write words, numbers and ticket
 * ids, not mixed-case noise.
 *
 * Spec: none in the field notes; rspamd and SpamAssassin score random-looking subject and sender
 *   tokens in the same spirit.
 * False positives: opaque ids some systems put in subjects (ticket hashes, base64 bits). Only
 *   tokens of 8–40 letters and digits that mix lower case, upper case and digits with at least
 *   six switches between them count (or long lower-case-and-digit runs, six switches);
 *   hexadecimal ids and words with a number (`Windows10`, `iPhone15Pro`) do not. Allow-listed
 *   senders are skipped.
 * Also a mailbox name built from a name and a serial number (`lina_Joseph_30303@…`, outside free
 *   mailboxes): 120 phish-dev mails, 0 of 4,279 ham, 0 Japanese.
 * Also an attached file named with scrambled-case noise (`tU6zlTWjXr.pdf`, `RxdiTSiQXTNJ.pdf`): the
 *   same per-copy stamping, on the lure document; the mailbox-name rule decides (so `Invoice2024Q3Final`
 *   and other names written in syllables do not count), hexadecimal runs (key ids, hashes) do not
 *   count either: 17 phish-dev mails, 0 of 4,279 ham, 0 Japanese or bounce.
 * Weight rationale: 10 — just below `caution` alone (12); it adds to the sender and link evidence.
 */
import { attachmentEvidence } from '../../attachment/evidence.js';
import type { FileNameInfo } from '../../attachment/file-name.js';
import { walkAttachments } from '../../attachment/inspect.js';
import type { HeaderAnomalyParams } from '../../model/params/header-anomaly.js';
import { isFreemail } from '../../domain/lists.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { inSubjectOrName } from './shared.js';

type P = HeaderAnomalyParams['header-anomaly/random-token'];

const TOKEN = /[A-Za-z0-9]{8,40}/g;

function kind(c: number): number {
  if (c >= 48 && c <= 57) return 0;
  if (c >= 65 && c <= 90) return 1;
  return 2;
}

/**
 * Mixed lower/upper/digit noise with at least six switches between the three classes, or a
 * 12+ character lower-case-and-digit run with six switches that is not hexadecimal
 * (`oo2oyj6dku6kdhekfc84exnta`, but not a commit id).
 */
export function isRandomToken(t: string): boolean {
  let switches = 0;
  let seen = 0;
  let prev = -1;
  for (let i = 0; i < t.length; i++) {
    const k = kind(t.charCodeAt(i));
    seen |= 1 << k;
    if (prev >= 0 && k !== prev) switches++;
    prev = k;
  }
  if (seen === 7) return switches >= 6;
  return seen === 5 && t.length >= 12 && switches >= 6 && !/^[0-9a-f]+$/.test(t);
}

/**
 * A mailbox name of scrambled case (`mPmjQSt`, `DhqXWtgoHnIZCEs`): 7+ letters or digits, no
 * separators, at least four switches between lower and upper case, and lower-case runs of under
 * 2.5 letters on average — names are written in syllables (`JohnMcDonald`: runs 3, 1, 5).
 */
export function isRandomLocalPart(local: string): boolean {
  if (local.length < 7 || local.length > 64 || !/^[A-Za-z0-9]+$/.test(local)) return false;
  let switches = 0;
  let prev = -1;
  let lowerRuns = 0;
  let lowerLetters = 0;
  for (let i = 0; i < local.length; i++) {
    const k = kind(local.charCodeAt(i));
    if (k === 0) continue;
    if (k === 2) {
      lowerLetters++;
      if (prev !== 2) lowerRuns++;
    }
    if (prev >= 0 && k !== prev) switches++;
    prev = k;
  }
  return switches >= 4 && lowerRuns > 0 && lowerLetters / lowerRuns < 2.5;
}

/**
 * A mailbox name made of a name and a serial number joined by underscores (`lina_Joseph_30303`,
 * `Stephens_Leslie_34118`, `NEW_OFFRE_1_89227`): a script creating one sender per batch. Free
 * mailboxes are excluded (people do pick `maria_lopez_1987` there).
 */
const SERIAL_LOCAL = /^[A-Za-z]+(?:_[A-Za-z0-9]+){1,3}_\d{3,6}$/;

export function isSerialLocalPart(local: string, domain: string): boolean {
  return local.length <= 64 && SERIAL_LOCAL.test(local) && !isFreemail(domain);
}

/** An attachment's name without its extension (as `analyzeFileName` splits it), when it is one scrambled-case token (`tU6zlTWjXr`). */
export function randomFileName(name: FileNameInfo): string | null {
  const stem = name.ext ? name.display.slice(0, name.display.lastIndexOf('.')) : name.display;
  if (!/^[A-Za-z0-9]{8,40}$/.test(stem) || /[0-9A-F]{8}|[0-9a-f]{8}/.test(stem)) return null;
  return isRandomLocalPart(stem) ? stem : null;
}

function findToken(text: string): string | null {
  for (const m of text.matchAll(TOKEN)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    // part of a longer run (URL, base64 blob, address): not a stamped code on its own
    if ((before && /[/=+@._-]/.test(before)) || (after && /[/=+@._-]/.test(after))) continue;
    if (isRandomToken(m[0])) return m[0];
  }
  return null;
}

export const randomToken = defineCheck({
  id: 'header-anomaly/random-token',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 10,
  needs: ['headers'],
  run(ctx) {
    const found = inSubjectOrName(ctx, (text) => {
      const token = findToken(text);
      return token ? { token } : null;
    }, (r) => r.token);
    if (found) return found;
    const from = ctx.author;
    const local = from?.address ? from.address.slice(0, from.address.lastIndexOf('@')) : '';
    if (from && isRandomLocalPart(local)) return [hit<P>({ where: 'address', token: local }, [headerEvidence('From', from.raw, local)])];
    if (from?.domain && isSerialLocalPart(local, from.domain)) {
      return [hit<P>({ where: 'address', token: local, serial: true }, [headerEvidence('From', from.raw, local)])];
    }
    for (const w of walkAttachments(ctx.attachments)) {
      // attached messages are named after their Subject by the parser, not by the sender
      if (w.info.contentType === 'message/rfc822') continue;
      const token = randomFileName(w.inspection.name);
      if (token) return [hit<P>({ where: 'attachment', token }, [attachmentEvidence(w, { highlight: token })])];
    }
    return [];
  },
});
