/**
 * A safety limit was hit while reading the message (header size or count, MIME depth or parts,
 * body size, links, attachments, bytes per attachment, time budget): part of the message was not
 * examined. Attackers pad messages to push content past scanners.
 *
 * Spec: none (ayashii's own limits, see SECURITY.md).
 * False positives: very large legitimate newsletters or archives.
 * Weight rationale: says "not everything was checked" — a caution, never a verdict on its own.
 */
import { defineCheck, hit, type Hit } from '../define-check.js';
import type { HeaderAnomalyParams } from '../../model/params/header-anomaly.js';

type P = HeaderAnomalyParams['header-anomaly/limit-exceeded'];

export const limitExceeded = defineCheck({
  id: 'header-anomaly/limit-exceeded',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 8,
  needs: [],
  run(ctx) {
    const seen = new Set<string>();
    const out: Hit<P>[] = [];
    for (const l of ctx.limitsHit) {
      if (seen.has(l.limit)) continue;
      seen.add(l.limit);
      out.push(hit({ limit: l.limit, value: l.value, max: l.max }, [], out.length > 0 ? { weight: 2 } : {}));
    }
    return out;
  },
});
