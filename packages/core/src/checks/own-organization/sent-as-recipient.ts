/**
 * The From address is the recipient's own address (From equals the To, Delivered-To or configured
 * recipient), and the receiving server does not confirm it: "your mailbox has been hacked"
 * extortion and fake account notices forge the victim's own address.
 *
 * Spec: RFC 5322 §3.6.2; RFC 7489 (only an aligned pass shows the owner sent it).
 * False positives: notes people mail to themselves — those pass DMARC or aligned DKIM at their
 * own provider, which suppresses this; list mail is skipped.
 * Weight rationale: a caution alone; suspicious when authentication positively fails.
 */
import { sameOrganization } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { authFailure } from '../sender-authentication/shared.js';

export const sentAsRecipient = defineCheck({
  id: 'own-organization/sent-as-recipient',
  category: 'own-organization',
  severity: 'warn',
  weight: 20,
  needs: ['headers'],
  run(ctx) {
    const from = ctx.author;
    if (!from?.address || ctx.mailingList || ctx.isAllowedSender(from.address)) return [];
    const me = from.address.toLowerCase();
    const recipients = [...ctx.to.map((m) => m.address.toLowerCase()), ctx.recipient?.address.toLowerCase()].filter(Boolean);
    if (!recipients.includes(me)) return [];
    const auth = ctx.auth;
    if (auth.dmarc?.result === 'pass') return [];
    if (auth.dkim.some((d) => d.result === 'pass' && sameOrganization(d.domain, from.domain))) return [];
    const failed = auth.trusted.length > 0 ? (authFailure(auth, from.domain) ?? '') : '';
    return [hit({ address: from.address, failed }, [headerEvidence('From', from.raw, from.address)], failed ? { weight: 40, severity: 'danger' } : {})];
  },
});
