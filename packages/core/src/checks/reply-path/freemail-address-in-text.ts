/**
 * The text asks the reader to write to a free mailbox that is neither the sender nor the reader
 * (`kindly respond to this email … Email: mr.siantjia@outlook.com`). The From address is a
 * borrowed or hijacked account that will not see the answers; the free mailbox is the scammer's.
 * The same move as a Reply-To at a free mailbox (`reply-path/freemail-reply-to`), written into
 * the text where no header check looks.
 *
 * Spec: none in the field notes; the advance-fee letters' "reply to my private email".
 * False positives: a small business that gives its free mailbox as contact while sending from a
 *   mail service (rare: those usually send from the free mailbox itself, which is excused); replies,
 *   forwards, list mail and delivery reports (they quote other people's addresses) are skipped, and
 *   a second mailbox of the sender (a mailbox name containing the other, or sharing its first five
 *   letters) is excused. The address must follow a request to write (`contact`, `reply`, `respond`,
 *   `write`, `escreva`, `連絡`…) within 120 characters — the word "email" alone is a label, not a
 *   request — and an address described as where the mail was sent (`This email was sent to …`,
 *   `Sent by …`) does not count.
 *   Measured: 10 `phish-dev` mails (2 of them show the corpus's anonymised recipient, which a real
 *   To header would excuse), 0 of 4,279 `ham/`, 0 bounce (skipped as reports) or Japanese mail.
 * Weight rationale: 10, below the header form (15): text is easier to misread than a header.
 */
import type { ReplyPathParams } from '../../model/params/reply-path.js';
import { isFreemail } from '../../domain/lists.js';
import { orgDomain } from '../../domain/registrable.js';
import { looksForwarded } from '../../forward/forwarded-block.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { isDeliveryReport } from '../delivery-report.js';
import { isReply } from '../reply.js';
import { localName, samePerson } from './freemail-reply-to.js';

type P = ReplyPathParams['reply-path/freemail-address-in-text'];

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

/**
 * The addresses of the text, read around each `@` by hand (one pass, no backtracking): up to 64
 * mailbox characters before it, up to 253 domain characters after it, dots trimmed at both ends,
 * and a dot inside the domain. At most `max` addresses.
 */
function addressesIn(text: string, max: number): { at: number; address: string }[] {
  const out: { at: number; address: string }[] = [];
  for (let i = text.indexOf('@'); i >= 0 && out.length < max; i = text.indexOf('@', i + 1)) {
    let s = i;
    while (s > 0 && i - s < 64 && LOCAL_CHAR.test(text.charAt(s - 1))) s--;
    while (s < i && text.charAt(s) === '.') s++;
    let e = i + 1;
    while (e < text.length && e - i <= 253 && DOMAIN_CHAR.test(text.charAt(e))) e++;
    while (e > i + 1 && text.charAt(e - 1) === '.') e--;
    const domain = text.slice(i + 1, e);
    if (s < i && domain.includes('.') && !domain.startsWith('.')) out.push({ at: s, address: text.slice(s, e) });
  }
  return out;
}

/** A request to write (en, pt, es, fr, de, ja), looked for in the 120 characters before the address. */
const ASK = /\b(?:contact|write|reply|respond|reach|get in touch|send (?:it|them|your|me|us)|escreva|responda|(?:entre|entrar) em contato|contat[ea]|contacte|escr[ií]b[ae]|kontaktier|schreib|antwort|écrivez|répondez|contactez)|連絡|返信|お問い合わせ/i;

/**
 * The address names the reader or the sender, not where to write: `This email was sent to …`,
 * `Sent by … powered by`, `EMAIL CADASTRADO`, `Diese E-Mail wurde gesendet an:` (40 characters before it).
 */
const NOT_ASKED = /\b(?:sent (?:to|by)|was sent|delivered to|gesendet an|enviad[oa] (?:para|por|da|a)|cadastrad[oa]|registered|envoyé à|addressed to|intended for)\b/i;

export const freemailAddressInText = defineCheck({
  id: 'reply-path/freemail-address-in-text',
  category: 'reply-path',
  severity: 'warn',
  weight: 10,
  needs: ['headers', 'body'],
  run(ctx) {
    const from = ctx.author;
    if (!from?.domain || ctx.mailingList || ctx.isAllowedSender(from.address) || isReply(ctx) || isDeliveryReport(ctx)) return [];
    const text = ctx.bodyText;
    if (!text.includes('@') || looksForwarded(ctx.subject, text)) return [];
    const known = [from, ...ctx.sender, ...ctx.replyTo, ...ctx.to, ...ctx.cc].map((m) => m.address.toLowerCase());
    if (ctx.recipient?.address) known.push(ctx.recipient.address.toLowerCase());
    const own = localName(from.address);
    for (const { at, address: written } of addressesIn(text, 20)) {
      const address = written.toLowerCase();
      const domain = address.slice(address.indexOf('@') + 1);
      if (!isFreemail(orgDomain(domain)) || known.includes(address) || samePerson(localName(address), own)) continue;
      if (!ASK.test(text.slice(Math.max(0, at - 120), at)) || NOT_ASKED.test(text.slice(Math.max(0, at - 40), at))) continue;
      const value = text.slice(Math.max(0, at - 60), at + written.length + 20).trim();
      return [hit<P>({ address, fromAddress: from.address }, [{ kind: 'body', label: 'text', value, highlight: written }, headerEvidence('From', from.raw, from.domain)])];
    }
    return [];
  },
});
