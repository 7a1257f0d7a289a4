/**
 * A company's From address asks for replies to a free mailbox (`Reply-To: …@gmail.com` on mail from
 * a bank or shop domain): the reply goes to whoever opened that mailbox.
 *
 * Spec: RFC 5322 §3.6.2; rspamd FREEMAIL_REPLYTO_NEQ_FROM_DOM (3.0).
 * False positives: small businesses that really use freemail for replies; list mail (skipped).
 * Weight rationale: stronger than a plain reply-to mismatch; a caution alone.
 */
import { isFreemail } from '../../domain/lists.js';
import { sameOrganization } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

export const freemailReplyTo = defineCheck({
  id: 'reply-path/freemail-reply-to',
  category: 'reply-path',
  severity: 'warn',
  weight: 15,
  needs: ['headers'],
  run(ctx) {
    const from = ctx.author;
    if (!from?.domain || ctx.mailingList || isFreemail(from.domain) || ctx.isAllowedSender(from.address)) return [];
    const rt = ctx.replyTo.find((r) => r.domain && isFreemail(r.domain) && !sameOrganization(r.domain, from.domain));
    if (!rt) return [];
    return [hit({ replyTo: rt.address, fromDomain: from.domain }, [headerEvidence('Reply-To', rt.raw, rt.domain), headerEvidence('From', from.raw, from.domain)])];
  },
});
