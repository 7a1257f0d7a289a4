import { describe, expect, it } from 'vitest';
import { shownHost } from '../../../src/checks/link-mismatch/text-shows-other-domain.js';
import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describe('shownHost', () => {
  it.each([
    ['https://www.smbc-card.com/mem/index.jsp', 'www.smbc-card.com'],
    ['www.shop.example', 'www.shop.example'],
    ['Amazon.co.jp', 'amazon.co.jp'],
    ['<https://example.org/a>', 'example.org'],
    ['ｗｗｗ．ｅｘａｍｐｌｅ．ｏｒｇ', 'www.example.org'],
    ['https://example.org/a and more words', 'example.org'],
    ['click here', null],
    ['report.txt', null],
    ['invoice.zip', null],
    ['version 1.2', null],
    ['taro@kousya.example', null],
  ])('%s → %s', (text, host) => {
    expect(shownHost(text)).toBe(host);
  });
});

describeLinkCheck('link-mismatch/text-shows-other-domain', [
  {
    name: 'field notes §2.5: text shows a brand, link goes elsewhere',
    html: a('https://vpass-login-check.example.net/login', 'https://www.smbc-card.com/mem/index.jsp'),
    hit: true,
    weight: 35,
    params: { shown: 'www.smbc-card.com', actual: 'vpass-login-check.example.net', via: '', hidden: false },
  },
  { name: 'schemeless text', html: a('http://verify-now.example.net/a', 'www.example-bank.test/account'), hit: true, weight: 25 },
  {
    name: 'compared after unwrapping: text shows the wrapper’s target',
    html: a('https://nam11.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.partner.example.org%2F&amp;data=1', 'www.partner.example.org'),
    hit: false,
  },
  {
    name: 'unwrapped target differs from the text',
    html: a('https://nam11.safelinks.protection.outlook.com/?url=https%3A%2F%2Fkit.example.net%2F&amp;data=1', 'www.partner.example.org'),
    hit: true,
    params: { via: 'nam11.safelinks.protection.outlook.com', actual: 'kit.example.net' },
  },
  { name: 'newsletter click tracker of the same organisation', from: 'Shop <news@shop.example>', html: a('https://click.shop.example/t/abc', 'www.shop.example'), hit: false },
  { name: 'ESP redirect that unwraps to the shown site', from: 'Shop <news@shop.example>', html: a('https://links.esp.example.net/c?url=https%3A%2F%2Fwww.shop.example%2F', 'www.shop.example'), hit: false },
  { name: 'opaque ESP tracker', from: 'Shop <news@shop.example>', html: a('https://u1.ct.sendgrid.net/ls/click?upn=x', 'www.partner.example.org'), hit: false },
  { name: 'opaque tracker but a brand the sender does not own', from: 'Shop <news@shop.example>', html: a('https://u1.ct.sendgrid.net/ls/click?upn=x', 'www.amazon.co.jp'), hit: true, params: { hidden: true } },
  { name: 'shortener behind a brand text', html: a('https://bit.ly/abc', 'https://www.amazon.co.jp/'), hit: true, params: { hidden: true } },
  { name: 'two domains of one brand', html: a('https://www.amazon.com/', 'amazon.co.jp'), hit: false },
  { name: 'IDN site shown in Unicode, linked in the same (xn--) form', html: a('https://www.ökoligenta.example/nl.pdf', 'https://www.ökoligenta.example/nl.pdf'), hit: false },
  { name: 'IDN site shown in Unicode, link to the xn-- form written out', html: a('https://www.xn--koligenta-z7a.example/', 'www.ökoligenta.example'), hit: false },
  { name: 'IDN site shown, link elsewhere', html: a('https://kit.example.net/', 'www.ökoligenta.example'), hit: true, params: { shown: 'www.ökoligenta.example', actual: 'kit.example.net' } },
  { name: 'subdomain of the shown site', html: a('https://www.example.org/a', 'example.org'), hit: false },
  { name: 'prose text', html: a('https://kit.example.net/', 'ログインはこちら'), hit: false },
  { name: 'allow-listed target', html: a('https://kit.example.net/', 'www.partner.example.org'), options: { allowLinkDomains: ['kit.example.net'] }, hit: false },
]);
