/**
 * Replies go to another organisation than the sender's: Reply-To's registrable domain differs
 * from From's. A classic of business-email compromise and "reply to confirm" phishing.
 *
 * Spec: RFC 5322 §3.6.2 (Reply-To); rspamd SPOOF_REPLYTO / REPLYTO_DOM_NEQ_FROM_DOM.
 * False positives: mailing lists (Reply-To the list or the poster: skipped when List-* headers are
 * present), ESP/helpdesk setups (support desk at a SaaS domain: ESP list), freemail is its own check.
 * Weight rationale: weak alone (many newsletters reply to another domain); adds to other evidence.
 */
import { isEspDomain, isFreemail } from '../../domain/lists.js';
import { orgDomain, sameOrganization } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

export const replyToOtherOrganization = defineCheck({
  id: 'reply-path/reply-to-other-organization',
  category: 'reply-path',
  severity: 'warn',
  weight: 8,
  needs: ['headers'],
  run(ctx) {
    const from = ctx.author;
    if (!from?.domain || ctx.mailingList || ctx.isAllowedSender(from.address)) return [];
    for (const rt of ctx.replyTo) {
      if (!rt.domain || sameOrganization(rt.domain, from.domain)) continue;
      if (isFreemail(rt.domain) || isEspDomain(rt.domain)) continue; // freemail: its own check
      if (ctx.to.some((t) => t.address === rt.address) || ctx.cc.some((t) => t.address === rt.address)) continue;
      return [
        hit({ replyTo: rt.address, fromDomain: from.domain, replyDomain: orgDomain(rt.domain) }, [
          headerEvidence('Reply-To', rt.raw, rt.domain),
          headerEvidence('From', from.raw, from.domain),
        ]),
      ];
    }
    return [];
  },
});
