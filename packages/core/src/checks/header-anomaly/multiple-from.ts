/**
 * Several From header fields, or several addresses in one From: clients disagree on which one to
 * show (Outlook shows the first, others the last), so the person may see a different sender from
 * the one the server authenticated (espoofer A1/A2/A8/A10/A14/A15/A17/A18).
 *
 * Spec: RFC 5322 §3.6 (exactly one From), §3.6.2 (several mailboxes require Sender).
 * False positives: genuinely co-authored mail with a Sender header is extremely rare.
 * Weight rationale: a known client-confusion attack with no common legitimate use; suspicious alone.
 */
import { defineCheck, headerEvidence, hit } from '../define-check.js';

export const multipleFrom = defineCheck({
  id: 'header-anomaly/multiple-from',
  category: 'header-anomaly',
  severity: 'danger',
  weight: 40,
  needs: ['headers'],
  run(ctx) {
    const count = ctx.fromHeaderCount;
    const boxes = ctx.from;
    if (count <= 1 && boxes.length <= 1) return [];
    const addresses = boxes.map((b) => b.address || b.name || '?');
    const shown = ctx.author?.address || ctx.author?.name || '?';
    return [
      hit(
        { count: Math.max(count, boxes.length), addresses: addresses.slice(0, 5).join(', '), shown, distinct: new Set(addresses.map((a) => a.toLowerCase())).size },
        ctx.header('from').map((h) => headerEvidence('From', h.value)),
      ),
    ];
  },
});
