/**
 * The mail asks the reader to continue on a messenger instead of replying: a LINE ID to add, a
 * WhatsApp or Telegram number or handle, "add me on Telegram" (`応募するLINE ID：are765`,
 * `テレグラムで連絡してください`). Job scams (闇バイト recruiting), romance and investment
 * fraud move their victims to chat apps, where no mail filter and no company follows them.
 *
 * Spec: none in the field notes; the National Police Agency's warnings about 闇バイト recruiting
 *   name LINE and Telegram as the channel.
 * False positives: genuine businesses that publish an official LINE account ("LINE公式アカウント")
 *   — those are not asked for here: only a personal ID or number given in the text, or a request
 *   to add or contact someone there, counts. "LINE" must be written in capitals (a source line's
 *   "line id" is not a messenger). Capped with the category below `suspicious`.
 * Weight rationale: 10 — adds to the other signs of a scam.
 */
import type { SocialEngineeringParams } from '../../model/params/social-engineering.js';
import { defineCheck, hit } from '../define-check.js';
import { isDeliveryReport } from '../delivery-report.js';

type P = SocialEngineeringParams['social-engineering/off-channel-contact'];

/** Case matters for LINE; linear patterns (checked by the ReDoS test). */
const OFF_CHANNEL: readonly RegExp[] = [
  /(?:LINE|ライン)\s?[（(]?(?:ID|ＩＤ)\s?[^\s\w]{0,2}\s?[:：]\s?[A-Za-z0-9._-]{3,20}/,
  /LINE\s?(?:で|に)(?:友だち|友達|追加|連絡|登録)|(?:テレグラム|Telegram|シグナル)\s?(?:で|に|の)\s?(?:連絡|登録|追加|ID)/i,
  /\b(?:WhatsApp|Telegram|WeChat|Signal)\s?(?:ID|number|No\.?|handle)?\s?[:：]\s?(?:\+?\d[\d -]{6,16}\d|@[A-Za-z0-9_]{4,32})/i,
  /\b(?:add|contact|message|text|reach|chat with) (?:me|us) (?:on|via|through) (?:WhatsApp|Telegram|WeChat|LINE|Signal)\b/i,
];

const MESSENGER = /line ?[（(]?(?:id|で|に)|ライン|telegram|テレグラム|whatsapp|wechat|signal|シグナル/;

export const offChannelContact = defineCheck({
  id: 'social-engineering/off-channel-contact',
  category: 'social-engineering',
  severity: 'warn',
  weight: 10,
  needs: ['headers', 'body'],
  run(ctx) {
    const from = ctx.author;
    if ((from && ctx.isAllowedSender(from.address || from.name)) || isDeliveryReport(ctx)) return [];
    // One cheap pass over the folded text first: most mail names no messenger at all.
    if (!MESSENGER.test(ctx.readingText.body)) return [];
    const text = ctx.bodyText.normalize('NFKC');
    for (const re of OFF_CHANNEL) {
      const m = re.exec(text);
      if (m) {
        const at = m.index;
        const value = text.slice(Math.max(0, at - 40), at + m[0].length + 40).trim();
        return [hit<P>({ phrase: m[0] }, [{ kind: 'body', label: 'text', value, highlight: m[0] }])];
      }
    }
    return [];
  },
});
