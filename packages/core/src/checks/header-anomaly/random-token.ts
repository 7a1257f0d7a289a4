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
 * Also a short code padded onto the sender name with dots (`"Jouw Cadeaucoach" .WUUNM`,
 *   `Akusoli...CCzt`): 16 phish-dev mails (a Dutch prize and health campaign), 0 of 4,279 ham.
 * Also a code glued onto the end of a word (`Aviso importante - verifiqueXJ34DNLwlN`, a sender name
 *   `GOV-BR - ImportanteIWWbxrzo4g`; `text/random-token.ts` `gluedCode`): 8 phish-dev mails, 0 of
 *   4,279 ham, 0 Japanese or bounce; product names (`WindowsServer2022R2`) do not count.
 * Weight rationale: 10 — just below `caution` alone (12); it adds to the sender and link evidence.
 */
import { attachmentEvidence } from '../../attachment/evidence.js';
import type { FileNameInfo } from '../../attachment/file-name.js';
import { walkAttachments } from '../../attachment/inspect.js';
import type { HeaderAnomalyParams } from '../../model/params/header-anomaly.js';
import { isFreemail } from '../../domain/lists.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { gluedCode, isRandomLocalPart, isRandomToken } from '../../text/random-token.js';
import { inSubjectOrName } from './shared.js';

type P = HeaderAnomalyParams['header-anomaly/random-token'];

const TOKEN = /[A-Za-z0-9]{8,40}/g;

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

/**
 * A short code padded onto the end of a sender name with dots (`"Jouw Cadeaucoach" .WUUNM`,
 * `Akusoli...CCzt`, `Team .....MZ122`): the same per-copy stamp, kept apart from the name so that
 * the name still reads. Only a code counts, not a word: letters with digits, capitals inside the
 * token, or four or more capitals (`Tesco .ie`, `Studio .NET`, `Wait...again` do not count).
 */
export function paddedCode(name: string): string | null {
  const t = name.trim();
  let start = t.length;
  while (start > 0 && /[A-Za-z0-9]/.test(t.charAt(start - 1))) start--;
  const code = t.slice(start);
  if (code.length < 3 || code.length > 12 || /^[A-Z]?[a-z]+$|^[0-9]+$|^[A-Z]{1,3}$/.test(code)) return null;
  // Before the code: spaces, then two or more dots, or one dot after a space (`Name .CODE`).
  let i = start;
  while (i > 0 && /\s/.test(t.charAt(i - 1))) i--;
  let dots = 0;
  while (i > 0 && t.charAt(i - 1) === '.') {
    i--;
    dots++;
  }
  return dots >= 2 || (dots === 1 && (i === 0 || /\s/.test(t.charAt(i - 1)))) ? code : null;
}

function findToken(text: string): string | null {
  for (const m of text.matchAll(TOKEN)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    // part of a longer run (URL, base64 blob, address): not a stamped code on its own
    if ((before && /[/=+@._-]/.test(before)) || (after && /[/=+@._-]/.test(after))) continue;
    if (isRandomToken(m[0])) return m[0];
    const glued = gluedCode(m[0]);
    if (glued) return glued;
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
    const code = from?.name ? paddedCode(from.name) : null;
    if (from && code) return [hit<P>({ where: 'display-name', token: code, padded: true }, [headerEvidence('From', from.raw, code)])];
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
