/**
 * The task pane's own chrome (buttons, headings, source names). Everything about the mail itself
 * (level labels, summary, findings, skip reasons) comes from the core catalog via `explain`, so
 * the CLI, Thunderbird and Outlook say the same thing.
 */
import type { Locale } from './core.js';
import type { SourceName, SourceStatus } from './host/read-item.js';

export interface UiStrings {
  readonly appName: string;
  readonly tagline: string;
  readonly check: string;
  readonly checkAgain: string;
  readonly checking: string;
  readonly switchLanguage: string;
  readonly switchLanguageLabel: string;
  readonly intro: string;
  readonly noItem: string;
  readonly oldEngine: string;
  readonly notDeterminedLabel: string;
  readonly notDeterminedSummary: string;
  readonly partialNotice: (n: number) => string;
  readonly headersMissingSummary: (label: string) => string;
  readonly scoreLabel: string;
  readonly subjectLabel: string;
  readonly findingsHeading: (n: number) => string;
  readonly noFindings: string;
  readonly adviceLabel: string;
  readonly evidenceLabel: string;
  readonly severity: Readonly<Record<'info' | 'warn' | 'danger', string>>;
  readonly linksHeading: (n: number) => string;
  readonly linksTitle: string;
  readonly linksIntro: string;
  readonly noLinks: string;
  readonly linksBodyMissing: string;
  readonly linkShown: { readonly image: string; readonly form: string; readonly bareUrl: string; readonly pdf: (file: string) => string; readonly noText: string };
  readonly linkTo: string;
  readonly linkFlagged: string;
  readonly linkNoHost: string;
  readonly linkVia: string;
  readonly linkShortener: (name: string) => string;
  readonly linkFullUrl: string;
  readonly linksMore: (n: number, flagged: number) => string;
  readonly skippedHeading: (n: number) => string;
  readonly showCheckIds: (n: number) => string;
  readonly sourceCount: Readonly<Partial<Record<SourceName, (n: number) => string>>>;
  readonly sourcesHeading: string;
  readonly sourceNames: Readonly<Record<SourceName, string>>;
  readonly sourceStatus: Readonly<Record<SourceStatus, string>>;
  readonly usedSource: (whole: boolean) => string;
  readonly privacy: string;
  readonly failed: string;
}

export const ui: Readonly<Record<Locale, UiStrings>> = {
  en: {
    appName: 'ayashii',
    tagline: 'Is this mail lying?',
    check: 'Check this mail',
    checkAgain: 'Check again',
    checking: 'Checking…',
    switchLanguage: '日本語',
    switchLanguageLabel: '日本語で表示',
    intro: 'Checks whether this mail fakes its sender or hides where its links go, before you click.',
    noItem: 'Open a message to check it.',
    oldEngine: 'This version of Outlook uses an old browser engine that ayashii does not support. Update Outlook or use Outlook on the web.',
    notDeterminedLabel: 'Not checked',
    notDeterminedSummary: 'Outlook did not provide the message headers, so the sender could not be checked. This is not a sign that the mail is safe.',
    partialNotice: (n) => `${n} ${n === 1 ? 'check was' : 'checks were'} not run because Outlook did not provide everything. See "Not checked" below.`,
    headersMissingSummary: (label) =>
      `Outlook did not provide the message headers, so the sender could not be checked. The links and attachments alone already make this mail "${label}".`,
    scoreLabel: 'Score',
    subjectLabel: 'Subject',
    findingsHeading: (n) => `Findings (${n})`,
    noFindings: 'No findings.',
    adviceLabel: 'What to do',
    evidenceLabel: 'Evidence',
    severity: { info: 'Note', warn: 'Warning', danger: 'High risk' },
    linksHeading: (n) => `Links in this mail (${n})`,
    linksTitle: 'Links in this mail',
    linksIntro: 'Where each link really goes. Shown as text only: nothing here can be clicked.',
    noLinks: 'This mail has no links.',
    linksBodyMissing: 'Outlook did not provide the message body, so its links cannot be listed.',
    linkShown: { image: 'image link', form: 'form sends to', bareUrl: 'URL in the text', pdf: (file) => `link in ${file || 'an attachment'}`, noText: 'link without text' },
    linkTo: 'goes to',
    linkFlagged: 'A finding above points at this link',
    linkNoHost: 'not a web address',
    linkVia: 'via',
    linkShortener: (name) => `Shortened with ${name}: the real destination is hidden.`,
    linkFullUrl: 'Full address',
    linksMore: (n, flagged) => `and ${n} more${flagged > 0 ? `, ${flagged} of them named in the findings` : ''} (not shown)`,
    skippedHeading: (n) => `Not checked (${n})`,
    showCheckIds: (n) => (n === 1 ? 'Show the check' : `Show the ${n} checks`),
    sourceCount: {
      'whole-message': (n) => `${n.toLocaleString('en-US')} bytes`,
      attachments: (n) => (n === 1 ? '1 attachment' : `${n} attachments`),
      'attachment-content': (n) => (n === 1 ? '1 read' : `${n} read`),
    },
    sourcesHeading: 'What Outlook provided',
    sourceNames: {
      'whole-message': 'Whole message (getAsFileAsync)',
      headers: 'Internet headers',
      body: 'Message body (HTML)',
      attachments: 'Attachment list',
      'attachment-content': 'Attachment contents',
    },
    sourceStatus: {
      ok: 'read',
      partial: 'partly read',
      unsupported: 'not supported',
      failed: 'failed',
      timeout: 'timed out',
      'not-needed': 'not needed',
    },
    usedSource: (whole) => (whole ? 'Checked from the whole message, as the CLI does.' : 'Checked from the headers, body and attachments Outlook provided.'),
    privacy: 'Runs entirely inside Outlook. Nothing about this mail is sent anywhere.',
    failed: 'The check failed unexpectedly. The mail was not evaluated.',
  },
  ja: {
    appName: '怪しい',
    tagline: 'このメール、偽っていませんか？',
    check: 'このメールを確認',
    checkAgain: 'もう一度確認',
    checking: '確認しています…',
    switchLanguage: 'English',
    switchLanguageLabel: 'Show in English',
    intro: 'クリックする前に、このメールが送信元やリンク先を偽っていないかを確認します。',
    noItem: '確認するメールを開いてください。',
    oldEngine: 'この Outlook は古いブラウザーエンジンを使っているため、怪しい (ayashii) は動作しません。Outlook を更新するか、Outlook on the web をお使いください。',
    notDeterminedLabel: '判定できません',
    notDeterminedSummary: 'Outlook からメールのヘッダーを取得できなかったため、送信元を確認できませんでした。安全という意味ではありません。',
    partialNotice: (n) => `Outlook から一部の情報を取得できなかったため、${n} 件のチェックを実行していません。下の「未確認」をご覧ください。`,
    headersMissingSummary: (label) =>
      `Outlook からヘッダーを取得できなかったため、送信元は確認できていません。リンクと添付ファイルだけで「${label}」と判定されています。`,
    scoreLabel: 'スコア',
    subjectLabel: '件名',
    findingsHeading: (n) => `見つかった点（${n} 件）`,
    noFindings: '問題は見つかりませんでした。',
    adviceLabel: '対処',
    evidenceLabel: '根拠',
    severity: { info: '参考', warn: '注意', danger: '危険度 高' },
    linksHeading: (n) => `このメールのリンク（${n} 件）`,
    linksTitle: 'このメールのリンク',
    linksIntro: '各リンクの実際のリンク先です。文字として表示しているだけで、ここからは開けません。',
    noLinks: 'このメールにリンクはありません。',
    linksBodyMissing: 'Outlook から本文を取得できなかったため、リンクを一覧にできません。',
    linkShown: { image: '画像のリンク', form: 'フォームの送信先', bareUrl: '本文中の URL', pdf: (file) => `${file || '添付ファイル'} 内のリンク`, noText: '文字のないリンク' },
    linkTo: 'リンク先',
    linkFlagged: '上の指摘はこのリンクについてです',
    linkNoHost: 'Web のアドレスではありません',
    linkVia: '経由',
    linkShortener: (name) => `${name} で短縮されています。本当のリンク先は隠れています。`,
    linkFullUrl: 'アドレス全体',
    linksMore: (n, flagged) => `ほか ${n} 件${flagged > 0 ? `（うち ${flagged} 件は上の指摘に該当）` : ''}は表示していません`,
    skippedHeading: (n) => `未確認（${n} 件）`,
    showCheckIds: (n) => `対象のチェック（${n} 件）を表示`,
    sourceCount: {
      'whole-message': (n) => `${n.toLocaleString('ja-JP')} バイト`,
      attachments: (n) => `${n} 件`,
      'attachment-content': (n) => `${n} 件を取得`,
    },
    sourcesHeading: 'Outlook から取得した情報',
    sourceNames: {
      'whole-message': 'メール全体 (getAsFileAsync)',
      headers: 'インターネットヘッダー',
      body: '本文 (HTML)',
      attachments: '添付ファイルの一覧',
      'attachment-content': '添付ファイルの中身',
    },
    sourceStatus: {
      ok: '取得済み',
      partial: '一部のみ取得',
      unsupported: '非対応',
      failed: '失敗',
      timeout: '時間切れ',
      'not-needed': '不要',
    },
    usedSource: (whole) => (whole ? 'メール全体から確認しました（CLI と同じ方法です）。' : 'Outlook から取得したヘッダー・本文・添付ファイルから確認しました。'),
    privacy: '確認は Outlook の中だけで行われます。このメールの内容はどこにも送信されません。',
    failed: '確認中に予期しないエラーが発生しました。このメールは評価されていません。',
  },
};

/** `Office.context.displayLanguage` (`ja-JP`, `en-US`, …) → the core locale. */
export function localeFor(displayLanguage: string | undefined | null): Locale {
  return typeof displayLanguage === 'string' && /^ja\b/i.test(displayLanguage) ? 'ja' : 'en';
}
