/**
 * Mail that claims to come from the recipient's own organisation (From at its domain) fails
 * authentication at the receiving server, or arrived from outside as anonymous mail
 * (`X-MS-Exchange-Organization-AuthAs: Anonymous`): an outsider posing as a colleague.
 *
 * Spec: RFC 7489 §6.6.2; Microsoft compauth reason 010/6xx "intra-org" failures.
 * False positives: the organisation's own SaaS senders that are not in SPF/DKIM.
 * Weight rationale: spoofing of the own domain is a targeted attack; suspicious alone.
 */
import { orgDomain } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { authFailure } from '../sender-authentication/shared.js';

export const ownDomainNotAuthenticated = defineCheck({
  id: 'own-organization/own-domain-not-authenticated',
  category: 'own-organization',
  severity: 'danger',
  weight: 40,
  needs: ['headers', 'recipient'],
  run(ctx) {
    const from = ctx.author;
    if (!from?.domain || ctx.isAllowedSender(from.address) || ctx.mailingList) return [];
    const own = orgDomain(from.domain);
    if (!ctx.organizationDomains.includes(own)) return [];
    let failed = ctx.auth.trusted.length > 0 ? authFailure(ctx.auth, from.domain) : null;
    const authAs = ctx.auth.microsoft?.authAs?.toLowerCase();
    if (!failed && authAs === 'anonymous' && ctx.auth.dmarc?.result !== 'pass') failed = 'AuthAs=Anonymous';
    if (!failed) return [];
    return [hit({ ownDomain: own, address: from.address, failed }, [headerEvidence('From', from.raw, from.domain)])];
  },
});
