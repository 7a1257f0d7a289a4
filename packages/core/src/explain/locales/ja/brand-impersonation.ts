import type { CatalogPart } from '../../catalog.js';
import { token, w } from '../../ja-text.js';
import type { BrandImpersonationParams } from '../../../model/params/brand-impersonation.js';

export const brandImpersonationJa = {
  'brand-impersonation/display-name-brand': {
    title: '表示名が無関係のブランドを名乗っています',
    detail: ({ name, brandJa, domain, brandDomains }) =>
      domain === '-'
        ? `表示名は「${name}」ですが、送信元には使えるアドレスがなく、${w(brandJa, { before: false })}の正規ドメイン（${brandDomains}）から送られたことを示すものはありません。`
        : `表示名は「${name}」ですが、送信元ドメインは ${domain} で、${w(brandJa, { before: false })}の正規ドメイン（${brandDomains}）ではありません。`,
    advice: 'このメールのリンクは使わず、公式アプリやブックマークからサービスを開いてください。',
  },
  'brand-impersonation/brand-links-elsewhere': {
    title: 'ブランドの名前で届いていますが、リンクはすべて別のサイトに向かいます',
    detail: ({ brandJa, domain, target, links }) =>
      `${w(brandJa, { before: false })}のアドレス（${domain}）から届いていますが、それを裏付ける認証結果はなく、${links === 1 ? 'リンクは' : `${links} 件のリンクはどれも`}${w(brandJa)}のサイトではなく ${target} に向かいます。`,
    advice: '本物のブランドのメールは自社のサイトにリンクします。リンクは使わず、公式アプリやブックマークから開いてください。',
  },
  'brand-impersonation/text-brand-links-elsewhere': {
    title: 'ブランドを名乗っていますが、リンク先は別のサイトです',
    detail: ({ brandJa, named, domain, target, inSubject, inCopyright }) =>
      `${inSubject ? '件名' : inCopyright ? '本文の著作権表示' : '本文の冒頭'}で${w(brandJa, { after: false })}（「${named}」）を名乗っていますが、${domain === '-' ? '送信元には使えるアドレスがなく' : `送信元は ${domain} で`}、リンク先も${w(brandJa)}ではなく ${target} です。`,
    advice: '本物のブランドからのメールは自社のサイトにリンクします。メールのリンクではなく、公式アプリやブックマークから確認してください。',
  },
  'brand-impersonation/brand-text-from-freemail': {
    title: 'フリーメールのアドレスがブランドを名乗っています',
    detail: ({ brandJa, named, address, brandDomains }) =>
      `本文は${w(brandJa)}として（「${named}」）あなたに語りかけていますが、送信元は誰でも作れるフリーメールの ${address} で、${w(brandJa, { before: false })}のドメイン（${brandDomains}）ではありません。`,
    advice: 'ブランドは自社のドメインから顧客にメールを送ります。このメールに書かれた電話番号やアドレスには連絡せず、公式アプリや公式サイトから確認してください。',
  },
  'brand-impersonation/brand-callback-number': {
    title: 'ブランドを名乗り、電話をかけさせようとしています',
    detail: ({ brandJa, named, domain, phone, brandDomains }) =>
      `本文は${w(brandJa)}として（「${named}」）あなたに語りかけ、${phone} に電話するよう求めていますが、送信元は ${domain} で、${w(brandJa, { before: false })}のドメイン（${brandDomains}）ではありません。偽の請求書やログイン通知は、リンクの代わりに電話番号を載せます。電話に出るのは詐欺の犯人です。`,
    advice: 'このメールの電話番号にはかけないでください。気になる場合は、公式サイトや公式アプリに載っている番号で確認してください。',
  },
  'brand-impersonation/subject-tag-brand': {
    title: '件名が無関係のブランドを名乗っています',
    detail: ({ tag, brandJa, domain }) => `件名に${token(tag)}とありますが、${domain === '-' ? `送信元には使えるアドレスがなく、${w(brandJa, { before: false })}から送られたことを示すものはありません` : `送信元ドメイン ${domain} は${w(brandJa)}のドメインではありません`}。`,
    advice: '送信元アドレスを確認してください。本物のメールはそのブランド自身のドメインから届きます。',
  },
} satisfies CatalogPart<BrandImpersonationParams>;
