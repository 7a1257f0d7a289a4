/**
 * A spam filter on the way — the receiving server's, or a mailing list's — already marked this
 * mail as spam (`X-Spam-Flag: YES`, `X-Spam-Status: Yes, score=…`, `X-Spam: Yes`). Mail clients
 * file such mail away silently or not at all; ayashii says it in a sentence next to its own
 * findings.
 *
 * Spec: SpamAssassin's and rspamd's verdict headers (field notes §1, vendor verdict headers).
 *   Senders cannot profit from forging a "yes", so any copy counts; "No" is never read as a pass.
 * False positives: the filter's own (bulk mail it disliked).
 * Weight rationale: 15, like Microsoft's own spam category (`microsoft-verdict`): spam is not
 *   phishing; `caution` alone, more with ayashii's own evidence.
 */
import type { SenderAuthenticationParams } from '../../model/params/sender-authentication.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

type P = SenderAuthenticationParams['sender-authentication/spam-filter-verdict'];

const YES = /^\s*yes\b/i;

export const spamFilterVerdict = defineCheck({
  id: 'sender-authentication/spam-filter-verdict',
  category: 'sender-authentication',
  severity: 'warn',
  weight: 15,
  needs: ['headers'],
  run(ctx) {
    for (const name of ['x-spam-flag', 'x-spam-status', 'x-spam'] as const) {
      const h = ctx.header(name).find((f) => YES.test(f.value));
      if (h) return [hit<P>({ header: name }, [headerEvidence(name === 'x-spam-flag' ? 'X-Spam-Flag' : name === 'x-spam' ? 'X-Spam' : 'X-Spam-Status', h.value.slice(0, 300), 'Yes')])];
    }
    return [];
  },
});
