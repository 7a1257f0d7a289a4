/**
 * No usable From header: the client shows no sender, or a Sender/Resent-From instead, and what the
 * server authenticated is unknown (espoofer A12/A13).
 *
 * Spec: RFC 5322 §3.6 (From is required).
 * False positives: broken automated mail; delivery reports whose From is the mail system with the
 * null address (`MAILER-DAEMON <>`, as DragonFly's mail agent writes it) are skipped.
 * A From whose only address stands inside a comment (`Winner,(<noreply@bank.test>)`) is reported
 * by `obsolete-address-syntax` instead: that is a trick, not a missing header.
 * Weight rationale: unusual and confusing but not proof; a caution.
 */
import { isDeliveryReport } from '../delivery-report.js';
import { defineCheck, hit } from '../define-check.js';
import { addressInComment } from './obsolete-address-syntax.js';

export const missingFrom = defineCheck({
  id: 'header-anomaly/missing-from',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 15,
  needs: ['headers'],
  run(ctx) {
    if (ctx.input.headers.length === 0) return [];
    if (ctx.from.some((b) => b.address)) return [];
    if (isDeliveryReport(ctx)) return [];
    if (addressInComment(ctx.header('from')[0]?.value ?? '')) return [];
    return [hit({} as Record<string, never>, [])];
  },
});
