import type { CatalogPart } from '../../catalog.js';
import type { HiddenContentParams } from '../../../model/params/hidden-content.js';

export const hiddenContentJa = {
  'hidden-content/pushed-out-of-view': {
    title: 'メールの一部が、画面に表示されない遠くに隠されています',
    detail: ({ declaration }) =>
      `メール自身のレイアウト指定に「${declaration}」とあり、その先の内容はどの画面にも表示されない位置まで押しやられています。このような隠しテキストは迷惑メールフィルターに無害な文章を読ませるためのもので、読む人には広告や誘いだけが見えるようになっています。`,
    advice: 'フィルターをすり抜けるために文章を隠す送信者は信用できません。リンクを開いたり返信したりしないでください。',
  },
  'hidden-content/link-without-text': {
    title: 'リンクだけで、読める文章がありません',
    detail: ({ links, letters, images }) =>
      `このメールには${letters === 0 ? '文章がまったくなく' : `文字が ${letters} 字しかなく`}、${images > 0 ? '画像に付いた' : ''}リンクが ${links} 個あるだけです。伝えたい内容は画像の中にあるか、どこにもありません。迷惑メールフィルターには読めず、あなたも確かめることができません。`,
    advice: '正規のサービスは通知を文章で書きます。画像をクリックせず、心当たりがあれば送信元のサイトを自分で開いてください。',
  },
} satisfies CatalogPart<HiddenContentParams>;
