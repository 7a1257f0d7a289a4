import type { CatalogPart } from '../../catalog.js';
import type { AttachmentParams, DisguisedKind, HtmlFeatureName } from '../../../model/params/attachment.js';

const KIND: Readonly<Record<DisguisedKind | 'archive' | 'macro-office', string>> = {
  executable: '実行ファイル',
  script: 'スクリプト',
  shortcut: 'プログラムを起動するショートカット',
  installer: 'インストーラー（ソフトウェアや端末の設定を組み込むファイル）',
  html: 'Web ページ（HTML ファイル）',
  'disk-image': 'ディスクイメージ',
  onenote: 'OneNote ファイル',
  archive: '圧縮ファイル',
  'macro-office': 'マクロ有効形式の Office 文書',
};

const FEATURE: Readonly<Record<HtmlFeatureName, string>> = {
  'password-field': 'パスワード入力欄',
  form: '入力フォーム',
  script: 'スクリプト',
  redirect: '別のページへの自動転送',
  smuggling: 'ファイルを組み立てて保存させる仕組み（HTML スマグリング）',
  'remote-frame': '他のサイトから読み込む部品',
};

/** A space before a term that starts with Latin letters (「見せかけた Web ページ」), none before kana/kanji. */
function sp(term: string): string {
  return /^[A-Za-z0-9]/.test(term) ? ` ${term}` : term;
}

const MACRO = { vba: 'VBA マクロ', xlm: 'Excel 4.0 マクロ', basic: 'Basic マクロ' } as const;

const ADVICE_PROGRAM =
  '開かないでください。正規の取引先がプログラムをメールで送ることはほとんどありません。心当たりがある場合も、電話など別の手段で送信者に確認してから扱ってください。';

const ADVICE_MACRO = '「コンテンツの有効化」や「編集を有効にする」を押さないでください。マクロはパソコン上でプログラムを動かせます。';

export const attachmentJa = {
  'attachment/executable-file': {
    title: 'プログラムが添付されています',
    detail: ({ name, ext, kind, via }) => {
      // An installer (.msi, .pkg, an Apple configuration profile) installs software or settings
      // rather than running as a program; its short name avoids a second parenthesis.
      const label = sp(kind === 'installer' ? 'インストーラー' : KIND[kind]);
      const effect = kind === 'installer' ? '開くとソフトウェアや設定が端末に組み込まれます' : '開くとパソコン上でプログラムが動きます';
      return via === 'name'
        ? `添付ファイル「${name}」は${label}（.${ext}）で、${effect}。`
        : via === 'declared-type'
          ? `添付ファイル「${name}」は${label}の形式（${ext}）で送られており、${effect}。`
          : `添付ファイル「${name}」の中身は${label}（${ext}）で、${effect}。`;
    },
    advice: ADVICE_PROGRAM,
  },
  'attachment/double-extension': {
    title: '拡張子を偽った添付ファイル',
    detail: ({ name, shown, real, kind, padded }) =>
      padded
        ? `添付ファイル「${name}」は、空白を並べて本当の拡張子（.${real}）を見えにくくし、${shown.toUpperCase()} に見せかけた${sp(KIND[kind])}です。`
        : `添付ファイル「${name}」は ${shown.toUpperCase()} に見せかけた${sp(KIND[kind])}です（本当の拡張子は .${real}）。`,
    advice: ADVICE_PROGRAM,
  },
  'attachment/bidi-filename': {
    title: 'ファイル名の表示が細工されています',
    detail: ({ name, shownAs, real, controls }) =>
      shownAs
        ? `添付ファイル名「${name}」には文字の向きを変える制御文字（${controls}）が含まれており、画面上は「${shownAs}」と表示されますが、本当の拡張子は .${real} です。`
        : `添付ファイル名「${name}」には文字の向きを変える制御文字（${controls}）が含まれており、本当の拡張子（.${real}）とは違う名前に見えるおそれがあります。`,
    advice: '開かないでください。この細工はプログラムを文書に見せかけるためだけに使われます。',
  },
  'attachment/encrypted-archive': {
    title: 'パスワード付きの添付ファイル',
    detail: ({ name, format, namesHidden, entries }) =>
      format === 'office'
        ? `添付ファイル「${name}」はパスワード付きの Office 文書で、セキュリティソフトが中身を検査できません。`
        : `添付ファイル「${name}」はパスワード付きの ${format === '7z' ? '7z' : format.toUpperCase()} 圧縮ファイル${
            namesHidden ? 'で、ファイル名まで暗号化されているため' : entries ? `（中身：${entries}）で、` : 'で、'
          }セキュリティソフトが中身を検査できません。`,
    advice:
      'パスワードを本文に書いてフィルターの検査を逃れる手口です（Emotet がこの方法で広まりました）。心当たりがなければ開かず、心当たりがある場合も電話など別の手段で送信者に確認してください。',
  },
  'attachment/archive-in-archive': {
    title: '二重に圧縮された添付ファイル',
    detail: ({ name, inner }) =>
      `添付ファイル「${name}」の中に、さらに圧縮ファイル「${inner}」が入っています（検査をすり抜けるための二重圧縮の可能性があります）。`,
  },
  'attachment/risky-file-in-archive': {
    title: '圧縮ファイルの中に危険なファイルがあります',
    detail: ({ name, inner, kind, count, total }) =>
      `圧縮ファイル「${name}」の中に${sp(KIND[kind])}「${inner}」が入っています（${count > 1 ? `同じ種類のファイルが ${count} 個、` : ''}全 ${total} ファイル）。`,
    advice: '展開したり開いたりしないでください。プログラムやスクリプトは、添付ファイルの検査を逃れるために圧縮して送られます。',
  },
  'attachment/macro-enabled-office': {
    title: 'マクロ有効形式の Office 文書',
    detail: ({ name, ext }) =>
      ext.includes('/')
        ? `添付ファイル「${name}」は、プログラム（マクロ）を含められる形式の Office 文書（${ext}）として送られています。`
        : `添付ファイル「${name}」は、プログラム（マクロ）を含められる形式の Office 文書（.${ext}）です。`,
    advice: ADVICE_MACRO,
  },
  'attachment/vba-macro': {
    title: 'マクロを含む文書',
    detail: ({ name, kind }) => `添付ファイル「${name}」には、コンテンツを有効にすると実行される ${MACRO[kind]}が含まれています。`,
    advice: ADVICE_MACRO,
  },
  'attachment/html-attachment': {
    title: 'Web ページが添付されています',
    detail: ({ name, kind }) =>
      kind === 'svg'
        ? `添付ファイル「${name}」は SVG 画像で、Web ページやスクリプトを埋め込める形式です。`
        : kind === 'mht'
          ? `添付ファイル「${name}」は保存された Web ページ（MHT）で、開くとアドレスバーのない偽のログイン画面などを表示できます。`
          : `添付ファイル「${name}」は Web ページ（HTML ファイル）で、開くとアドレスバーのない偽のログイン画面などを表示できます。`,
    advice: '添付ファイルとして届いたページには、パスワードやカード番号を入力しないでください。',
  },
  'attachment/html-form-or-script': {
    title: '入力フォームやスクリプトを含む Web ページ',
    detail: ({ name, features }) => `添付の Web ページ「${name}」には${features.map((f) => FEATURE[f]).join('、')}が含まれています。`,
    advice: '添付ファイルとして届いたページには、パスワードやカード番号を入力しないでください。保存を求められたファイルも開かないでください。',
  },
  'attachment/empty-attachment': {
    title: '添付ファイルが空です',
    detail: ({ name, count }) => `「${name}」が添付されていますが、中身がありません${count > 1 ? `（空の添付ファイルが ${count} 個あります）` : ''}。意味を持つのはファイル名だけです。`,
    advice: '本物の書類や請求書、招待状には中身があります。空の添付ファイルは、やり取りの一部に見せかけるための小道具です。返信したりリンクを開いたりしないでください。',
  },
  'attachment/disk-image': {
    title: 'ディスクイメージが添付されています',
    detail: ({ name, ext }) =>
      `添付ファイル「${name}」はディスクイメージ（${ext.includes('/') ? ext : ext.toUpperCase()}）で、開くとドライブとして接続され、中のファイルはダウンロードしたファイルに出る警告なしで開けてしまいます。`,
    advice: ADVICE_PROGRAM,
  },
  'attachment/onenote-file': {
    title: 'OneNote ファイルが添付されています',
    detail: ({ name, embeddedFiles }) =>
      embeddedFiles
        ? `添付ファイル「${name}」は OneNote ファイルで、ページの裏に ${embeddedFiles} 個のファイルが埋め込まれています。`
        : `添付ファイル「${name}」は OneNote ファイルで、「ダブルクリックして表示」などの画像の裏にプログラムを隠せる形式です。`,
    advice: '中の画像やボタンをダブルクリックしないでください。OneNote ファイルはウイルスの配布に使われてきました。',
  },
  'attachment/type-mismatch': {
    title: 'ファイル名と中身の種類が違います',
    detail: ({ name, claimed, actual, actualKind }) =>
      claimed.includes('/')
        ? `添付ファイル「${name}」は ${claimed} として送られていますが、中身は${sp(KIND[actualKind])}（${actual}）です。`
        : `添付ファイル「${name}」は ${claimed.toUpperCase()} ファイルの名前ですが、中身は${sp(KIND[actualKind])}（${actual}）です。`,
    advice: '開かないでください。本当の種類を隠すために名前が付けられています。',
  },
  'attachment/recipient-in-filename': {
    title: 'ファイル名にあなたの情報が含まれています',
    detail: ({ name, token, what }) =>
      `添付ファイル名「${name}」に${
        what === 'address' ? 'あなたのメールアドレス' : what === 'local-part' ? 'あなたのメールアドレスの名前部分' : 'あなたの組織名'
      }（${token}）が含まれており、あなた宛ての書類に見せかけている可能性があります。`,
  },
} satisfies CatalogPart<AttachmentParams>;
