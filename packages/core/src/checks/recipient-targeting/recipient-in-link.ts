/**
 * The recipient's address is carried in a link — plainly (`?vc=…`), percent-encoded, in base64, or
 * after `#` where only the browser sees it — or another address at the recipient's domain
 * (`vc=mailer-daemon@kousya.jp`: kits fill in whatever the harvested list held), or the recipient's
 * domain itself (`?eta=kousya.jp`). The landing page uses it to show a personalised fake sign-in.
 *
 * Spec: field notes §2.3, §3.1 (Safe Links `data=` carries the recipient by design: wrapper-owned
 *   parameters are never examined), §3.12 (Sublime: recipient e-mail in path/fragment/base64).
 * False positives: unsubscribe and preference links (by text or URL), the sender's own links, its
 *   ESP's trackers and mailing-list footers carry the subscriber's address, also with a subaddress
 *   tag (`taro+news@`): excused unless DMARC failed, and never for a fragment or another person's
 *   address at the recipient's domain. Freemail recipients: only their own address counts.
 * Weight rationale: 10 for the own address in a stranger's link (newsletters on unknown ESPs do
 *   this too), 20 in a fragment or as another address at the recipient's domain (no honest use),
 *   8 for the bare domain.
 */
import { isSenderInfra, senderFacts, showHost, signalFinding } from '../../url/link-facts.js';
import type { RecipientTargetingParams } from '../../model/params/recipient-targeting.js';
import { defineCheck } from '../define-check.js';

type P = RecipientTargetingParams['recipient-targeting/recipient-in-link'];

/** Unsubscribe / preference links carry the subscriber's address by design. */
const SUBSCRIPTION_TEXT = /unsubscribe|opt[\s-]?out|preferences|manage|subscription|配信停止|配信解除|登録解除|購読|退会|設定変更/i;
const SUBSCRIPTION_URL = /unsub|opt-?out|optout|remove|preference|profile|subscri|manage/i;

function isSubscriptionLink(text: string | null, url: string): boolean {
  return (text !== null && SUBSCRIPTION_TEXT.test(text)) || SUBSCRIPTION_URL.test(url.slice(0, 512));
}

export const recipientInLink = defineCheck({
  id: 'recipient-targeting/recipient-in-link',
  category: 'recipient-targeting',
  severity: 'danger',
  weight: 10,
  needs: ['body', 'recipient-address'],
  run(ctx) {
    const sender = senderFacts(ctx);
    return signalFinding<'recipient', P>(ctx, 'recipient', (link, s, i) => {
      if (s.where === 'host' || s.form === 'domain-label' || s.form === 'local') return null;
      const node = i.chain[s.at];
      if (!node || (node.domain && (ctx.isAllowedLinkDomain(node.domain) || ctx.organizationDomains.includes(node.domain)))) return null;
      const strong = s.where === 'fragment' || s.form === 'role-address';
      if (!strong && ((!sender.authFailed && isSenderInfra(node.host, node.domain, sender)) || isSubscriptionLink(link.text, node.url))) return null;
      const weight = strong ? 20 : s.form === 'domain' ? 8 : 10;
      return { link, weight, highlight: s.token, params: { host: showHost(node), token: s.token, form: s.form, where: s.where } };
    });
  },
});
