/**
 * A display name that names a domain (`"Amazon.co.jp"`, `"paypal.com Security"`) while the address
 * is at another organisation. People read the name as the sender.
 *
 * Spec: RFC 5322 §3.4 (display-name is unauthenticated free text).
 * False positives: shops that put their web address in the name but send through an ESP under
 * another domain; so this stays a caution unless a brand or the recipient's domain is named
 * (those are `brand-impersonation` and `own-organization`).
 * Weight rationale: weaker than an address in the name; a caution on its own.
 */
import { sameOrganization } from '../../domain/registrable.js';
import { findAddresses, findDomains } from '../../text/address-like.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

export const domainInDisplayName = defineCheck({
  id: 'sender-display-name/domain-in-display-name',
  category: 'sender-display-name',
  severity: 'warn',
  weight: 15,
  needs: ['headers'],
  run(ctx) {
    return ctx.from.flatMap((mb) => {
      if (!mb.domain || !mb.name || ctx.isAllowedSender(mb.address)) return [];
      if (ctx.mailingList && /\bvia\b/i.test(mb.name)) return [];
      if (findAddresses(mb.name).length > 0) return []; // address-in-display-name covers it
      const shown = findDomains(mb.name).find((d) => !sameOrganization(d, mb.domain));
      if (!shown) return [];
      return [hit({ name: mb.name, shownDomain: shown, actualDomain: mb.domain }, [headerEvidence('From', mb.raw, mb.domain)])];
    });
  },
});
