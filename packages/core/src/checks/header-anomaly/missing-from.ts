/**
 * No usable From header: the client shows no sender, or a Sender/Resent-From instead, and what the
 * server authenticated is unknown (espoofer A12/A13).
 *
 * Spec: RFC 5322 §3.6 (From is required).
 * False positives: broken automated mail; bounces always have From.
 * Weight rationale: unusual and confusing but not proof; a caution.
 */
import { defineCheck, hit } from '../define-check.js';

export const missingFrom = defineCheck({
  id: 'header-anomaly/missing-from',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 15,
  needs: ['headers'],
  run(ctx) {
    if (ctx.input.headers.length === 0) return [];
    if (ctx.from.some((b) => b.address)) return [];
    return [hit({} as Record<string, never>, [])];
  },
});
