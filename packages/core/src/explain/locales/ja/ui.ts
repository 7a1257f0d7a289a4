import type { UiCatalog } from '../../catalog.js';

export const uiJa: UiCatalog = {
  levels: { safe: '安全', caution: '注意', suspicious: '怪しい', dangerous: '危険' },
  summary: {
    safe: '送信元やリンクを偽っている形跡は見つかりませんでした。',
    caution: 'このメールを信用する前に、確認したい点があります：{top}。',
    suspicious: 'このメールは怪しい点があります：{top}。リンクを開く前、返信する前に確認してください。',
    dangerous: 'このメールは詐欺の可能性が高いです：{top}。リンクや添付ファイルを開かないでください。',
  },
  safeMinor: '警告するほどの点はありませんが、下に挙げた小さな点は確認しておくと安心です。',
  linkSummary: {
    safe: 'このリンクが行き先を偽っている形跡は見つかりませんでした。',
    caution: 'このリンクを開く前に、確認したい点があります：{top}。',
    suspicious: 'このリンクは怪しい点があります：{top}。確認するまで開かないでください。',
    dangerous: 'このリンクは詐欺の可能性が高いです：{top}。開かないでください。',
  },
  corroborated: '種類の異なる {n} つの兆候が重なっているため、{points} 点を加えています。',
  inAttachment: 'このリンクはメール本文ではなく、添付ファイル「{file}」の中にあります。',
  inUnnamedAttachment: 'このリンクはメール本文ではなく、添付ファイルの中にあります。',
  skipReasons: {
    'needs-headers': '未確認：ヘッダーを取得できませんでした',
    'needs-body': '未確認：本文を取得できませんでした',
    'needs-attachments': '未確認：添付ファイルを取得できませんでした',
    'needs-attachment-bytes': '未確認：添付ファイルの中身を取得できませんでした',
    'needs-recipient': '未確認：受信者がわかりません',
    'needs-authentication-results': '未確認：信頼できる認証結果がありません',
    disabled: '未確認：設定で無効になっています',
    'time-budget': '未確認：このメールの処理時間の上限に達しました',
    error: '未確認：このメールでチェックが失敗しました',
  },
  limits: {
    'header-bytes': 'ヘッダーのサイズ',
    'header-count': 'ヘッダーの数',
    'mime-depth': 'MIME の入れ子の深さ',
    'mime-parts': 'MIME パートの数',
    'body-bytes': '本文のサイズ',
    urls: 'リンクの数',
    attachments: '添付ファイルの数',
    'attachment-bytes': '添付ファイルのサイズ',
    time: '処理時間の上限（ミリ秒）',
  },
};
