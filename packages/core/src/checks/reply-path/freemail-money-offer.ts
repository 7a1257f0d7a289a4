/**
 * A free mailbox promises money (`…@gmail.com`: `a business proposal of US$18.5 million`, `the
 * inheritance funds of my late client`, `+27165$ on your balance`): whoever really pays out a
 * prize, an inheritance, compensation or a balance writes from its own domain, and the answers
 * this mail asks for go to a private mailbox anyone can open. The advance-fee pattern when the
 * sending account collects the answers itself; `reply-path/freemail-reply-to` covers the mails
 * whose Reply-To names another free mailbox, and this check then stays silent.
 *
 * Spec: none in the field notes; SpamAssassin's FREEMAIL_FROM combined with its advance-fee
 *   (`ADVANCE_FEE_*`) rules is the same idea.
 * False positives: a person writing about money from a private mailbox (a friend's lottery win, a
 *   relative's inheritance). Mail a list manager re-sent (an unsubscribe header alone does not
 *   count: bulk senders all add one), delivery reports, forwards (a victim sending the scam on
 *   from a private mailbox), allow-listed senders and mail without a money promise are skipped.
 *   Measured: 38 `phish-dev` mails, 0 of 4,279 `ham/`, 0 bounce or Japanese mail.
 * Weight rationale: 15 — `caution` with the money promise's own 10 points (the wording never
 *   decides); one more sign about the sender (a spam rating, a stamped code) makes it
 *   `suspicious`.
 */
import { isFreemail } from '../../domain/lists.js';
import { looksForwarded } from '../../forward/forwarded-block.js';
import type { ReplyPathParams } from '../../model/params/reply-path.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { isDeliveryReport } from '../delivery-report.js';
import { MONEY_LURE_ANY } from '../social-engineering/money-lure.js';
import { findPhrase } from '../social-engineering/shared.js';
import { freemailReplyAddress } from './freemail-reply-to.js';

type P = ReplyPathParams['reply-path/freemail-money-offer'];

export const freemailMoneyOffer = defineCheck({
  id: 'reply-path/freemail-money-offer',
  category: 'reply-path',
  severity: 'warn',
  weight: 15,
  needs: ['headers'],
  run(ctx) {
    const from = ctx.author;
    if (!from?.domain || !isFreemail(from.domain)) return [];
    if (ctx.resentByList || ctx.isAllowedSender(from.address) || isDeliveryReport(ctx)) return [];
    const money = findPhrase(ctx, MONEY_LURE_ANY);
    if (!money) return [];
    if (freemailReplyAddress(ctx) || looksForwarded(ctx.subject, ctx.bodyText)) return [];
    return [hit<P>({ fromAddress: from.address, fromDomain: from.domain, moneyPhrase: money.phrase }, [headerEvidence('From', from.raw, from.domain), ...money.evidence])];
  },
});
