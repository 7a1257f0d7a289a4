/**
 * Someone outside the recipient's organisation puts the organisation's domain or name in the
 * display name or subject (`【重要】kousya.example メール送信機能停止のお知らせ` from a stranger):
 * the mail pretends to come from the recipient's own IT department or mail provider.
 *
 * Spec: none; Microsoft's safety tip 9.19 ("might be impersonating a domain associated with your
 * organization") is the same idea on Microsoft's side.
 * False positives: vendors writing about your domain (registrars, hosting) — a caution alone.
 * Freemail recipients have no organisation to impersonate and are skipped, and so is list mail
 * whose recipient is the list itself.
 * Weight rationale: a strong social-engineering lever; suspicious together with any other sign.
 */
import { isFreemail } from '../../domain/lists.js';
import { hostParts, sameOrganization } from '../../domain/registrable.js';
import { foldForMatch } from '../../text/normalize.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const outsiderNamesOwnOrganization = defineCheck({
  id: 'own-organization/outsider-names-own-organization',
  category: 'own-organization',
  severity: 'warn',
  weight: 28,
  needs: ['headers', 'recipient'],
  run(ctx) {
    const from = ctx.author;
    if (!from || ctx.isAllowedSender(from.address || from.name)) return [];
    if (ctx.mailingList && ctx.recipient?.via === 'to' && !ctx.options.organizationDomains?.length) return [];
    const own = ctx.organizationDomains.filter((d) => !isFreemail(d));
    if (own.length === 0) return [];
    if (from.domain && own.some((d) => sameOrganization(d, from.domain))) return [];
    for (const d of own) {
      const label = hostParts(d).domainWithoutSuffix ?? '';
      const reDomain = new RegExp(`(?:^|[^a-z0-9.-])${escape(d)}(?:[^a-z0-9-]|$)`, 'i');
      const reLabel = label.length >= 4 ? new RegExp(`(?:^|[^a-z0-9])${escape(label)}(?:[^a-z0-9]|$)`, 'i') : null;
      const places: ['display-name' | 'subject', string, string][] = [
        ['display-name', from.name, 'From'],
        ['subject', ctx.subject, 'Subject'],
      ];
      for (const [where, text, label2] of places) {
        if (!text) continue;
        const folded = foldForMatch(text);
        if (reDomain.test(folded) || reLabel?.test(folded)) {
          return [
            hit({ ownDomain: d, where, text, senderDomain: from.domain || '-' }, [
              headerEvidence(label2, where === 'subject' ? ctx.subject : from.raw, d),
              headerEvidence('From', from.raw, from.domain || undefined),
            ]),
          ];
        }
      }
    }
    return [];
  },
});
