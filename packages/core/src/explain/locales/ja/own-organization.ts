import type { CatalogPart } from '../../catalog.js';
import type { OwnOrganizationParams } from '../../../model/params/own-organization.js';

export const ownOrganizationJa = {
  'own-organization/outsider-names-own-organization': {
    title: '外部の送信元があなたの組織の名前を使っています',
    detail: ({ ownDomain, where, senderDomain }) =>
      `${where === 'subject' ? '件名' : '表示名'}にあなたの組織（${ownDomain}）の名前がありますが、${senderDomain === '-' ? '送信元には組織内から送られたことを示す使えるアドレスがありません' : `送信元は外部の ${senderDomain} です`}。`,
    advice: '社内の情報システム部門やメール事業者からのお知らせが外部のアドレスから届くことはありません。直接問い合わせてください。',
  },
  'own-organization/lookalike-of-own-domain': {
    title: '送信元ドメインがあなたの組織のドメインに似せてあります',
    detail: ({ ownDomain, senderDomain, address }) => `送信元 ${address} のドメイン ${senderDomain} は、あなたの組織のドメイン ${ownDomain} に似ていますが別物です。`,
    advice: 'アドレスを一文字ずつ確認し、依頼内容は電話や対面で確かめてください。',
  },
  'own-organization/sent-as-recipient': {
    title: 'あなた自身のアドレスから届いたように見せかけています',
    detail: ({ address, failed }) =>
      failed
        ? `送信元はあなた自身のアドレス ${address} になっていますが、受信サーバーの判定は ${failed} で、あなたが送ったメールではありません。`
        : `送信元はあなた自身のアドレス ${address} になっていますが、あなたが送ったことを示す認証結果はありません。`,
    advice: '自分のアドレスを使ってアカウント通知や「メールボックスを乗っ取った」と装う詐欺があります。支払いやリンクのクリックはしないでください。',
  },
  'own-organization/own-domain-not-authenticated': {
    title: '組織内からのメールを名乗っていますが、組織内から送られていません',
    detail: ({ ownDomain, address, failed }) => `送信元 ${address} はあなたの組織のドメイン ${ownDomain} を使っていますが、受信サーバーの判定は ${failed} で、組織内から送られたメールではありません。`,
    advice: '対応する前に、別の手段でその同僚に確認してください。',
  },
} satisfies CatalogPart<OwnOrganizationParams>;
