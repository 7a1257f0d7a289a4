import type { CatalogPart } from '../../catalog.js';
import type { SocialEngineeringParams } from '../../../model/params/social-engineering.js';

const WHERE: Readonly<Record<string, string>> = { subject: '件名', body: '本文' };

export const socialEngineeringJa = {
  'social-engineering/account-threat': {
    title: 'アカウントについて不安をあおっています',
    detail: ({ where, phrase }) => `${WHERE[where] ?? where}に「${phrase}」と書かれています。`,
    advice: '停止の予告や「確認してください」という依頼は、偽のログイン画面へ誘導する典型的な手口です。メールのリンクではなく、ブックマークや公式アプリから確認してください。',
  },
  'social-engineering/money-lure': {
    title: 'お金や賞品を約束しています',
    detail: ({ where, phrase, lure }) =>
      lure === 'job-pay'
        ? `${WHERE[where] ?? where}に「${phrase}」と書かれ、在宅や未経験でもできる仕事に現実離れした報酬を約束しています。闇バイト（強盗や詐欺の実行役）を集める募集の典型的な文句です。`
        : `${WHERE[where] ?? where}に「${phrase}」と書かれています。`,
    advice: '当選金・払い戻し・受け取り待ちの残高は詐欺の餌です。リンクを開いたり手数料を払ったりしても、お金は受け取れません。簡単な仕事で高額報酬をうたう募集には応募しないでください。',
  },
  'social-engineering/off-channel-contact': {
    title: 'チャットアプリへの連絡を求めています',
    detail: ({ phrase }) => `本文でメッセージアプリでの連絡を求めています：「${phrase}」。`,
    advice: '闇バイトや投資・恋愛詐欺は、LINE やテレグラム、WhatsApp に誘導して監視の届かない場所でやり取りします。知らない ID を追加しないでください。',
  },
  'social-engineering/crypto-wallet-lure': {
    title: '暗号資産ウォレットの操作を求めています',
    detail: ({ where, phrase }) => `${WHERE[where] ?? where}に「${phrase}」と書かれています。`,
    advice: '偽のエアドロップや新コインの配布、「ウォレットの確認」は、ウォレットの接続や取引への署名、復元フレーズの入力をさせて資産を抜き取ります。取り戻す手段はありません。復元フレーズは決して Web ページに入力しないでください。',
  },
  'social-engineering/dating-lure': {
    title: '見知らぬ相手との出会いや性的な関係を持ちかけています',
    detail: ({ where, phrase }) => `${WHERE[where] ?? where}に「${phrase}」と書かれています。`,
    advice: '一方的に届く出会いの誘いは、ロマンス詐欺や脅迫、偽のプロフィールだらけの有料サイトにつながります。返信もリンクのクリックもしないでください。',
  },
  'social-engineering/template-placeholder': {
    title: '名前が差し込まれていない一斉送信です',
    detail: ({ where, phrase }) => `${WHERE[where] ?? where}の名前が入るべき位置に、一斉送信テンプレートの差し込み欄がそのまま残っています：「${phrase}」。`,
    advice: '個人があなたに宛てて書いたように見せていますが、送信ツールは名前すら差し込んでいません。アドレスの一覧に一斉に送られたメールです。知らない相手からの依頼として扱ってください。',
  },
  'social-engineering/fake-reply': {
    title: '返信を装っています',
    detail: ({ prefix }) =>
      `件名が「${prefix}」で始まり、あなたのメールへの返信のように見せていますが、本当の返信なら必ずある情報（In-Reply-To、References ヘッダー）がありません。`,
    advice: '詐欺メールは「Re:」を付けて、初めての連絡をやり取りの続きに見せかけます。本当にこの相手にメールを送ったことがあるか確かめてください。',
  },
  'social-engineering/high-priority': {
    title: '送信者が「重要度：高」を付けています',
    detail: ({ header, value }) => `送信者が「${header}: ${value}」を設定しているため、メールソフトは読む前からこのメールを重要度の高いメールとして表示します。`,
    advice: '急がせるのは確認させないための手口です。サービスや通販の通知が重要度「高」を付けることはほとんどありません。落ち着いて確認してください。',
  },
} satisfies CatalogPart<SocialEngineeringParams>;
