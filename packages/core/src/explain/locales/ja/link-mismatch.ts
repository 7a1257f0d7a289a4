import type { CatalogPart } from '../../catalog.js';
import type { LinkMismatchParams } from '../../../model/params/link-mismatch.js';

export const linkMismatchJa = {
  'link-mismatch/text-shows-other-domain': {
    title: 'リンクの表示と実際のリンク先が違います',
    detail: ({ shown, actual, via, hidden, count }) =>
      (hidden
        ? `リンクの表示は ${shown} ですが、実際のリンク先は ${actual} で、本当の行き先が隠されています`
        : via
          ? `リンクの表示は ${shown} ですが、実際には ${via} を経由して ${actual} に向かいます`
          : `リンクの表示は ${shown} ですが、実際のリンク先は ${actual} です`) + (count > 1 ? `（同様のリンクが全部で ${count} 件あります）` : '') + '。',
    advice: 'クリックしないでください。必要なときは、アドレスを自分で入力するか、ブックマークや公式アプリからアクセスしてください。',
  },
  'link-mismatch/action-link-elsewhere': {
    title: 'ログインや確認を求めるボタンが、無関係のサイトに向かいます',
    detail: ({ label, target, domain }) =>
      `「${label}」というボタンはアカウントの操作を求めていますが、リンク先の ${target} は${domain === '-' ? '送信元' : `送信元（${domain}）`}のものでも、ayashii が知っているブランドやメール配信サービスのものでもありません。`,
    advice: 'このメールからログインしたり情報を入力したりしないでください。公式アプリやブックマークからサービスを開いてください。',
  },
} satisfies CatalogPart<LinkMismatchParams>;
