import type { CatalogPart } from '../../catalog.js';
import type { RecipientTargetingParams } from '../../../model/params/recipient-targeting.js';

const WHERE: Readonly<Record<string, string>> = { path: 'パス', query: 'パラメーター', fragment: '「#」以降' };

export const recipientTargetingJa = {
  'recipient-targeting/recipient-in-link-host': {
    title: 'リンク先に宛先の名前が埋め込まれています',
    detail: ({ via, host, token, part }) => {
      const what = part === 'domain-label' ? `宛先のドメイン名 ${token}` : `宛先のメールアドレスの名前 ${token}`;
      return via ? `リンク先は ${via} を経由して ${host} に向かいます。${what} が埋め込まれています。` : `リンク先 ${host} に${what} が埋め込まれています。`;
    },
    advice: 'フィッシングサイトは、宛先の会社名をアドレスに入れて自社のページのように見せかけます。',
  },
  'recipient-targeting/recipient-in-link': {
    title: '宛先のアドレスがリンクに含まれています',
    detail: ({ host, token, form, where }) => {
      const w = WHERE[where] ?? where;
      switch (form) {
        case 'role-address':
          return `${host} へのリンクの${w}に、宛先ドメインのアドレス ${token} が含まれています。`;
        case 'base64-address':
          return `${host} へのリンクの${w}に、宛先のアドレス ${token} が Base64 で隠して含まれています。`;
        case 'domain':
          return `${host} へのリンクの${w}に、宛先のドメイン ${token} が含まれています。`;
        default:
          return `${host} へのリンクの${w}に、宛先のアドレス ${token} が含まれています。`;
      }
    },
    advice: 'フィッシングサイトは、このアドレスを偽のログイン画面に表示して本物らしく見せかけます。',
  },
  'recipient-targeting/recipient-in-subject': {
    title: '件名に宛先のアドレスが書かれています',
    detail: ({ address }) => `件名に宛先のアドレス ${address} が入っています。`,
    advice: '大量送信のフィッシングは、集めたアドレスを件名に差し込んで個人宛ての正式な通知に見せかけます。本物のサービスが件名にアドレスを入れることはまれです。',
  },
  'recipient-targeting/address-as-name': {
    title: 'メールアドレスで呼びかけています',
    detail: ({ address, greeting }) => `本文が「${greeting}」と、名前ではなくアドレス ${address} で呼びかけています。`,
    advice: 'アドレスしか知らない送信者は、集めたアドレスの一覧に送っています。取引のあるサービスなら通常は名前で呼びかけます。',
  },
} satisfies CatalogPart<RecipientTargetingParams>;
