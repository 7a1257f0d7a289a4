/**
 * The text of the mail vouches for its own sender (`This message is from a trusted sender.`,
 * `Este mensaje fue enviado por un remitente de confianza`): a forged security banner. Only the
 * receiving mail system can say whether a sender was verified, and it says so in its own header
 * or in the mail app's interface, never inside the sender's text. Kits write the sentence above
 * the letterhead because people read such banners as the mail app's verdict.
 *
 * Spec: RFC 8601 §1 (authentication results are added by the receiving domain); field notes on
 *   Outlook's and Gmail's own trust indicators, which are drawn outside the message body.
 * False positives: a newsletter explaining how to add the sender to one's "trusted senders" list
 *   — so only claims about this message count ("this message is from …", "sent by a …"), in the
 *   first 600 characters of the visible text. None in the measured legitimate corpora.
 * Weight rationale: 25 — a forged authentication claim is deliberate deception; `caution` alone,
 *   `suspicious` with any other sign.
 */
import type { SenderAuthenticationParams } from '../../model/params/sender-authentication.js';
import { defineCheck, hit } from '../define-check.js';

type P = SenderAuthenticationParams['sender-authentication/fake-trust-banner'];

const OPENING = 600;

/** Claims that this message comes from a trusted or verified sender, by language. Literal alternatives only. */
const BANNER = new RegExp(
  [
    // en
    String.raw`\b(?:this|the) (?:message|e-?mail|mail) (?:is|was|has been|comes|came) (?:sent )?(?:from|by) an? (?:trusted|verified|safe|secure|certified|approved) sender\b`,
    String.raw`\b(?:sent|comes|coming) (?:from|by) an? (?:trusted|verified|certified) sender\b`,
    String.raw`(?:^|[\[(✓✔☑✅]\s?)(?:trusted|verified) sender\b`,
    // es, pt
    String.raw`\bun remitente (?:de confianza|verificado|seguro)\b`,
    String.raw`\bum remetente (?:confiável|confiavel|verificado|de confiança|seguro)\b`,
    // nl, de
    String.raw`\been (?:betrouwbare|vertrouwde|geverifieerde) afzender\b`,
    String.raw`\beinem (?:vertrauenswürdigen|verifizierten|sicheren) absender\b`,
    // fr, it
    String.raw`\bun expéditeur (?:de confiance|vérifié|approuvé|sûr)\b`,
    String.raw`\bun mittente (?:attendibile|verificato|affidabile|sicuro)\b`,
    // ja
    String.raw`(?:信頼できる|安全な|認証済みの|認証された|正規の)送信者`,
  ].join('|'),
  'i',
);

export const fakeTrustBanner = defineCheck({
  id: 'sender-authentication/fake-trust-banner',
  category: 'sender-authentication',
  severity: 'warn',
  weight: 25,
  needs: ['body'],
  run(ctx) {
    const mb = ctx.author;
    if (mb && ctx.isAllowedSender(mb.address || mb.name)) return [];
    const opening = ctx.bodyText.slice(0, OPENING);
    const m = BANNER.exec(opening);
    if (!m) return [];
    const claim = m[0].replace(/^[\s[(✓✔☑✅]+/, '');
    const excerpt = opening.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).trim();
    return [hit<P>({ claim }, [{ kind: 'body', label: 'text', value: excerpt, highlight: claim }])];
  },
});
