/**
 * Replies go to a free mailbox that is not the sender: a company's From address asks for replies
 * to `…@gmail.com` (`company`), or one free mailbox sends and another one, at another provider or
 * under another name, collects the answers (`other-mailbox`: the advance-fee pattern — the sending
 * account is disposable, the reply box is the scammer's).
 *
 * Spec: RFC 5322 §3.6.2; rspamd FREEMAIL_REPLYTO_NEQ_FROM_DOM (3.0); SpamAssassin
 *   FREEMAIL_FORGED_REPLYTO (1.2–2.5).
 * False positives: small businesses that really use freemail for replies; people who answer from
 *   a second private address (a mailbox name containing the other, or sharing its first five
 *   letters, is excused); list mail (skipped when a list manager re-sent it: the Reply-To is then
 *   the poster's own; an unsubscribe header alone does not count, bulk senders all add one).
 * Weight rationale: stronger than a plain reply-to mismatch; a caution alone. 25 when the text also
 *   promises money (`social-engineering/money-lure`'s phrases: a lottery win, an inheritance, a
 *   compensation fund): the advance-fee pattern itself — the payer named in the mail never collects
 *   answers in a free mailbox — so that, with the money lure, it reaches `suspicious`.
 */
import type { CheckContext } from '../../model/check.js';
import type { Mailbox } from '../../parse/address.js';
import { isFreemail } from '../../domain/lists.js';
import { sameOrganization } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { findPhrase } from '../social-engineering/shared.js';
import { MONEY_LURE_ANY } from '../social-engineering/money-lure.js';

/** Mailbox name without case and separators: `Taro.Private` → `taroprivate`. */
export function localName(address: string): string {
  return address.slice(0, address.lastIndexOf('@')).toLowerCase().replace(/[._+-]/g, '');
}

/** `taro` and `taroprivate`, or `hanako.sato` and `hanakos`: one person's second mailbox. */
export function samePerson(a: string, b: string): boolean {
  if (a === b || a.includes(b) || b.includes(a)) return true;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i >= 5;
}

/**
 * The Reply-To this check reports, and its kind, or null: a free mailbox outside the sender's
 * organisation (`company`), or, from a free mailbox, another free mailbox of someone else
 * (`other-mailbox`). Also read by `reply-path/freemail-money-offer`, which covers the rest.
 */
export function freemailReplyAddress(ctx: CheckContext): { kind: 'company' | 'other-mailbox'; replyTo: Mailbox } | null {
  const from = ctx.author;
  if (!from?.domain) return null;
  if (!isFreemail(from.domain)) {
    const rt = ctx.replyTo.find((r) => r.domain && isFreemail(r.domain) && !sameOrganization(r.domain, from.domain));
    return rt ? { kind: 'company', replyTo: rt } : null;
  }
  const own = localName(from.address);
  const rt = ctx.replyTo.find(
    (r) => r.domain && isFreemail(r.domain) && !samePerson(localName(r.address), own) && !ctx.to.some((t) => t.address.toLowerCase() === r.address.toLowerCase()),
  );
  return rt ? { kind: 'other-mailbox', replyTo: rt } : null;
}

export const freemailReplyTo = defineCheck({
  id: 'reply-path/freemail-reply-to',
  category: 'reply-path',
  severity: 'warn',
  weight: 15,
  needs: ['headers'],
  run(ctx) {
    const from = ctx.author;
    if (!from?.domain || ctx.resentByList || ctx.isAllowedSender(from.address)) return [];
    const found = freemailReplyAddress(ctx);
    if (!found) return [];
    const { kind, replyTo: rt } = found;
    const evidence = [headerEvidence('Reply-To', rt.raw, rt.domain), headerEvidence('From', from.raw, from.domain)];
    const money = findPhrase(ctx, MONEY_LURE_ANY);
    if (!money) return [hit({ replyTo: rt.address, fromDomain: from.domain, fromAddress: from.address, kind }, evidence)];
    return [hit({ replyTo: rt.address, fromDomain: from.domain, fromAddress: from.address, kind, moneyPhrase: money.phrase }, [...evidence, ...money.evidence], { weight: 25 })];
  },
});
