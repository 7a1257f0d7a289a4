/**
 * The data embedded in the HTML report (`<script type="application/json" class="ayashii-rows">`
 * blocks, the rows, then `id="ayashii-data"`, what is known only at the end of the scan:
 * ReportHead), and
 * the report's own UI words. Shared by the Node side that writes it and the browser script that
 * reads it, so both agree on the shape at compile time.
 */
import type { Category, Evidence, Severity, VerdictLevel } from '@ayashii/core';

export type Lang = 'en' | 'ja';
export type Bi = { readonly en: string; readonly ja: string };

export interface ReportFinding {
  readonly checkId: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly weight: number;
  readonly title: Bi;
  readonly detail: Bi;
  readonly advice?: Bi;
  readonly evidence: readonly Evidence[];
}

/**
 * What every finding of one check shares: its category, and its title and advice, which do not
 * depend on the message. Written once per check (ReportHead.checks), not with every finding: a
 * tenth of a large report's size otherwise.
 */
export interface CheckInfo {
  readonly category: Category;
  readonly title: Bi;
  readonly advice?: Bi;
}

/** A finding as the file holds it: the shared parts only when they differ from its check's. */
export type WireFinding = Omit<ReportFinding, 'category' | 'title' | 'advice'> & Partial<Pick<ReportFinding, 'category' | 'title' | 'advice'>>;

/** A row as the file holds it (`ayashii-rows`). */
export type WireRow = Omit<ReportRow, 'findings'> & { readonly findings: readonly WireFinding[] };

export interface ReportRow {
  readonly file: string;
  /** null for an error row */
  readonly verdict: VerdictLevel | null;
  readonly score: number;
  /** An error row's code (errors.ts) and its text in both languages. */
  readonly error?: { readonly code: string; readonly text: Bi };
  readonly subject: string;
  readonly from: string;
  /** The Date as ISO 8601 in the sender's offset, and the Message-ID: shown when the row is opened; absent when the mail has none. */
  readonly date?: string;
  readonly messageId?: string;
  readonly senderDomain: string;
  readonly linkDomains: readonly string[];
  readonly summary?: Bi;
  readonly findings: readonly ReportFinding[];
}

export interface ReportHead {
  readonly meta: {
    readonly tool: 'ayashii';
    readonly version: string;
    readonly generated: string;
    readonly lang: Lang;
    readonly paths: readonly string[];
    readonly elapsedMs: number;
    readonly minLevel: VerdictLevel;
    /** A signal stopped the scan: the rows are those scanned before it. */
    readonly interrupted?: boolean;
    readonly levelLabels: { readonly en: Readonly<Record<VerdictLevel, string>>; readonly ja: Readonly<Record<VerdictLevel, string>> };
  };
  readonly summary: {
    readonly scanned: number;
    readonly messages: number;
    readonly errors: number;
    readonly levels: Readonly<Record<VerdictLevel, number>>;
    /** Items of Outlook data files that are not mail (calendars, contacts …), not scanned; absent when none. */
    readonly notMail?: number;
  };
  /** The shared parts of the findings, by check id. */
  readonly checks: Readonly<Record<string, CheckInfo>>;
}

/** What the page works with: the two blocks together, each finding whole again. */
export interface ReportData extends ReportHead {
  readonly rows: readonly ReportRow[];
}

export const UI: Record<Lang, Record<string, string>> = {
  en: {
    title: 'ayashii report',
    lead: 'Which of these mails lie about who sent them or where their links go.',
    generated: 'Generated',
    scannedPaths: 'Scanned',
    scanned: 'Scanned',
    messages: 'Messages',
    errors: 'Errors',
    notMail: 'Not mail (calendar, contacts …)',
    levelsChart: 'Verdict levels',
    categoriesChart: 'Most frequent finding categories',
    categoriesNote: 'messages with at least one finding in the category',
    timelineChart: 'Mail by the date it states',
    timelineTitle: 'Mail by the date it states ({unit})',
    'per-day': 'per day',
    'per-month': 'per month',
    'per-year': 'per year',
    timelineNote: 'Not shown: {outside} dated outside this range, {undated} without a date.',
    senders: 'Top sender domains',
    links: 'Top link target domains',
    domain: 'Domain',
    folders: 'Folders',
    folder: 'Folder',
    pickTitle: 'Show only these messages (click again for all)',
    subjects: 'Subjects of flagged mail (campaigns)',
    pickSender: 'Sender domain',
    pickLink: 'Link target domain',
    unpick: 'Show all messages',
    flagged: 'Flagged',
    all: 'All',
    flaggedNote: 'Flagged: messages at caution or above.',
    none: 'None',
    table: 'Messages',
    filterLevels: 'Levels',
    filterCategory: 'Category',
    anyCategory: 'Any category',
    search: 'Search',
    searchPlaceholder: 'file, sender, subject, finding…',
    colLevel: 'Level',
    colScore: 'Score',
    colFile: 'File',
    colFrom: 'From',
    colSubject: 'Subject',
    date: 'Date',
    messageId: 'Message-ID',
    colFindings: 'Findings',
    error: 'Error',
    showing: 'Showing {n} of {m}',
    more: 'Show more',
    noFindings: 'No findings.',
    filesUnder: 'Files are shown relative to {dir}',
    evidence: 'Evidence',
    advice: 'What to do',
    expand: 'Show details',
    filteredOut: 'Messages below {level} were not included in this report (--min-level).',
    interrupted: 'The scan was interrupted: this report holds only the mail scanned before it stopped.',
    noscript: 'This report needs its embedded script to draw the tables (it loads nothing from the network).',
  },
  ja: {
    title: 'ayashii レポート',
    lead: '送信元やリンク先を偽っているメールの一覧です。',
    generated: '作成日時',
    scannedPaths: '対象',
    scanned: '処理件数',
    messages: 'メール',
    errors: 'エラー',
    notMail: 'メールでない項目（予定表、連絡先など）',
    levelsChart: '判定の内訳',
    categoriesChart: '多い指摘の種類',
    categoriesNote: 'その種類の指摘が 1 つ以上あるメールの件数',
    timelineChart: 'メールの日付（各メールの Date による）',
    timelineTitle: 'メールの日付（{unit}、各メールの Date による）',
    'per-day': '1 日ごと',
    'per-month': '1 か月ごと',
    'per-year': '1 年ごと',
    timelineNote: '表示していないもの：この範囲外の日付 {outside} 件、日付なし {undated} 件。',
    senders: '送信元ドメイン（上位）',
    links: 'リンク先ドメイン（上位）',
    domain: 'ドメイン',
    folders: 'フォルダー',
    folder: 'フォルダー',
    pickTitle: 'これらのメールだけを表示（もう一度押すとすべて）',
    subjects: '注意以上のメールの件名（同じ攻撃）',
    pickSender: '送信元ドメイン',
    pickLink: 'リンク先ドメイン',
    unpick: 'すべてのメールを表示',
    flagged: '要確認',
    all: '全体',
    flaggedNote: '要確認: 判定が「注意」以上のメールの件数です。',
    none: 'なし',
    table: 'メール一覧',
    filterLevels: '判定',
    filterCategory: '指摘の種類',
    anyCategory: 'すべての種類',
    search: '検索',
    searchPlaceholder: 'ファイル、送信元、件名、指摘…',
    colLevel: '判定',
    colScore: 'スコア',
    colFile: 'ファイル',
    colFrom: '送信元',
    colSubject: '件名',
    date: '日時',
    messageId: 'Message-ID',
    colFindings: '指摘',
    error: 'エラー',
    showing: '{m} 件中 {n} 件を表示',
    more: 'さらに表示',
    noFindings: '指摘はありません。',
    filesUnder: 'ファイルは {dir} からの相対パスで表示しています',
    evidence: '根拠',
    advice: '対処',
    expand: '詳細を表示',
    filteredOut: '判定が「{level}」未満のメールはこのレポートに含まれていません（--min-level）。',
    interrupted: 'スキャンは途中で中断されました。このレポートには中断までに調べたメールだけが含まれています。',
    noscript: 'このレポートの表は埋め込みのスクリプトで描画します（ネットワークからは何も読み込みません）。',
  },
};

export const CATEGORY_LABELS: Record<Lang, Record<Category, string>> = {
  en: {
    'sender-display-name': 'Display name',
    'brand-impersonation': 'Brand impersonation',
    'sender-authentication': 'Sender authentication',
    'reply-path': 'Reply path',
    'lookalike-domain': 'Look-alike domain',
    'own-organization': 'Posing as your organisation',
    'recipient-targeting': 'Targets the recipient',
    'url-redirect': 'Redirected link',
    'url-obfuscation': 'Disguised link',
    'link-mismatch': 'Link text and target differ',
    attachment: 'Attachment',
    'social-engineering': 'Pressure or bait in the text',
    'hidden-content': 'Text hidden from the reader',
    'forwarded-message': 'Forwarded message',
    'header-anomaly': 'Header anomaly',
  },
  ja: {
    'sender-display-name': '表示名',
    'brand-impersonation': 'ブランドのなりすまし',
    'sender-authentication': '送信元の認証',
    'reply-path': '返信先',
    'lookalike-domain': '似せたドメイン',
    'own-organization': '自組織のなりすまし',
    'recipient-targeting': '受信者を狙った細工',
    'url-redirect': '転送されるリンク',
    'url-obfuscation': '偽装されたリンク',
    'link-mismatch': 'リンクの表示と実際の違い',
    attachment: '添付ファイル',
    'social-engineering': '文面による誘導',
    'hidden-content': '読む人から隠された文章',
    'forwarded-message': '転送されたメール',
    'header-anomaly': 'ヘッダーの異常',
  },
};
