import type { CatalogPart } from '../../catalog.js';
import type { SenderDisplayNameParams } from '../../../model/params/sender-display-name.js';

export const senderDisplayNameJa = {
  'sender-display-name/address-in-display-name': {
    title: '表示名に別のアドレスが書かれています',
    detail: ({ shown, actual }) => `表示名には ${shown} と書かれていますが、実際の送信元は ${actual} です。`,
    advice: '表示名ではなく、実際の送信元アドレスを確認してください。多くのメールソフトは表示名しか見せません。',
  },
  'sender-display-name/system-role-name': {
    title: '外部の送信元がメール管理者や情報システム部門を名乗っています',
    detail: ({ name, senderDomain, ownDomain }) =>
      ownDomain
        ? `送信元は「${name}」と名乗っていますが、あなたの組織（${ownDomain}）の外の ${senderDomain} から送られています。`
        : `送信元は管理者を思わせる「${name}」と名乗っていますが、送信元ドメインは ${senderDomain} です。`,
    advice: 'メールボックスやパスワード、容量に関するお知らせは組織の情報システム部門から届きます。このメールからパスワードを入力しないでください。',
  },
  'sender-display-name/reference-number-in-name': {
    title: '差出人名に受付番号のような数字が入っています',
    detail: ({ name, number, address, freemail }) =>
      freemail
        ? `差出人名は「${name}」で、公式の通知のように番号 ${number} が付いていますが、実際の送信元は誰でも作れるフリーメールのアドレス ${address} です。`
        : `差出人名「${name}」に番号 ${number} が入っています。公式の通知なら番号は件名や本文に書かれます。送信元は ${address} です。`,
    advice: '差出人名の番号は、メールを公式らしく見せ、通数ごとに変えてフィルターをすり抜けるための手口です。実際のアドレスを確認し、組織へは公式サイトやアプリから連絡してください。',
  },
  'sender-display-name/domain-in-display-name': {
    title: '表示名に別のドメインが書かれています',
    detail: ({ name, shownDomain, actualDomain }) =>
      `表示名は「${name}」で ${shownDomain} を名乗っていますが、送信元ドメインは ${actualDomain} です。`,
    advice: '表示名を信用する前に、実際の送信元アドレスを確認してください。',
  },
  'sender-display-name/prize-offer-name': {
    title: '差出人名が名前ではなく、賞金やボーナスの宣伝文句です',
    detail: ({ name, word }) => `差出人名は「${name}」です。人や会社の名前が入るべき所に、「${word}」という誘い文句が書かれています。`,
    advice: '正規の送信元は差出人名に自分の名前を書きます。ボーナスや賞金、払い出しをうたう差出人名はおとりです。このメールから受け取りの手続きをしないでください。',
  },
  'sender-display-name/sales-pitch-name': {
    title: '差出人名が名前ではなく、売り文句です',
    detail: ({ name, word, domain }) => `差出人名は「${name}」です。人や会社の名前が入るべき所に「${word}」という売り文句があり、送信元の ${domain} とは何の関係もありません。`,
    advice: '保険会社や金融機関、お店は自分の名前を、自分のドメインから名乗ります。このメールから見積もりを依頼したり情報を入力したりせず、知っている会社に直接アクセスしてください。',
  },
  'sender-display-name/alert-as-name': {
    title: '差出人名が名前ではなく、警告文です',
    detail: ({ name, phrase }) => `差出人名は「${name}」です。人や会社の名前が入るべき所に、「${phrase}」という警告が書かれています。`,
    advice: '正規のサービスは差出人名に自分の名前を書き、警告は件名や本文に書きます。このメールの指示には従わず、公式アプリやブックマークからアカウントを確認してください。',
  },
} satisfies CatalogPart<SenderDisplayNameParams>;
