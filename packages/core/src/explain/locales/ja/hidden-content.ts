import type { CatalogPart } from '../../catalog.js';
import type { HiddenContentParams } from '../../../model/params/hidden-content.js';

export const hiddenContentJa = {
  'hidden-content/pushed-out-of-view': {
    title: 'メールの一部が、画面に表示されない遠くに隠されています',
    detail: ({ declaration }) =>
      `メール自身のレイアウト指定に「${declaration}」とあり、その先の内容はどの画面にも表示されない位置まで押しやられています。このような隠しテキストは迷惑メールフィルターに無害な文章を読ませるためのもので、読む人には広告や誘いだけが見えるようになっています。`,
    advice: 'フィルターをすり抜けるために文章を隠す送信者は信用できません。リンクを開いたり返信したりしないでください。',
  },
} satisfies CatalogPart<HiddenContentParams>;
