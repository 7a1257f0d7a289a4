/**
 * Wording of rendered explanations that a corpus read found wrong: Japanese spacing around brand
 * names (a Latin name gets spaces, a Japanese one none) and placeholders ('-') that must not be
 * quoted as if they were a domain.
 */
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/index.js';

type Detail = (params: Record<string, unknown>) => string;
const detail = (locale: 'ja' | 'en', id: string, params: Record<string, unknown>): string =>
  ((catalogs[locale] as unknown as Record<string, { detail: Detail }>)[id] as { detail: Detail }).detail(params);

describe('Japanese spacing around brand names', () => {
  it.each([
    ['lookalike-domain/sender-lookalike', { domain: 'mercadolivre.example', brandJa: 'メルカドリブレ', brandDomain: 'mercadolibre.com', kind: 'typo' }, 'はメルカドリブレのドメイン', 'メルカドリブレのものではありません'],
    ['lookalike-domain/sender-lookalike', { domain: 'paypa1.example', brandJa: 'PayPal', brandDomain: 'paypal.com', kind: 'typo' }, 'は PayPal のドメイン', 'PayPal のものではありません'],
    ['lookalike-domain/link-lookalike', { host: 'verify.cexodus.example', brandJa: 'Exodus（エクソダス）', brandDomain: 'exodus.com', kind: 'typo' }, 'は Exodus（エクソダス）のドメイン', 'Exodus（エクソダス）のものではありません'],
    ['lookalike-domain/brand-in-subdomain', { host: 'amazon.example.info', domain: 'example.info', token: 'amazon', brandJa: 'アマゾン' }, 'はアマゾンに見せるため', ''],
    ['url-obfuscation/brand-in-path', { host: 'track.example.it', token: 'ledger.com', brandJa: 'レジャー' }, 'を含めてレジャーのサイト', ''],
  ])('%s: %s', (id, params, ...parts) => {
    const text = detail('ja', id, params);
    for (const part of parts) expect(text).toContain(part);
  });
});

describe("an unknown domain ('-') is not quoted as a domain", () => {
  it.each([
    ['sender-authentication/spf-fail', { domain: '-', result: 'softfail', authservId: 'mx.example.net' }, 'は送信元ドメインについて spf=softfail と判定', "spf=softfail for the sender's domain:"],
    ['sender-authentication/dmarc-fail', { domain: '-', policy: '', authservId: 'mx.example.net' }, 'は送信元ドメインについて dmarc=fail と判定', "dmarc=fail for the sender's domain:"],
  ])('%s', (id, params, ja, en) => {
    expect(detail('ja', id, params)).toContain(ja);
    expect(detail('en', id, params)).toContain(en);
    expect(detail('ja', id, { ...params, domain: 'example.com' })).toContain(' example.com について');
  });
});

describe('an installer attachment is described as installing, not as running a program', () => {
  it.each([
    ['ja', 'installer', '添付ファイル「mail.mobileconfig」はインストーラー（.mobileconfig）で、開くとソフトウェアや設定が端末に組み込まれます。'],
    ['en', 'installer', 'The attachment “mail.mobileconfig” is an installer (.mobileconfig): opening it installs software or settings on your device.'],
    ['ja', 'executable', '添付ファイル「mail.mobileconfig」は実行ファイル（.mobileconfig）で、開くとパソコン上でプログラムが動きます。'],
  ] as const)('%s %s', (locale, kind, text) => {
    expect(detail(locale, 'attachment/executable-file', { name: 'mail.mobileconfig', ext: 'mobileconfig', kind, via: 'name' })).toBe(text);
  });
});

describe('multiple-from: copies of one address are not listed as several senders', () => {
  it.each([
    ['en', 'The mail has 2 From fields, each with the address service@shop.example. Mail software writes exactly one; repeating it is a trick against filters and mail apps that read only one copy.'],
    ['ja', 'このメールには送信元（From）欄が 2 個あり、どれも service@shop.example です。通常のメールソフトは一つしか書きません。一つだけを読むフィルターやメールソフトをすり抜けるための手口です。'],
  ] as const)('%s', (locale, text) => {
    expect(detail(locale, 'header-anomaly/multiple-from', { count: 2, addresses: 'service@shop.example, service@shop.example', shown: 'service@shop.example', distinct: 1 })).toBe(text);
    expect(detail(locale, 'header-anomaly/multiple-from', { count: 2, addresses: 'a@bank.example, b@evil.example', shown: 'a@bank.example', distinct: 2 })).toContain('b@evil.example');
  });
});

describe('brand-links-elsewhere counts its links in words', () => {
  it.each([
    [1, 'and its only link does not go to Costco: it leads to kit.example.'],
    [3, 'and none of its 3 links goes to Costco: they lead to kit.example.'],
  ])('%i', (links, end) => {
    expect(detail('en', 'brand-impersonation/brand-links-elsewhere', { brand: 'Costco', brandJa: 'コストコ', domain: 'costco.com', target: 'kit.example', links }).endsWith(end)).toBe(true);
  });
});

describe('brand-links-elsewhere in Japanese: one link is not "どれも"', () => {
  it.each([
    [1, '裏付ける認証結果はなく、リンクはコストコのサイトではなく kit.example に向かいます。'],
    [3, '裏付ける認証結果はなく、3 件のリンクはどれもコストコのサイトではなく kit.example に向かいます。'],
  ])('%i', (links, end) => {
    expect(detail('ja', 'brand-impersonation/brand-links-elsewhere', { brand: 'Costco', brandJa: 'コストコ', domain: 'costco.com', target: 'kit.example', links }).endsWith(end)).toBe(true);
  });
});

describe('Japanese spacing in the letterhead sentences', () => {
  it.each([
    ['brand-impersonation/brand-text-from-freemail', { brand: 'Proton Mail', brandJa: 'Proton Mail', brandDomains: 'proton.me', named: 'ProtonMail', address: 'x@gmail.com' }, '本文は Proton Mail として（「ProtonMail」）', 'で、Proton Mail のドメイン'],
    ['brand-impersonation/brand-text-from-freemail', { brand: 'Itau', brandJa: 'イタウ', brandDomains: 'itau.com.br', named: 'Itaú', address: 'x@gmail.com' }, '本文はイタウとして', 'で、イタウのドメイン'],
    ['brand-impersonation/text-brand-links-elsewhere', { brand: 'Decathlon', brandJa: 'Decathlon', brandDomains: 'decathlon.com', named: 'Decathlon', domain: 'mail.example', target: 't.example' }, '本文の冒頭で Decathlon（「Decathlon」）を名乗って', 'リンク先も Decathlon ではなく'],
    ['brand-impersonation/brand-callback-number', { brand: 'McAfee', brandJa: 'McAfee', brandDomains: 'mcafee.com', named: 'McAfee', domain: 'mail.example', phone: '+1 555 0100 233' }, '本文は McAfee として', 'で、McAfee のドメイン'],
  ])('%s', (id, params, ...parts) => {
    const text = detail('ja', id, params);
    for (const part of parts) expect(text).toContain(part);
  });
});

describe('header names and the encoded-address sentence', () => {
  it.each([
    ['subject', 'Subject'],
    ['reply-to', 'Reply-To'],
    ['message-id', 'Message-ID'],
  ])('duplicate-header names %s as %s', (name, shown) => {
    expect(detail('en', 'header-anomaly/duplicate-header', { name, count: 2 })).toBe(`The ${shown} header appears 2 times; your mail app may show a different one from what filters checked.`);
    expect(detail('ja', 'header-anomaly/duplicate-header', { name, count: 2 }).startsWith(`${shown} ヘッダーが 2 個あります。`)).toBe(true);
  });
  it('encoded-word-trick in Japanese has no parenthesis inside a parenthesis', () => {
    expect(detail('ja', 'header-anomaly/encoded-word-trick', { decoded: '=?utf-8?B?YQ==?=@attack.example', trick: 'encoded-address' })).toBe(
      '送信元欄の構造が隠されています：「=?utf-8?B?YQ==?=@attack.example」。アドレス自体がエンコードされています。正規のメールでは使われない書き方です。',
    );
  });
});

describe('subject-tag-brand quotes a full-width tag without spaces', () => {
  it.each([
    ['【三井住友カード】', '件名に【三井住友カード】とありますが'],
    ['[SHEIN]', '件名に [SHEIN] とありますが'],
  ])('%s', (tag, start) => {
    expect(detail('ja', 'brand-impersonation/subject-tag-brand', { tag, brand: 'x', brandJa: '三井住友カード', domain: 'example.net', brandDomains: '' }).startsWith(start)).toBe(true);
  });
});

describe("a sender without a usable address ('-') is not quoted as a domain", () => {
  it.each([
    ['brand-impersonation/display-name-brand', { name: 'UCカード', brand: 'UC Card', brandJa: 'UCカード', domain: '-', brandDomains: 'uccard.co.jp' }],
    ['brand-impersonation/subject-tag-brand', { tag: '【UCカード】', brand: 'UC Card', brandJa: 'UCカード', domain: '-', brandDomains: 'uccard.co.jp' }],
    ['brand-impersonation/text-brand-links-elsewhere', { brand: 'UC Card', brandJa: 'UCカード', brandDomains: 'uccard.co.jp', named: 'UCカード', domain: '-', target: 'kit.example' }],
    ['own-organization/outsider-names-own-organization', { ownDomain: 'kousya.example', where: 'display-name', text: 'Kousya IT', senderDomain: '-' }],
  ])('%s', (id, params) => {
    const ja = detail('ja', id, params);
    const en = detail('en', id, params);
    expect(ja).toContain('使えるアドレス');
    expect(en).toContain('no usable sender address');
    for (const text of [ja, en]) expect(text).not.toMatch(/ - (?:で|は|です|is|and)|from -[ .]/);
  });
});

describe('dmarc-fail says what the domain owner asks for, not only the policy keyword', () => {
  it.each([
    ['reject', '受信拒否するよう求めています（ポリシー reject）。', 'asks receiving servers to refuse mail that fails this check (policy "reject").'],
    ['quarantine', '迷惑メールとして扱うよう求めています（ポリシー quarantine）。', 'treat mail that fails this check as spam (policy "quarantine").'],
    ['none', '監視のみです（ポリシー none）。', 'only monitors such failures (policy "none").'],
    ['strange', 'dmarc=fail と判定しています。（公開ポリシー strange）', 'example.com (published policy: strange): the From'],
    ['', 'dmarc=fail と判定しています。送信元アドレスは', 'for example.com: the From address is not authenticated.'],
  ])('policy %j', (policy, ja, en) => {
    const params = { domain: 'example.com', policy, authservId: 'mx.example.net' };
    expect(detail('ja', 'sender-authentication/dmarc-fail', params)).toContain(ja);
    expect(detail('en', 'sender-authentication/dmarc-fail', params)).toContain(en);
  });
});

describe('no space after Japanese punctuation before a Latin brand name', () => {
  it.each([
    ['sender-authentication/brand-domain-spoofed', { brandJa: 'Amazon', domain: 'amazon.co.jp', failed: 'dmarc=fail', authservId: 'mx.example.net' }],
    ['sender-authentication/brand-domain-spoofed', { brandJa: 'Amazon', domain: 'amazon.co.jp', failed: 'none', authservId: 'mx.example.net' }],
  ])('%s %j', (id, params) => {
    const text = detail('ja', id, params);
    expect(text).toContain('Amazon から送られた');
    expect(text).not.toMatch(/[、。（「] /);
  });
});
