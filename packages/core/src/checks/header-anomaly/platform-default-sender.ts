/**
 * The sender's address is on a cloud platform's per-project subdomain
 * (`noreply@casino-485f7.firebaseapp.com`, `client@school.onmicrosoft.com`): a name the platform
 * hands out to anyone who opens a project or a trial tenant, in minutes and without registering a
 * domain (data/platform-senders.json); a Zendesk help desk mails from
 * `support@<account>.zendesk.com` until its owner sets up an address of their own. It identifies
 * nobody, and the platform's good reputation carries the mail past filters. Organisations that mail their customers send from their own
 * domain.
 *
 * Spec: none in the field notes. Firebase Authentication's templates send from
 *   `noreply@<project>.firebaseapp.com` until a custom domain is set; every Microsoft 365 tenant
 *   gets `<tenant>.onmicrosoft.com`. Measured for Zendesk: 10 phish-dev mails from help-desk
 *   accounts with made-up names (`pcpilrjf.zendesk.com`, "Verify Your Wallet"), 0 of 4,279 ham.
 * False positives: the sign-in and password mails of a small app you just signed up for; internal
 *   mail of a new Microsoft 365 tenant, which is why mail to an address at the same subdomain is
 *   skipped, as are allow-listed senders and the recipient's own organisation's domains; a small
 *   firm's help desk that never set up its own address. No mail in
 *   the measured legitimate corpora comes from such a subdomain.
 * Weight rationale: 27 — `caution` alone; with any second sign (a Reply-To at another
 *   organisation (8), a shortened link (10), a lure) it reaches `suspicious` (35).
 */
import platforms from '../../data/platform-senders.json' with { type: 'json' };
import type { HeaderAnomalyParams } from '../../model/params/header-anomaly.js';
import { isDeliveryReport } from '../delivery-report.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

type P = HeaderAnomalyParams['header-anomaly/platform-default-sender'];

/** The platform whose per-project subdomain `domain` is, if any. */
export function platformOf(domain: string): (typeof platforms.platforms)[number] | undefined {
  const d = domain.toLowerCase().replace(/\.$/, '');
  const platform = platforms.platforms.find((p) => d.length > p.suffix.length + 1 && d.endsWith(`.${p.suffix}`));
  if (!platform) return undefined;
  const own: readonly string[] = 'own' in platform ? platform.own : [];
  const label = d.slice(0, d.length - platform.suffix.length - 1);
  return own.includes(label) ? undefined : platform;
}

export const platformDefaultSender = defineCheck({
  id: 'header-anomaly/platform-default-sender',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 27,
  needs: ['headers'],
  run(ctx) {
    const mb = ctx.author;
    if (!mb?.domain || ctx.isAllowedSender(mb.address)) return [];
    const platform = platformOf(mb.domain);
    if (!platform) return [];
    const domain = mb.domain.toLowerCase();
    // A tenant's own mail system reporting on delivery (`postmaster@tenant.onmicrosoft.com`).
    if (isDeliveryReport(ctx)) return [];
    // Mail within the tenant (a new Microsoft 365 organisation writing to itself).
    if ([...ctx.to, ...ctx.cc].some((r) => r.domain.toLowerCase() === domain)) return [];
    if (ctx.organizationDomains.some((d) => domain === d || domain.endsWith(`.${d}`))) return [];
    return [
      hit<P>({ domain, service: platform.service, what: platform.what as P['what'] }, [headerEvidence('From', mb.raw, mb.domain)]),
    ];
  },
});
