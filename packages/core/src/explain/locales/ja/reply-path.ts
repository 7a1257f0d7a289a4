import type { CatalogPart } from '../../catalog.js';
import type { ReplyPathParams } from '../../../model/params/reply-path.js';

export const replyPathJa = {
  'reply-path/reply-to-other-organization': {
    title: '返信先が別の組織になっています',
    detail: ({ replyTo, fromDomain, replyDomain }) => `送信元は ${fromDomain} ですが、返信は ${replyDomain} の ${replyTo} に届きます。`,
    advice: '返信する前に、返信先が誰なのかを確認してください。',
  },
  'reply-path/freemail-reply-to': {
    title: '返信先がフリーメールになっています',
    detail: ({ replyTo, fromDomain, fromAddress, kind, moneyPhrase }) =>
      (kind === 'other-mailbox'
        ? `送信元はフリーメールのアドレス ${fromAddress} ですが、返信先は別のフリーメールのアドレス ${replyTo} です。`
        : `送信元は ${fromDomain} ですが、返信先は誰でも作れるフリーメールのアドレス ${replyTo} です。`) +
      (moneyPhrase
        ? `さらに本文はお金の話をしています（「${moneyPhrase}」）。前払い金詐欺の典型です。賞金・遺産・補償金を本当に支払う組織が、フリーメールで返信を集めることはありません。`
        : ''),
    advice: '企業がフリーメールへの返信を求めることはまれです。個人情報や支払い情報を送らないでください。',
  },
  'reply-path/freemail-money-offer': {
    title: 'フリーメールのアドレスがお金の話をしています',
    detail: ({ fromAddress, moneyPhrase }) =>
      `本文はお金を受け取れると書いています（「${moneyPhrase}」）が、送信元は誰でも作れるフリーメールのアドレス ${fromAddress} で、返信もそこに届きます。賞金・遺産・補償金・残高を本当に支払う組織は自分のドメインから送ります。前払い金詐欺の始まり方です。`,
    advice: '返信せず、お金を受け取るための手数料の支払いや個人情報・口座情報の送信は絶対にしないでください。',
  },
  'reply-path/freemail-address-in-text': {
    title: '本文がフリーメールへの連絡を求めています',
    detail: ({ address, fromAddress }) => `送信元は ${fromAddress} ですが、本文は誰でも作れるフリーメールのアドレス ${address} に連絡するよう求めています。`,
    advice: '送信元とは別の場所で返事を受け取ろうとしています。個人情報や支払い情報を送らないでください。',
  },
  'reply-path/return-path-other-organization': {
    title: '実際の差出人（エンベロープ）が別人です',
    detail: ({ returnPath, fromDomain }) => `送信元として ${fromDomain} が表示されていますが、実際にはエンベロープアドレス ${returnPath} から送信されています。`,
  },
} satisfies CatalogPart<ReplyPathParams>;
