import type { CatalogPart } from '../../catalog.js';
import type { UrlRedirectParams } from '../../../model/params/url-redirect.js';

const more = (count: number): string => (count > 1 ? `（同様のリンクが全部で ${count} 件あります）` : '');

export const urlRedirectJa = {
  'url-redirect/third-party-redirect': {
    title: 'リンクが無関係なサイトを経由して転送されます',
    detail: ({ via, redirector, target, count }) =>
      `リンク先は ${via} を経由して ${target} に向かいます。経由する ${redirector} は送信元のものでも、メールのセキュリティサービスのものでもありません${more(count)}。`,
    advice: '無関係なサイトを経由させるのは、フィッシングサイトをフィルターから隠すためによく使われる手口です。心当たりがなければ開かないでください。',
  },
  'url-redirect/shortened-link': {
    title: '短縮URLでリンク先が隠されています',
    detail: ({ shortener, url, count, everyLink }) =>
      `リンク ${url} は短縮URLサービス ${shortener} を使っているため、クリックする前に本当のリンク先を確かめられません${more(count)}。` +
      (everyLink ? 'このメールのリンクはすべて短縮URLで、どのリンクも行き先が分かりません。' : ''),
    advice: '公式のお知らせで短縮URLが使われることはあまりありません。ブックマークや公式アプリからアクセスしてください。',
  },
  'url-redirect/insecure-target': {
    title: '暗号化されていないページへ転送されます',
    detail: ({ via, target }) => `リンクは ${via} までは https ですが、最終的なリンク先 http://${target} は暗号化されていないページです。`,
  },
  'url-redirect/nested-redirects': {
    title: 'リンクが何度も転送されます',
    detail: ({ hops, via, target }) => `リンクは ${hops} か所の転送サービス（${via}）を経由してから ${target} に向かいます。`,
  },
} satisfies CatalogPart<UrlRedirectParams>;
