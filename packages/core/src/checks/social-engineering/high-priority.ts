/**
 * The sender marked the mail as urgent: `X-Priority: 1` or `2`, `Importance: high`,
 * `X-MSMail-Priority: High` or `Priority: urgent`. Mail programs show it with a red exclamation
 * mark or a "high importance" banner, before a word of the mail is read: the pressure to act now,
 * set by the sender.
 *
 * Spec: RFC 2156 §5.3 (`Importance`, `Priority`); `X-Priority` and `X-MSMail-Priority` are the
 *   de-facto Outlook/Eudora headers. rspamd records the same header (HAS_X_PRIO_ONE, at 0 points:
 *   developers' posts to kernel lists carry it too, which this check skips as list mail).
 * False positives: colleagues marking a mail important (the organisation's own domains are
 *   skipped), replies in a conversation (skipped), a list re-sending a member's post (skipped).
 *   Service notices and newsletters do not set it. Measured: 189 `phish-dev` mails and 25 of the
 *   168 Japanese phishing mails; 1 of 4,279 `ham/` carries it (a 2002 list post, skipped), 0
 *   bounce or Japanese mail.
 * Weight rationale: 8, below `caution` alone: pressure, not proof; with the wording checks it is
 *   capped with the rest of the category (22), so it only adds to the sender and link evidence.
 */
import type { SocialEngineeringParams } from '../../model/params/social-engineering.js';
import { orgDomain } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { isReply } from '../reply.js';

type P = SocialEngineeringParams['social-engineering/high-priority'];

/** Header → the values that mean "urgent" (case-insensitive, at the start of the value). */
const URGENT: readonly [name: string, label: string, value: RegExp][] = [
  ['x-priority', 'X-Priority', /^\s*[12](?!\d)/],
  ['importance', 'Importance', /^\s*high\b/i],
  ['x-msmail-priority', 'X-MSMail-Priority', /^\s*high\b/i],
  ['priority', 'Priority', /^\s*urgent\b/i],
];

export const highPriority = defineCheck({
  id: 'social-engineering/high-priority',
  category: 'social-engineering',
  severity: 'info',
  weight: 8,
  needs: ['headers'],
  run(ctx) {
    for (const [name, label, urgent] of URGENT) {
      const h = ctx.header(name)[0];
      if (!h || !urgent.test(h.value)) continue;
      if (isReply(ctx) || ctx.resentByList) return [];
      const from = ctx.author;
      if (from?.domain && (ctx.isAllowedSender(from.address) || ctx.organizationDomains.includes(orgDomain(from.domain)))) return [];
      const value = h.value.trim().slice(0, 60);
      return [hit<P>({ header: label, value }, [headerEvidence(label, value)])];
    }
    return [];
  },
});
