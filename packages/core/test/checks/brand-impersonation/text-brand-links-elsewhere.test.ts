import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/index.js';
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
    ['a formal German salutation next to the brand', 'Sehr geehrte Damen und Herren, DHL informiert Sie über eine Zustellung.\nhttps://paket.kit.test/', true],
    ['a formal French salutation next to the brand', 'Madame, Monsieur, DHL vous informe d’une livraison.\nhttps://colis.kit.test/', true],
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
  it.each([
    ['the subject speaks as the brand, the text is only a link', 'Your Amazon Prime membership renewal has failed', 'https://login.kit.test/', true],
    ['the subject names the brand without service words', 'Amazon shipped a new tablet this week', 'https://login.kit.test/', false],
    ['a French subject asks to verify (vérifiez)', 'Chèques-Vacances : vérifiez votre éligibilité', 'https://login.kit.test/', true],
    ['the subject speaks as the brand, the link is the sender’s own', 'Your Amazon gift card order has shipped', 'https://shop.notice.example.net/orders/1', false],
    ['an Apps Script page on a brand’s domain is the publisher’s, not the brand’s', 'Your Amazon Prime membership renewal has failed', 'https://script.google.com/macros/s/AKfycbx0123/exec', true],
    ['a Google Form is its maker’s, not Google’s', 'Your PayPal account needs a check', 'https://docs.google.com/forms/d/e/1FAIpQLSf0123/viewform', true],
    ['a document shared for work on a brand’s domain is still the brand’s', 'Your PayPal account needs a check', 'https://docs.google.com/document/d/1AbC0123/edit', false],
  ] as const)('%s', (_t, subject, link, hit) => {
    const v = analyzeText(eml(['From: "Notice" <info@notice.example.net>', `Subject: ${subject}`, 'To: taro@kousya.example'], `${link}\r\n`));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(hit);
  });

  it('a claim of the subject is shown as the subject, in both languages', () => {
    const v = analyzeText(eml(['From: "Notice" <info@notice.example.net>', 'Subject: Your Amazon Prime membership renewal has failed', 'To: taro@kousya.example'], 'https://login.kit.test/\r\n'));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.params).toMatchObject({ named: 'Amazon', inSubject: true, target: 'login.kit.test' });
    expect(f?.evidence[0]).toMatchObject({ kind: 'header', label: 'Subject' });
    const en = explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID);
    expect(en?.detail).toMatch(/^The subject speaks in the name of Amazon \("Amazon"\)/);
    const ja = explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID);
    expect(ja?.detail).toMatch(/^件名で Amazon（「Amazon」）を名乗っています/);
    // The text's own letterhead comes first.
    const body = analyzeText(eml(['From: "Notice" <info@notice.example.net>', 'Subject: Your Amazon order', 'To: taro@kousya.example'], 'Dear PayPal customer\r\nhttps://login.kit.test/\r\n'));
    expect(body.findings.find((x) => x.checkId === ID)?.params).toMatchObject({ named: 'PayPal' });
    expect(body.findings.find((x) => x.checkId === ID)?.params).not.toHaveProperty('inSubject');
  });
  it.each([
    ['a brand’s copyright notice at the foot, link elsewhere', 'Seja bem-vindo! Cartão Black sem anuidade.\nhttps://bonus.kit.test/\n© 2026 Itaú Personnalité. Todos os direitos reservados.', 'Itaú'],
    ['"Copyright ©" with a year range', 'Mint your NFT now.\nhttps://mint.kit.test/\nCopyright © 2015-2026 OpenSea. All rights reserved.', 'OpenSea'],
    ['"(c)" with a year', 'Your reward is waiting.\nhttps://reward.kit.test/\n(c) 2026 MetaMask', 'MetaMask'],
    ['a holder’s name that starts with another word', 'Shop now.\nhttps://bags.kit.test/\nCopyright 2026 Outlet Louis Vuitton Bags Online. All Rights Reserved.', 'Louis Vuitton'],
    ['the sender’s own notice, a brand named after it', 'Our offers.\nhttps://offers.kit.test/\n© 2026 Example Travel Ltd. Visa is a trademark of Visa Inc.', null],
    ['prose about copyright', 'A copyright claim by the Amazon legal team was dismissed.\nhttps://news.kit.test/', null],
    ['"(c)" numbering a list', '(a) first (b) second (c) PayPal refunds\nhttps://news.kit.test/', null],
    ['a brand’s notice, but a link of the sender’s own', 'Our offers.\nhttps://www.notice.example.net/\nhttps://offers.kit.test/\n© 2026 PayPal, Inc.', null],
  ] as const)('%s', (_t, body, named) => {
    const v = analyzeText(eml(['From: "Info" <info@notice.example.net>', 'Subject: News', 'To: taro@kousya.example'], `${body}\r\n`));
    const f = v.findings.find((x) => x.checkId === ID);
    if (named === null) expect(f, ids(v).join(', ')).toBeUndefined();
    else expect(f?.params).toMatchObject({ named, inCopyright: true });
  });

  it('a copyright claim is shown as the notice, in both languages', () => {
    const v = analyzeText(eml(['From: "Info" <info@notice.example.net>', 'Subject: News', 'To: taro@kousya.example'], 'Seja bem-vindo!\r\nhttps://bonus.kit.test/\r\n© 2026 Itaú Personnalité. Todos os direitos reservados.\r\n'));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.evidence[0]).toMatchObject({ kind: 'body', value: '© 2026 Itaú Personnalité', highlight: 'Itaú' });
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toMatch(/^The mail's copyright notice speaks in the name of Itaú Unibanco \("Itaú"\)/);
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toMatch(/^本文の著作権表示で/);
  });
  fixtureTests(ID, {}, it);
});
