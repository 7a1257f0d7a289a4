/**
 * A Sender header at another organisation than From: the mail was sent by one party "on behalf
 * of" another (espoofer client A3). Outlook shows "X on behalf of Y"; most clients show only From.
 *
 * Spec: RFC 5322 §3.6.2.
 * False positives: mailing lists and ESPs set Sender to their own address (skipped: List-* headers,
 * ESP domains); secretaries sending for executives inside one organisation (same organisation).
 * A Sender mailbox of scrambled-case noise (`aIuxWiN@…`, the `header-anomaly/random-token` rule for
 *   mailbox names) is a throwaway identity made up for the mailing, not a person or a service
 *   sending for someone: 8 phish-dev mails, 0 of 4,279 ham (whose 10 such mails are list owners).
 * Weight rationale: informational-to-weak (6); explains who really sent it. 12 for a scrambled
 *   Sender mailbox.
 */
import { isEspDomain } from '../../domain/lists.js';
import { sameOrganization } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { isRandomLocalPart } from '../../text/random-token.js';

export const senderMismatch = defineCheck({
  id: 'header-anomaly/sender-mismatch',
  category: 'header-anomaly',
  severity: 'info',
  weight: 6,
  needs: ['headers'],
  run(ctx) {
    const from = ctx.author;
    const sender = ctx.sender[0];
    if (!from?.domain || !sender?.domain || ctx.mailingList) return [];
    if (sameOrganization(from.domain, sender.domain) || isEspDomain(sender.domain)) return [];
    if (isRandomLocalPart(sender.local)) {
      return [hit({ sender: sender.address, from: from.address, scrambled: true }, [headerEvidence('Sender', sender.raw, sender.local)], { weight: 12, severity: 'warn' })];
    }
    return [hit({ sender: sender.address, from: from.address }, [headerEvidence('Sender', sender.raw, sender.domain)])];
  },
});
