/**
 * The envelope sender (Return-Path) is a free mailbox or an unrelated domain while nothing
 * authenticates the From domain: the visible sender and the real sender disagree.
 *
 * Spec: RFC 5321 §4.4 (Return-Path), RFC 7489 §3.1.2 (SPF alignment).
 * False positives: ESPs bounce to their own domains (bounce-domain list and any aligned DKIM pass
 * suppress this); forwarding.
 * Weight rationale: informational-to-weak; it explains, it rarely decides.
 */
import { isEspDomain, isFreemail } from '../../domain/lists.js';
import { sameOrganization } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

export const returnPathOtherOrganization = defineCheck({
  id: 'reply-path/return-path-other-organization',
  category: 'reply-path',
  severity: 'info',
  weight: 4,
  needs: ['headers'],
  run(ctx) {
    const from = ctx.author;
    const rp = ctx.returnPath;
    if (!from?.domain || !rp || ctx.mailingList || ctx.isAllowedSender(from.address)) return [];
    const rpDomain = rp.slice(rp.lastIndexOf('@') + 1);
    if (!rpDomain || sameOrganization(rpDomain, from.domain) || isEspDomain(rpDomain)) return [];
    if (ctx.auth.dmarc?.result === 'pass') return [];
    if (ctx.auth.dkim.some((d) => d.result === 'pass' && sameOrganization(d.domain, from.domain))) return [];
    const weight = isFreemail(rpDomain) && !isFreemail(from.domain) ? 10 : 4;
    return [hit({ returnPath: rp, fromDomain: from.domain }, [headerEvidence('Return-Path', rp, rpDomain)], { weight })];
  },
});
