import type { CatalogPart } from '../../catalog.js';
import { headerName } from '../../header-name.js';
import { uiJa } from './ui.js';
import type { HeaderAnomalyParams } from '../../../model/params/header-anomaly.js';


const SCRIPT: Readonly<Record<string, string>> = {
  Latin: 'ラテン文字',
  Cyrillic: 'キリル文字',
  Greek: 'ギリシャ文字',
  Armenian: 'アルメニア文字',
  Cherokee: 'チェロキー文字',
  Canadian_Aboriginal: 'カナダ先住民音節文字',
  Lisu: 'リス文字',
  Roman_Numerals: 'ローマ数字',
  Tai_Le: 'タイ・レ文字',
  Other: 'その他の文字',
};

/** `Cyrillic+Latin` → `キリル文字とラテン文字`. */
function scriptNames(scripts: string): string {
  const names = scripts.split('+').map((s) => SCRIPT[s] ?? s);
  return names.length > 1 ? `${names.slice(0, -1).join('、')}と${names[names.length - 1]}` : (names[0] ?? '');
}

const TRICK = {
  'address-in-encoded-name': 'エンコードされた表示名を復号するとメールアドレスになります',
  'encoded-address': 'アドレス自体がエンコードされています。正規のメールでは使われない書き方です',
  'control-in-name': '復号した表示名に制御文字が含まれています',
} as const;

const SYNTAX = {
  route: '古い形式の経路指定',
  'address-in-comment': '本来のアドレスの後ろに別のアドレス',
  'quoted-at': '引用符の中に隠れた「@」',
  'nested-address': '最初のアドレスの中に入れ子になった別のアドレス',
  'comment-only': '本来の送信元アドレスがなく、コメントの中だけにあるアドレス',
  'no-address': 'アドレスのない送信元',
} as const;


const PLACE: Readonly<Record<string, string>> = { subject: '件名', 'display-name': '表示名', address: '差出人アドレスの名前部分', attachment: '添付ファイルの名前' };

const MALFORMED = {
  nul: 'NUL 文字',
  'malformed-line': 'ヘッダーでも継続行でもない行',
  'space-before-colon': 'コロンの前の空白',
  'empty-name': '名前のないヘッダー',
  'bare-cr': '単独の CR',
  'dkim-tag': 'ドメイン名に使えない文字で署名者を書いた DKIM 署名。検証するサーバーが前半だけを記録するおそれがあります',
} as const;

export const headerAnomalyJa = {
  'header-anomaly/multiple-from': {
    title: '送信元が複数あります',
    detail: ({ count, addresses, shown, distinct }) =>
      distinct === 1
        ? `このメールには送信元（From）欄が ${count} 個あり、どれも ${shown} です。通常のメールソフトは一つしか書きません。一つだけを読むフィルターやメールソフトをすり抜けるための手口です。`
        : `このメールには送信元アドレスが ${count} 個（${addresses}）あります。どれを表示するかはメールソフトによって異なり、${shown} と表示されている可能性があります。`,
    advice: '正規のメールの送信元は一つです。なりすましの試みとして扱ってください。',
  },
  'header-anomaly/missing-from': {
    title: '送信元アドレスがありません',
    detail: ({ name }) =>
      name
        ? `送信元は「${name}」という名前だけで、アドレスがまったくありません。誰なのか確かめることも、返信することもできません。`
        : '使える From アドレスがないため、送信元を確認できません。',
  },
  'header-anomaly/encoded-word-trick': {
    title: '送信元欄にエンコードの細工があります',
    detail: ({ decoded, trick }) => `送信元欄の構造が隠されています：「${decoded}」。${TRICK[trick]}。`,
    advice: 'これは実際とは別の送信元を見せるための手口です。',
  },
  'header-anomaly/obsolete-address-syntax': {
    title: '送信元アドレスの書き方が紛らわしくなっています',
    detail: ({ value, trick }) => `From 欄「${value}」には${SYNTAX[trick]}が含まれており、プログラムによって読み取るアドレスが変わります。`,
  },
  'header-anomaly/invisible-characters': {
    title: '表示名・件名・リンクの文字に見えない文字があります',
    detail: ({ where, text, codePoints, bidi }) =>
      `${where === 'subject' ? '件名' : where === 'link-text' ? 'リンクの表示文字' : '表示名'}${
        text.trim() ? `「${text}」に見えない文字${bidi ? 'や文字の向きを変える制御文字' : ''}（${codePoints}）が含まれています` : `は見えない文字（${codePoints}）だけでできていて、何も表示されません`
      }。ブランド名をフィルターから隠したり、表示を偽ったりするための手口です。`,
  },
  'header-anomaly/malformed-header': {
    title: 'ヘッダーの書式が壊れています',
    detail: ({ kind, line }) =>
      kind === 'hidden-from'
        ? `壊れたヘッダー行の中に、もう一つの差出人が隠されています：「${line}」。メールソフトによってはこのアドレスを差出人として表示します。フィルターが確認していない差出人を見せる手口です。`
        : `メールの書式に反するヘッダー行があります（${MALFORMED[kind]}）：「${line}」。サーバーとメールソフトで解釈が食い違うおそれがあります。`,
  },
  'header-anomaly/duplicate-header': {
    title: '同じヘッダーが複数あります',
    detail: ({ name, count }) => `${headerName(name)} ヘッダーが ${count} 個あります。フィルターが確認したものとは別の内容が表示されているおそれがあります。`,
  },
  'header-anomaly/malformed-list-id': {
    title: 'メーリングリストからのメールを装っています',
    detail: ({ value }) =>
      `このメールはメーリングリスト「${value}」のものだと名乗っていますが、メーリングリストのソフトはこのような書き方をしません（正しくは <名前.ドメイン>、RFC 2919）。購読しているニュースレターに見せかけるため、送信者がリストのヘッダーを作っています。`,
    advice: '購読したとは限りません。「配信停止」を含め、メール内のリンクは使わないでください。',
  },
  'header-anomaly/sender-mismatch': {
    title: '別の送信者が代理で送っています',
    detail: ({ sender, from, scrambled }) =>
      scrambled
        ? `送信元には ${from} と表示されていますが、実際に送ったのは ${sender} です。名前部分が文字をでたらめに並べたもので、人やサービスではなく、この大量送信のために作られたアドレスです。`
        : `送信元には ${from} と表示されていますが、実際には ${sender} が代理で送信しています。`,
  },
  'header-anomaly/forged-authentication-results': {
    title: '偽の認証結果が書き込まれています',
    detail: ({ authservId, claims, trustedId }) =>
      `「${authservId}」のヘッダーは ${claims} と主張していますが、受信サーバー${trustedId && trustedId !== '-' ? `（${trustedId}）` : ''}はそれを確認していません。送信者が自分で書き込んだ結果です。`,
  },
  'header-anomaly/confusable-characters': {
    title: '別の文字体系の似た文字が使われています',
    detail: ({ where, text, looksLike, scripts }) =>
      `${where === 'subject' ? '件名' : where === 'text' ? '本文' : '表示名'}の「${text}」は「${looksLike}」と読めますが、見た目の似た別の文字（${scriptNames(scripts)}）で書かれています。`,
    advice: '正規の送信者が文字を偽装する理由はありません。フィルターをすり抜けるための手口と考えてください。',
  },
  'header-anomaly/invalid-sender-domain': {
    title: '差出人のドメインが実在しえない形です',
    detail: ({ domain, reason }) =>
      reason === 'single-label'
        ? `差出人アドレスのドメイン「${domain}」にはトップレベルドメインがなく、インターネット上に存在しません。`
        : reason === 'ip-literal'
          ? `差出人アドレスがドメイン名ではなく IP アドレス ${domain} で終わっています。`
          : reason === 'bad-characters'
            ? `差出人アドレスのドメイン「${domain}」には、ドメイン名に使えない文字が含まれています。`
            : `差出人アドレスのドメイン「${domain}」のトップレベルドメインは存在しません。`,
    advice: 'このようなアドレスの背後に組織はなく、返信も届きません。正規の企業は必ず自社の登録済みドメインから送信します。',
  },
  'header-anomaly/styled-letters': {
    title: '装飾文字で書かれた単語があります',
    detail: ({ where, text, plain }) => `${PLACE[where] ?? where}で「${plain}」が装飾用の Unicode 文字（「${text}」）で書かれています。`,
    advice: 'このような文字は人には普通の単語に見えますが、迷惑メールフィルターには読めません。企業がメールをこのように書くことはありません。',
  },
  'header-anomaly/joined-words': {
    title: '件名の単語がフィルターから隠されています',
    detail: ({ subject, reading }) => `件名「${subject}」は「${reading}」と読めますが、単語がスペースではなくドットや下線でつながれています。`,
    advice: '人にはこの件名は文として読めますが、迷惑メールフィルターには一つの未知の単語に見えます。正規の送信者は件名をスペースで区切って書きます。',
  },
  'header-anomaly/random-token': {
    title: 'ランダムな文字列が埋め込まれています',
    detail: ({ where, token, serial, padded }) =>
      serial
        ? `差出人アドレスの名前部分「${token}」は、名前に通し番号を付けたものです。大量送信のためにプログラムが作った多数の差出人の一つです。`
        : padded
          ? `差出人名の末尾に、点で区切った記号「${token}」が付いています。名前は読めるまま、一通ごとに違う印を付ける手口です。`
          : `${PLACE[where] ?? where}に、ランダムに見える文字列「${token}」が入っています。`,
    advice: '大量送信の迷惑メールは、フィルターに同じメールだと気付かれないよう一通ごとに違う文字列を入れます。人や正規のサービスがこのような文字列を書くことはまれです。',
  },
  'header-anomaly/platform-default-sender': {
    title: '差出人がクラウドサービスの無料プロジェクト用アドレスです',
    detail: ({ domain, service, what }) =>
      `このメールは「${domain}」から届いています。これは ${service} が登録した誰にでも数分で割り当てる${what === 'tenant' ? 'テナント' : what === 'help-desk' ? 'ヘルプデスクアカウント' : 'プロジェクト'}用の名前で、独自ドメインを持たなくても使えます。`,
    advice: 'このようなアドレスは送り主が誰なのかを何も示さず、サービスの信用を利用してフィルターをすり抜けます。顧客にメールを送る企業は自社のドメインから送信します。',
  },
  'header-anomaly/limit-exceeded': {
    title: 'メールの一部を確認できませんでした',
    detail: ({ limit, value, max }) => `このメールは安全のための上限を超えています（${uiJa.limits[limit] ?? limit}：${value}、上限 ${max}）。上限を超えた部分は確認していません。`,
  },
} satisfies CatalogPart<HeaderAnomalyParams>;
