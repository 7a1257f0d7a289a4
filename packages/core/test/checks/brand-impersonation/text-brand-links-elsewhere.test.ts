import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'brand-impersonation/text-brand-links-elsewhere';
const H = ['From: "Notice" <info@notice.example.net>', 'Subject: Notice', 'To: taro@kousya.example'];

describe(ID, () => {
  it.each([
    ['a Japanese service greeting, link elsewhere', '平素より三井住友銀行をご利用いただき、誠にありがとうございます。\nhttps://login.kit.test/', true],
    ['an English customer greeting, link elsewhere', 'Dear PayPal customer, please review.\nhttps://login.kit.test/', true],
    ['the brand only in an address', 'Write to taro@gmail.com for the customer account.\nhttps://login.kit.test/', false],
    ['the brand named without service words', 'Apple shipped a new laptop this week.\nhttps://news.example.net/', false],
    ['the brand named after the opening', `${'x '.repeat(200)}Dear PayPal customer\nhttps://login.kit.test/`, false],
    ['only links to the brand itself', 'Dear PayPal customer\nhttps://www.paypal.com/signin\nhttps://www.paypal.com/privacy', false],
    ['genuine brand links next to the kit’s', 'Dear PayPal customer\nhttps://www.paypal.com/privacy\nhttps://login.kit.test/', true],
    ['no links at all', 'Dear PayPal customer, call us.', false],
    ['a loyalty-programme letterhead (de), link elsewhere', 'ADAC - Treueprogramm\nGlückwunsch! Sie können einen Preis gewinnen.\nhttps://umfrage.kit.test/', true],
    ['the loyalty programme of no brand', 'Unser Treueprogramm startet.\nhttps://umfrage.kit.test/', false],
  ] as const)('%s', (_t, body, hit) => {
    const v = analyzeText(eml(H, `${body}\r\n`));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(hit);
  });

  it('names the brand, what was written and where the link goes', () => {
    const v = analyzeText(eml(H, 'いつもえきねっとをご利用いただきありがとうございます。\r\nhttps://eki-login.kit.test/\r\n'));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.params).toMatchObject({ named: 'えきねっと', domain: 'notice.example.net', target: 'eki-login.kit.test' });
  });

  it('a mailing list’s own footer links do not hide the post’s links', () => {
    const v = analyzeText(
      eml(['From: "Notice via Dev" <dev@lists.example.org>', 'List-Id: <dev.lists.example.org>', 'Subject: x', 'To: dev@lists.example.org'], '平素より三井住友銀行をご利用いただき、誠にありがとうございます。\r\nhttps://login.kit.test/\r\n--\r\nhttps://lists.example.org/listinfo/dev\r\n'),
    );
    expect(ids(v)).toContain(ID);
  });
  it('mail from a domain of the brand is never this check', () => {
    const v = analyzeText(eml(['From: "PayPal" <service@paypal.com>', 'Subject: Notice', 'To: taro@kousya.example'], 'Dear PayPal customer\r\nhttps://login.kit.test/\r\n'));
    expect(ids(v)).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
