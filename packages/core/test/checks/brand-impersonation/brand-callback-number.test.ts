import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'brand-impersonation/brand-callback-number';
const INVOICE =
  'Hello,\r\n\r\nThis invoice confirms the renewal of your Norton 360 subscription. Total paid: $299.00.\r\n' +
  'If you did not authorise this charge, please call us immediately at +1 555 0100 233.\r\n';

function run(headers: string[], body = INVOICE, options = {}) {
  const subject = headers.find((h) => h.startsWith('Subject:')) ?? 'Subject: Your receipt';
  return analyzeText(eml([...headers.filter((h) => !h.startsWith('Subject:')), subject, 'To: taro@kousya.example'], body), options);
}

describe(ID, () => {
  it('a brand invoice from an unrelated domain with a number to call is suspicious on its own', () => {
    const v = run(['From: E-Receipt <receipt@mailer.example.net>']);
    expect(ids(v)).toContain(ID);
    expect(v.level).toBe('suspicious');
    expect(v.findings.find((f) => f.checkId === ID)?.params).toMatchObject({ brand: 'Norton (Gen Digital)', domain: 'mailer.example.net', phone: '+1 555 0100 233' });
  });
  it('the brand may be named in the subject only (the logo is an image)', () => {
    const body = 'Hi, there was a recent login to your account.\r\nIf this was not you, call us: (555) 010-0587.\r\n';
    const v = run(['From: <noreply@updates.example.org>', 'Subject: Coinbase: Was this you?'], body);
    expect(v.findings.find((f) => f.checkId === ID)?.params).toMatchObject({ brand: 'Coinbase', phone: '(555) 010-0587' });
  });
  it.each([
    ['call', 'please call +1 555 0100 233'],
    ['a toll-free line', 'Toll-free: 1-555-010-0233'],
    ['the billing department', 'contact our Billing Department at +1 555-010-0233'],
    ['電話', 'お問い合わせはお電話で 03-5550-1002 まで'],
    ['電話, with minus signs between the groups', 'お問い合わせはお電話で 03\u22125550\u22121002 まで'],
    ['電話, with katakana long marks between the groups', 'お問い合わせはお電話で 0120ー555ー100 まで'],
  ])('the number follows words asking to call: %s', (_t, line) => {
    const body = 'Dear customer, your Norton 360 subscription was renewed.\r\n' + line + '\r\n';
    expect(ids(run(['From: <receipt@mailer.example.net>'], body))).toContain(ID);
  });
  it('a Japanese letterhead with a full-width number to call', () => {
    const body = 'Amazonをご利用のお客様\r\n\r\nお客様のアカウントで不正な購入が確認されました。心当たりがない場合は、至急お電話ください。\r\nサポートセンター　ＴＥＬ：０５０－５５５０－１２３４\r\n';
    const v = run(['From: Amazon <info@support-desk.example.jp>', 'Subject: ご注文の確認'], body);
    expect(v.findings.find((f) => f.checkId === ID)?.params).toMatchObject({ brand: 'Amazon', phone: '050-5550-1234' });
  });
  it.each([
    ['an order number, not a phone', 'Your Norton 360 invoice number is 2026 1123 4471.'],
    ['a number nobody is asked to call', 'Dear customer, your Norton 360 subscription was renewed. Reference 555 0100 233.'],
    ['too few digits', 'Dear customer, your Norton 360 subscription was renewed. Call 555-0100.'],
  ])('miss: %s', (_t, body) => {
    expect(ids(run(['From: <receipt@mailer.example.net>'], body))).not.toContain(ID);
  });
  it.each([
    ["the brand's own domain", ['From: <billing@norton.com>']],
    ['a free mailbox (brand-text-from-freemail speaks for it)', ['From: <billing.desk77@gmail.com>']],
    ['a reply', ['From: <receipt@mailer.example.net>', 'In-Reply-To: <a@b.example>']],
    ['a forward', ['From: <receipt@mailer.example.net>', 'Subject: Fwd: Your receipt']],
    ['a mailing list post', ['From: <receipt@mailer.example.net>', 'List-Id: <users.lists.example.org>']],
  ] as const)('miss: %s', (_t, headers) => {
    expect(ids(run([...headers]))).not.toContain(ID);
  });
  it('miss: allow-listed sender', () => {
    expect(ids(run(['From: <receipt@mailer.example.net>'], INVOICE, { allowSenders: ['receipt@mailer.example.net'] }))).not.toContain(ID);
  });
  it("miss: a reseller whose mail links to its own site", () => {
    const html = '<p>Dear customer, your Norton 360 order is confirmed. <a href="https://shop.example.net/orders/1">Your order</a>. Call +1 555 0100 233.</p>';
    const v = analyzeText(eml(['From: <receipt@mailer.example.net>', 'Subject: Your receipt', 'To: taro@kousya.example', 'Content-Type: text/html; charset=utf-8'], html));
    expect(ids(v)).not.toContain(ID);
  });
  it('miss: a mail that names no brand', () => {
    expect(ids(run(['From: <receipt@mailer.example.net>'], 'Dear customer, your subscription was renewed. Call +1 555 0100 233.\r\n'))).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
