/**
 * A link or button that asks the reader to act on an account — "Log in", "Verify your wallet",
 * "Confirm your payment details", "JETZT BESTÄTIGEN", 「本人確認」 — leads to a site that belongs
 * neither to the sender's organisation nor to any brand or mail service ayashii knows. A real
 * service sends you to its own site to sign in; a kit sends you to wherever its page is hosted.
 *
 * Spec: none in the field notes (rspamd and SpamAssassin compare shown URLs, not what a button
 *   asks); the same comparison as `text-shows-other-domain`, applied to what the button says.
 * False positives: a service whose sign-in site has another name than its mail domain is excused
 *   when one name contains the other (`ryanairmail.com` → `ryanair.com`, `acme-mail.example` →
 *   `app.acme.example`); known brands' and mail services' own sites (trackers, preference pages)
 *   never count; replies and list mail are skipped (the link is the poster's, not the list's);
 *   newsletter chores ("update your preferences", "confirm your subscription") are not account
 *   actions. Only short labels (40 characters) count: a sentence that happens to start with
 *   "confirm" is not a button.
 * Weight rationale: 12, `caution` alone: the button's promise and its destination disagree, but a
 *   small service with an unlisted second domain can do that honestly. Measured: 69 `phish-dev`
 *   mails, 0 of 4,279 `ham/`, 0 bounces.
 */
import { hostParts } from '../../domain/registrable.js';
import type { LinkMismatchParams } from '../../model/params/link-mismatch.js';
import { isTrustedTarget, linkEvidence, senderFacts, showHost, unknownSite, webLinks } from '../../url/link-facts.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { isReply } from '../reply.js';

type P = LinkMismatchParams['link-mismatch/action-link-elsewhere'];

/**
 * Labels that ask for an account action: a verb with what it acts on at the start of the label
 * (`verify your wallet`, `log in to your Proton account`, `update payment details`, `claim now`),
 * or a sign-in or confirm verb that starts it (`Log in`, `JETZT BESTÄTIGEN`, `Vérifier mes
 * droits`, `Verify up to $750`), in en, de, nl, fr, es, pt and ja; not a list's chores (`CHORE`).
 */
const ACTION =
  /^[^\p{L}\p{N}]*(?:(?:log ?in|sign ?in|verify|confirm|update|unlock|restore|reactivate|activate|validate|claim|secure|review|resolve|check)(?: to| into)? (?:now|here|(?:(?:your|my) )?(?:\p{L}+ )?(?:account|identity|payment(?: details| information| method)?|billing(?: details| information)?|card|details|information|access|e-?mail(?: address)?|mailbox|password|wallet|order|package|parcel|delivery|rewards?|funds))(?![\p{L}\p{N}])|(?:log ?in|sign ?in|verify|confirm|anmelden|einloggen|jetzt (?:bestätigen|verifizieren|anmelden|aktualisieren)|bestätigen|verifizieren|inloggen|bevestigen|verifiëren|se connecter|vérifier|confirmer|iniciar sesión|verificar|confirmar|atualizar|acessar (?:conta|agora|minha conta))(?![\p{L}\p{N}])|ログイン|サインイン|本人確認|確認する|確認はこちら|更新する|更新はこちら)/iu;

/** A list's chores, which a newsletter's own footer asks for on its mail service's pages. */
const CHORE = /subscri|preference|settings|profile|newsletter|abonnement|inschrijving|e-?mail address/i;

/** Longest label read as a button. */
const MAX_LABEL = 40;

/** The label asks for an account action (`ACTION`), or null. */
export function actionLabel(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length === 0 || t.length > MAX_LABEL) return null;
  return ACTION.test(t) && !CHORE.test(t) ? t : null;
}

/** `ryanairmail.com` and `ryanair.com`: one name (4+ letters) inside the other's. */
function relatedNames(a: string, b: string): boolean {
  const x = hostParts(a).domainWithoutSuffix ?? '';
  const y = hostParts(b).domainWithoutSuffix ?? '';
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.includes(short);
}

export const actionLinkElsewhere = defineCheck({
  id: 'link-mismatch/action-link-elsewhere',
  category: 'link-mismatch',
  severity: 'warn',
  weight: 12,
  needs: ['headers', 'body'],
  run(ctx) {
    const mb = ctx.author;
    if ((mb && ctx.isAllowedSender(mb.address || mb.name)) || ctx.resentByList || isReply(ctx)) return [];
    for (const link of webLinks(ctx)) {
      // The label first: few links are buttons asking for an account action.
      const label = link.text ? actionLabel(link.text) : null;
      const t = link.inspection.target;
      if (!label || !t) continue;
      const target = unknownSite(ctx, link);
      if (!target || isTrustedTarget(target, ctx)) continue;
      // Not `isSenderInfra`: a page anyone publishes on a mail service's domain (a Google Form) counts.
      const orgs = senderFacts(ctx).orgs;
      if (orgs.has(target) || [...orgs].some((o) => relatedNames(o, target))) continue;
      return [
        hit<P>({ label, target: showHost(t), domain: mb?.domain || '-' }, [
          linkEvidence(link, t.host),
          ...(mb ? [headerEvidence('From', mb.raw, mb.domain || undefined)] : []),
        ]),
      ];
    }
    return [];
  },
});
