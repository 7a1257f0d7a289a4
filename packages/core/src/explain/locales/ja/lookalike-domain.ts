import type { CatalogPart } from '../../catalog.js';
import { w } from '../../ja-text.js';
import type { LookalikeDomainParams } from '../../../model/params/lookalike-domain.js';

const KIND: Readonly<Record<string, string>> = {
  skeleton: '見た目の似た文字への置き換え',
  typo: 'わずかな綴りの違い',
  hyphen: 'ハイフンの追加・削除',
  flattened: 'ドメイン全体を一つの名前に詰めたもの',
  'tld-swap': '末尾（トップレベルドメイン）の違い',
  'brand-plus-keyword': '名前に単語を付け足したもの',
};

export const lookalikeDomainJa = {
  'lookalike-domain/sender-lookalike': {
    title: '送信元ドメインがブランドのドメインに似せてあります',
    detail: ({ domain, brandJa, brandDomain, kind }) =>
      `送信元ドメイン ${domain} は${w(brandJa)}のドメイン ${brandDomain} に似せてありますが（${KIND[kind] ?? kind}）、${w(brandJa, { before: false })}のものではありません。`,
    advice: '送信元ドメインを、ご存じの正しいドメインと一文字ずつ見比べてください。',
  },
  'lookalike-domain/link-lookalike': {
    title: 'リンク先がブランドのドメインに似せてあります',
    detail: ({ host, brandJa, brandDomain, kind }) =>
      `リンク先 ${host} は${w(brandJa)}のドメイン ${brandDomain} に似せたものですが（${KIND[kind] ?? kind}）、${w(brandJa, { before: false })}のものではありません。`,
    advice: 'このリンクからログインしないでください。ブックマークや公式アプリから開いてください。',
  },
  'lookalike-domain/idn-homograph': {
    title: '見た目の似た別の文字を使ったドメインです',
    detail: ({ where, host, ascii, imitates }) => {
      const place = where === 'sender' ? '送信元' : 'リンク先';
      return imitates
        ? `${place}のドメイン ${host}（${ascii}）は ${imitates} に見えますが、見た目の似た別の文字で書かれています。`
        : `${place}のドメイン ${host}（${ascii}）は、見た目の似た複数の文字体系を混ぜて書かれています。`;
    },
  },
  'lookalike-domain/brand-in-subdomain': {
    title: 'ブランド名を別のドメインの前に付けています',
    detail: ({ host, domain, token, brandJa }) =>
      `リンク先 ${host} は${w(brandJa)}に見せるため ${token} で始まっていますが、実際のサイトは ${domain} です。`,
    advice: 'ウェブアドレスの持ち主は末尾のドメインで決まり、その前に付いた名前は関係ありません。',
  },
} satisfies CatalogPart<LookalikeDomainParams>;
