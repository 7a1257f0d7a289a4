/**
 * A display name that itself holds an address at a different organisation,
 * e.g. `"support@bank.example" <x@attacker.test>`. Many clients show only the name.
 *
 * Spec: RFC 5322 §3.4 — the display-name is free text and never authenticated.
 * False positives: list software that rewrites From ("alice@x.example via List <list@…>") and
 * calendar notifications ("bob@x.example (Google Calendar)" from google.com): organisations are
 * compared, and names rewritten by a mailing list are skipped.
 * Weight rationale: near-certain deception when the organisations differ (rspamd
 * FROM_NEQ_DISPLAY_NAME 4.0, SPOOF_DISPLAY_NAME 8.0 when it names the recipient's domain);
 * strong, not decisive alone; stronger when it names the recipient's own organisation.
 */
import { sameOrganization } from '../../domain/registrable.js';
import { findAddresses } from '../../text/address-like.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

export const addressInDisplayName = defineCheck({
  id: 'sender-display-name/address-in-display-name',
  category: 'sender-display-name',
  severity: 'danger',
  weight: 30,
  needs: ['headers'],
  run(ctx) {
    return ctx.from.flatMap((mb) => {
      if (!mb.domain || !mb.name || ctx.isAllowedSender(mb.address)) return [];
      if (ctx.mailingList && /\bvia\b/i.test(mb.name)) return [];
      const shown = findAddresses(mb.name).find((a) => !sameOrganization(a.domain, mb.domain));
      if (!shown) return [];
      const own = ctx.organizationDomains.some((d) => sameOrganization(d, shown.domain));
      return [hit({ shown: shown.address, actual: mb.address }, [headerEvidence('From', mb.raw, mb.address)], own ? { weight: 45 } : {})];
    });
  },
});
