import type { CatalogPart } from '../../catalog.js';
import { w } from '../../ja-text.js';
import type { UrlObfuscationParams } from '../../../model/params/url-obfuscation.js';

const FORMS: Readonly<Record<string, string>> = {
  hex: '16進数',
  octal: '8進数',
  dword: '一つの大きな数',
  short: '省略形',
  ipv6: 'IPv6',
};

/** The Japanese names of the products in data/free-hosting.json `published` (the others are the same in Japanese). */
const JA_PRODUCT: Readonly<Record<string, string>> = { 'Google Forms': 'Google フォーム', 'Google Docs': 'Google ドキュメント' };

export const urlObfuscationJa = {
  'url-obfuscation/ip-address-host': {
    title: 'リンク先がIPアドレスです',
    detail: ({ host, written, form }) =>
      form === 'in-name'
        ? `リンク先はサイト名ではなく、IPアドレス ${host} をそのまま名前にしたサーバー「${written}」です。`
        : form === 'dotted' || form === 'ipv6'
        ? `リンク先はサイト名ではなく、IPアドレス ${host} です。`
        : `リンク先はIPアドレス ${host} で、見抜かれにくいように ${written}（${FORMS[form] ?? form}）という形で書かれています。`,
    advice: '企業のリンクは通常サイト名（ドメイン）で書かれ、IPアドレスを直接指すことはありません。',
  },
  'url-obfuscation/userinfo-trick': {
    title: '「@」の前の文字で本当のリンク先を偽っています',
    detail: ({ shown, host }) => `リンクは「${shown}@」で始まっていますが、実際に開くのは ${host} です。`,
    advice: 'ウェブアドレスでは「@」より前の部分は接続先に関係しません。',
  },
  'url-obfuscation/script-link': {
    title: 'リンクがページではなくプログラムを実行します',
    detail: ({ scheme }) => `${scheme}: 形式のリンクがあります。ウェブサイトを開くのではなく、プログラムを実行したり埋め込まれた文書を開いたりするものです。`,
  },
  'url-obfuscation/html-form': {
    title: 'パスワードやカード番号を入力させるフォームがあります',
    detail: ({ action }) =>
      action
        ? `本文にパスワードやカード番号などを入力させるフォームがあり、入力した内容は ${action} に送られます。`
        : '本文にパスワードやカード番号などを入力させるフォームがあり、入力した内容の送信先が書かれていません。',
    advice: '正規の企業が、メール本文のフォームでパスワードやカード番号を求めることはありません。',
  },
  'url-obfuscation/suspicious-tld': {
    title: 'リンク先のドメインの末尾がフィッシングで多用されるものです',
    detail: ({ host, tld }) => `リンク先 ${host} の末尾 .${tld} は、正規のメールよりもフィッシングで多く使われています。`,
  },
  'url-obfuscation/non-standard-port': {
    title: 'リンク先が通常とは違うポートを使っています',
    detail: ({ host, port }) => `リンク先 ${host} はポート番号 ${port} を指定しています。通常のウェブサイトでは使われない形です。`,
  },
  'url-obfuscation/digit-glued-label': {
    title: 'リンク先のホスト名で単語と長い数字がつながっています',
    detail: ({ host, label }) =>
      `リンク先 ${host} に、単語と長い数字をつなげた「${label}」という部分があります。フィッシング用に自動生成されたホスト名によく見られる形です。`,
  },
  'url-obfuscation/uppercase-host': {
    title: 'リンク先のホスト名に大文字が混じっています',
    detail: ({ host, scrambled }) =>
      scrambled
        ? `リンク先 ${host} に、大文字・小文字・数字をでたらめに混ぜた「${scrambled}」という部分があります。ブロックリストに載らないよう、メール一通ごとに作られたホスト名です。`
        : `リンク先のホスト名が ${host} と大文字を交えて書かれています。正規のリンクではまれで、フィッシングキットによく見られます。`,
  },
  'url-obfuscation/encoded-url': {
    title: 'リンクの文字が不必要にエンコードされています',
    detail: ({ host, count }) =>
      count > 0
        ? `${host} へのリンクは、普通の英数字 ${count} 文字をわざわざ %xx の形で書いており、読みにくくしています。`
        : `ホスト名 ${host} 自体が %xx の形で書かれており、読みにくくしています。`,
  },
  'url-obfuscation/long-url': {
    title: 'リンクが異常に長いです',
    detail: ({ host, length }) => `${host} へのリンクは ${length} 文字もあり、本当の行き先が見えにくくなっています。`,
  },
  'url-obfuscation/many-parameters': {
    title: 'リンクに異常に多くのパラメーターが付いています',
    detail: ({ host, count }) => `${host} へのリンクには ${count} 個のパラメーターが付いています。`,
  },
  'url-obfuscation/brand-in-path': {
    title: 'リンクの途中にブランドのドメインが入っています',
    detail: ({ host, token, brandJa }) => `リンク先は ${host} ですが、パスに ${token} を含めて${w(brandJa)}のサイトのように見せかけています。`,
  },
  'url-obfuscation/free-hosting-link': {
    title: '誰でも公開できるサービス上のページへのリンクです',
    detail: ({ host, service, bucketPage, published }) =>
      published === 'form'
        ? `リンク先は ${JA_PRODUCT[service] ?? service}（${host}）のフォームです。このようなフォームは誰でも数分で作れ、フィッシングではパスワードやカード番号を入力させるのに使われます。メールから開いたフォームには、パスワード・カード番号・確認コードを入力しないでください。`
        : published === 'document'
          ? `リンク先は ${JA_PRODUCT[service] ?? service}（${host}）でウェブに公開された文書です。誰でも数分で公開でき、フィッシングでは本当の偽サイトへ誘導するボタンを載せるのに使われます。`
          : bucketPage
            ? `リンク先は、クラウドストレージ（${host}）にファイルとして置かれたウェブページです。正規のウェブサイトはこのように運営されません。フィッシングページは、独自ドメインなしでこうして数分で公開されます。`
            : `リンク先 ${host} は ${service} 上のページです。独自ドメインがなくても、誰でも数分でサイトを公開できるサービスです。`,
  },
  'url-obfuscation/address-in-username': {
    title: 'ユーザー名に第三者のウェブアドレスが入っています',
    detail: ({ username }) =>
      `ウェブサイトからのアカウント通知ですが、ユーザー名が「${username}」です。誰かがサイトの登録フォームにウェブアドレスと文面を入力し、サイトがそれをあなたに送っています。`,
    advice: 'サイト自体は本物ですが、ユーザー名のアドレスはそのサイトのものではありません。アクセスせず、書かれている金額や賞品も無視してください。',
  },
} satisfies CatalogPart<UrlObfuscationParams>;
