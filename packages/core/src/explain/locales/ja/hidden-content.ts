import type { CatalogPart } from '../../catalog.js';
import type { HiddenContentParams } from '../../../model/params/hidden-content.js';

export const hiddenContentJa = {
  'hidden-content/pushed-out-of-view': {
    title: 'メールの一部が、画面に表示されない遠くに隠されています',
    detail: ({ declaration }) =>
      `メール自身のレイアウト指定に「${declaration}」とあり、その先の内容はどの画面にも表示されない位置まで押しやられています。このような隠しテキストは迷惑メールフィルターに無害な文章を読ませるためのもので、読む人には広告や誘いだけが見えるようになっています。`,
    advice: 'フィルターをすり抜けるために文章を隠す送信者は信用できません。リンクを開いたり返信したりしないでください。',
  },
  'hidden-content/hidden-text-in-words': {
    title: '単語の途中に、表示されない文字が隠されています',
    detail: ({ hidden, count }) =>
      `本文の ${count} か所で、単語の途中に画面に表示されない文字（「${hidden}」など）が埋め込まれています。読む人には普通の単語に見えますが、迷惑メールフィルターには別の文字列として読ませ、一通ごとに違う文面に見せかける手口です。`,
    advice: 'フィルターをすり抜けるために文字を隠す送信者は信用できません。リンクを開いたり返信したりしないでください。',
  },
} satisfies CatalogPart<HiddenContentParams>;
