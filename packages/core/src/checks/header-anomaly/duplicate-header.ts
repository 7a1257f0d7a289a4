/**
 * A header that must appear once appears several times (Subject, Date, To, Message-ID, Sender,
 * Reply-To): a client shows one copy, a filter reads another.
 *
 * Spec: RFC 5322 §3.6 (table of field occurrence limits).
 * False positives: broken gateways occasionally duplicate Date or Message-ID (weighted low).
 * Weight rationale: a caution; suspicious only with other evidence. (Duplicate From is
 * `multiple-from`, weighted much higher.)
 */
import { defineCheck, hit } from '../define-check.js';

const ONCE = ['subject', 'sender', 'reply-to', 'to', 'date', 'message-id'];

export const duplicateHeader = defineCheck({
  id: 'header-anomaly/duplicate-header',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 10,
  needs: ['headers'],
  run(ctx) {
    for (const name of ONCE) {
      const n = ctx.header(name).length;
      if (n > 1) {
        const weight = name === 'subject' || name === 'sender' || name === 'reply-to' ? 12 : 6;
        return [hit({ name, count: n }, ctx.header(name).map((h) => ({ kind: 'header' as const, label: name, value: h.value })), { weight })];
      }
    }
    return [];
  },
});
