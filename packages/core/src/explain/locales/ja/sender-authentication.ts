import type { CatalogPart } from '../../catalog.js';
import { w } from '../../ja-text.js';
import type { SenderAuthenticationParams } from '../../../model/params/sender-authentication.js';

/** 「受信サーバー（mx.example.org）」。ID のないヘッダー（Microsoft 365）ではサーバー名を省く。 */
const server = (id: string): string => (id && id !== '-' ? `受信サーバー（${id}）` : '受信サーバー');

const MS_KIND = {
  phish: 'フィッシングと判定しています',
  spoof: '送信元のなりすましを検出しています',
  impersonation: '他者へのなりすましを検出しています',
  spam: '迷惑メールと判定しています',
  malware: 'マルウェアを検出しています',
  'first-contact': 'この送信元からのメールはふだんあまり届かないと示しています',
  lookalike: 'アドレスに紛らわしい文字や数字が含まれていると示しています',
} as const;

const COMPAUTH = {
  explicit: '送信元ドメインが DMARC ポリシーを公開しており、このメールはそれに不合格でした',
  implicit: '送信元ドメインから送られたことを確認できませんでした',
  admin: '管理者がこの送信元をなりすましとしてブロックしています',
  'intra-org': '組織内からのメールを名乗っていますが、確認できませんでした',
  other: '送信元を確認できませんでした',
} as const;

/** What the domain owner's published DMARC policy asks receivers to do, for the reader. */
const DMARC_POLICY: Readonly<Record<string, string>> = {
  reject: 'ドメインの所有者は、この認証に失敗したメールを受信拒否するよう求めています（ポリシー reject）。',
  quarantine: 'ドメインの所有者は、この認証に失敗したメールを迷惑メールとして扱うよう求めています（ポリシー quarantine）。',
  none: 'ドメインの所有者のポリシーは監視のみです（ポリシー none）。',
};

export const senderAuthenticationJa = {
  'sender-authentication/brand-domain-spoofed': {
    title: '正規ドメインを使っていますが、本人からのメールではありません',
    detail: ({ brandJa, domain, failed, authservId }) =>
      failed === 'none'
        ? `${w(brandJa, { before: false })}の正規ドメイン ${domain} を使っていますが、${server(authservId)}の認証結果には ${domain} の署名も SPF の合格もなく、このドメインを証明するものが何もありません。${w(brandJa, { before: false })}が本当に送ったメールには通常その署名があります。${w(brandJa, { before: false })}から送られたことを示すものはありません。`
        : `${w(brandJa, { before: false })}を名乗り、その正規ドメイン ${domain} を使っていますが、${server(authservId)}の認証結果は ${failed} で、${w(brandJa, { before: false })}から送られたメールではありません。`,
    advice: '正規のアドレスを偽装したなりすましです。リンク・返信・添付ファイルはすべて使わないでください。',
  },
  'sender-authentication/dmarc-fail': {
    title: '送信元ドメインの DMARC 認証に失敗しています',
    detail: ({ domain, policy, authservId }) =>
      `${server(authservId)}は${domain === '-' ? '送信元ドメイン' : ` ${domain} `}について dmarc=fail と判定しています。${DMARC_POLICY[policy] ?? (policy ? `（公開ポリシー ${policy}）` : '')}送信元アドレスは認証されていません。`,
  },
  'sender-authentication/earlier-dmarc-fail': {
    title: '最初のサーバーでは送信元の DMARC 認証に失敗しています',
    detail: ({ domain, firstHop, authservId }) =>
      `${server(authservId)}は ${domain} について dmarc=pass と判定していますが、経路上の最初のサーバー${firstHop === '-' ? '' : `（${firstHop}）`}は dmarc=fail と記録しています。このメールは ${domain} の正規のサーバーから送られたものではなく、${domain} が許可しているサービス（Microsoft 365 のテナントなど）を経由して送り直されたことで認証を通っています。正当な転送で失敗が成功に変わることはありません。`,
    advice: 'メールソフトで認証済みと表示されても、送信元は確認されていないものとして扱ってください。',
  },
  'sender-authentication/dkim-sha1': {
    title: '2018 年に廃止された方式で署名されています',
    detail: ({ domains }) =>
      `このメールの DKIM 署名${domains === '-' ? '' : `（${domains}）`}はすべて RSA-SHA1 方式です。この方式は 2018 年に標準（RFC 8301）で廃止され、受信サーバーは有効な署名として扱ってはならないとされています。メールサービスやメーリングリストのソフトは SHA-256 で署名しており、SHA-1 だけで署名するのは自作の一斉送信ソフトの特徴です。`,
    advice: '本当の送信者を示すものはありません。リンクや依頼には注意してください。',
  },
  'sender-authentication/spf-fail': {
    title: '送信サーバーがこのドメインの送信を許可されていません',
    detail: ({ domain, result, authservId }) =>
      `${server(authservId)}は${domain === '-' ? '送信元ドメイン' : ` ${domain} `}について spf=${result} と判定しています。配送したサーバーはこのドメインの送信元として登録されていません。`,
  },
  'sender-authentication/dkim-fail': {
    title: '電子署名が壊れています',
    detail: ({ domains, authservId }) =>
      `${server(authservId)}によると、${domains} の DKIM 署名の検証に失敗しています。署名後に改変されたか、署名が偽造されています。`,
  },
  'sender-authentication/dkim-unaligned': {
    title: '送信元とは別のドメインが署名しています',
    detail: ({ fromDomain, signers }) => `このメールの署名は ${signers} のもので、送信元ドメイン ${fromDomain} の署名ではありません（Outlook では「経由」と表示されます）。`,
  },
  'sender-authentication/compauth-fail': {
    title: 'Microsoft が送信元を確認できませんでした',
    detail: ({ kind, reason }) => `Microsoft 365 の判定は compauth=fail（理由コード ${reason}）です。${COMPAUTH[kind]}。`,
  },
  'sender-authentication/spam-filter-verdict': {
    title: '迷惑メールフィルターがすでに迷惑メールと判定しています',
    detail: () => 'このメールが通過した迷惑メールフィルター（受信サーバーやメーリングリスト）が、迷惑メールと判定しています。',
    advice: '迷惑メールとして扱い、リンクを開いたり返信したりしないでください。',
  },
  'sender-authentication/fake-trust-banner': {
    title: 'メール本文が自分で送信者の安全性を保証しています',
    detail: ({ claim }) => `本文に「${claim}」と書かれています。送信者が確認済みかどうかを判断できるのは受信側のメールシステムだけで、その結果がメール本文の中に書かれることはありません。`,
    advice: 'このような一文は、セキュリティ確認の結果に見せかけるために送信者自身が書いたものです。実際の差出人アドレスで判断してください。',
  },
  'sender-authentication/microsoft-verdict': {
    title: 'Microsoft のフィルターが警告しています',
    detail: ({ code, kind }) =>
      code.startsWith('SCL:')
        ? `Microsoft 365 のフィルターはこのメールを迷惑メールと評価しています。迷惑メール信頼度は 0〜9 のうち ${code.slice(4)} です（${code}）。`
        : `Microsoft 365 のフィルターはこのメールを${MS_KIND[kind]}（${code}）。`,
  },
} satisfies CatalogPart<SenderAuthenticationParams>;
