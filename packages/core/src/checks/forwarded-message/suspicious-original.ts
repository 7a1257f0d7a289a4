/**
 * The mail forwards another one inline (`Fw:` with the client's `From: / Sent: / To: / Subject:`
 * block) or as an attachment (message/rfc822, when there is no inline forward and the mail is no
 * bounce), and that original, judged on its own by the same checks, is at least `caution`. A
 * colleague forwarding a phishing mail to ask "is this real?", or a user's report reaching the
 * security team, should show what the original is — not only who forwarded it.
 *
 * Spec: none in the field notes; mail clients' forward formats (see `forward/forwarded-block.ts`).
 * False positives: the original's own false positives; its authentication cannot be judged (the
 *   forwarding client wrote its header lines; an attached message's server stamps are dropped, as
 *   anyone can write them), so those checks skip.
 * Weight rationale: the original's score. The mail then scores as the higher of the forward
 *   itself and its original — never their sum (the links and text are the same ones).
 */
import type { ForwardedMessageParams } from '../../model/params/forwarded-message.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

type P = ForwardedMessageParams['forwarded-message/suspicious-original'];

export const suspiciousOriginal = defineCheck({
  id: 'forwarded-message/suspicious-original',
  category: 'forwarded-message',
  severity: 'warn',
  weight: 0,
  needs: ['headers', 'body'],
  run(ctx) {
    const fw = ctx.forwarded;
    if (!fw || fw.verdict.level === 'safe') return [];
    const v = fw.verdict;
    const checks = [...new Set(v.findings.map((f) => f.checkId))].slice(0, 4).join(',');
    const at = fw.from.lastIndexOf('@');
    const close = fw.from.indexOf('>', at);
    const domain = at < 0 ? '' : fw.from.slice(at + 1, close < 0 ? undefined : close);
    return [
      hit<P>(
        { from: fw.from, subject: fw.subject, level: v.level, score: v.score, checks },
        [headerEvidence('From (forwarded)', fw.from, domain || undefined)],
        { weight: v.score, severity: v.level === 'caution' ? 'warn' : 'danger' },
      ),
    ];
  },
});
