import { describe, expect, it } from 'vitest';
import { isSerialLocalPart, paddedCode, randomFileName } from '../../../src/checks/header-anomaly/random-token.js';
import { gluedCode, isRandomHostLabel, isRandomLocalPart, isRandomToken } from '../../../src/text/random-token.js';
import { analyzeFileName } from '../../../src/attachment/file-name.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/random-token';

describe(ID, () => {
  it.each([
    ['8dSHbu0oHKXsxJE', true],
    ['yDtzJJTBF4q9', true],
    ['oo2oyj6dku6kdhekfc84exnta', true],
    ['Windows10', false],
    ['iPhone15Pro', false],
    ['3f2a9c1e7b0d4e5f', false],
    ['INC0012345', false],
    ['DBVAB782547', false],
    ['abcdefgh', false],
  ] as const)('token %s → %s', (t, expected) => {
    expect(isRandomToken(t)).toBe(expected);
  });
  it.each([
    ['verifiqueXJ34DNLwlN', 'XJ34DNLwlN'],
    ['ImportanteIWWbxrzo4g', 'IWWbxrzo4g'],
    ['WindowsServer2022R2', null],
    ['SpringSale2024Now', null],
    ['iPhone15ProMax', null],
    ['invoiceINV00123456', null],
    ['welcomeBack', null],
  ] as const)('glued code in %s → %s', (t, expected) => {
    expect(gluedCode(t)).toBe(expected);
  });
  it('a code glued onto a word of the subject is reported alone', () => {
    const v = analyzeText(eml(['From: "Aviso" <aviso@notices.example>', 'To: taro@kousya.example', 'Subject: Aviso importante - verifiqueXJ34DNLwlN'], 'Veja o anexo.'));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ where: 'subject', token: 'XJ34DNLwlN' });
  });
  it.each([
    ['mPmjQSt', true],
    ['DhqXWtgoHnIZCEs', true],
    ['JohnSmith', false],
    ['McDonald', false],
    ['JohnMcDonald', false],
    ['oButtVNv', true],
    ['taro.yamada', false],
    ['info', false],
  ] as const)('mailbox name %s → %s', (t, expected) => {
    expect(isRandomLocalPart(t)).toBe(expected);
  });
  it.each([
    ['lina_Joseph_30303', 'discounts.example.com', true],
    ['Stephens_Leslie_34118', 'white1.shop.example', true],
    ['NEW_OFFRE_1_89227', 'mailer.example', true],
    ['brian_wrigglesworth_30667', 'mailer.example', true],
    ['maria_lopez_1987', 'hotmail.com', false],
    ['maria_lopez_1987', 'yahoo.co.jp', false],
    ['sales_team', 'shop.example', false],
    ['john_smith_12', 'shop.example', false],
    ['order_12345', 'shop.example', false],
    ['taro.yamada.2026', 'kousya.example', false],
  ] as const)('serial mailbox name %s@%s → %s', (local, domain, expected) => {
    expect(isSerialLocalPart(local, domain)).toBe(expected);
  });
  it.each([
    ['tU6zlTWjXr.pdf', 'tU6zlTWjXr'],
    ['RxdiTSiQXTNJ.pdf', 'RxdiTSiQXTNJ'],
    ['5ABJOeGVUTGZeL1A.jpg', '5ABJOeGVUTGZeL1A'],
    ['HlGiLfODLD.html', 'HlGiLfODLD'],
    ['Invoice2024Q3Final.pdf', null],
    ['MyResumeJohnSmith2024.pdf', null],
    ['OpenPGP0xB0DE9DD628BF132F.asc', null],
    ['3f2a9c1e7b0d4e5f.pdf', null],
    ['IMG_20240430_084822.jpg', null],
    ['DSC01234.JPG', null],
    ['tU6zlTWjXr', 'tU6zlTWjXr'],
    ['見積書.pdf', null],
  ] as const)('attachment name %s → %s', (name, expected) => {
    expect(randomFileName(analyzeFileName(name))).toBe(expected);
  });
  it.each([
    ['Sophie van Onderzoeksbureau Nederland .QJACF', 'QJACF'],
    ['Akusoli...CCzt', 'CCzt'],
    ['R ltuaIs WlnacTle T eam .....MZ122', 'MZ122'],
    ['OnlineSecurity...grEy', 'grEy'],
    ['-Bezorging-van-NL .EREFXSS', 'EREFXSS'],
    ['Tesco .ie', null],
    ['Visual Studio .NET', null],
    ['Apple Sauced...again', null],
    ['Web Team ...2024', null],
    ['J. R. R. Tolkien', null],
    ['Acme Inc.', null],
  ] as const)('sender name %s → padded code %s', (name, expected) => {
    expect(paddedCode(name)).toBe(expected);
  });
  it.each([
    ['xK7pQ2mZ9w', true],
    ['b4tszkxvYp4t', true],
    ['\u00f069hk\u0178IH\u0153P8Rz', true],
    ['News2024Mail', false],
    ['d1x9k2a8b3c4', false],
    ['Kousya35698900', false],
    ['東京Hotel2024Ab', false],
    ['xK7p-Q2mZ9w', false],
  ] as const)('host label %s → scrambled %s', (label, expected) => {
    expect(isRandomHostLabel(label)).toBe(expected);
  });
  it('a code padded onto the sender name is reported as such', () => {
    const v = analyzeText(eml(['From: "Jouw Cadeaucoach" .WUUNM <newsletters@mailer.example.net>', 'Subject: Jouw kans', 'To: taro@kousya.example']));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ where: 'display-name', token: 'WUUNM', padded: true });
  });
  it('an allow-listed sender is not reported for a padded code', () => {
    const v = analyzeText(eml(['From: "Shop" .WUUNM <news@shop.example.net>', 'Subject: Sale', 'To: taro@kousya.example']), { allowSenders: ['shop.example.net'] });
    expect(ids(v)).not.toContain(ID);
  });
  it('an attached message is named by the parser, not the sender', () => {
    const raw = eml(
      ['From: <a@shop.example.net>', 'Subject: Fwd', 'To: taro@kousya.example', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"'],
      '--b\r\nContent-Type: text/plain\r\n\r\nsee\r\n--b\r\nContent-Type: message/rfc822; name="tU6zlTWjXr.eml"\r\n\r\nFrom: c@d.example\r\nSubject: x\r\n\r\nhi\r\n--b--\r\n',
    );
    expect(ids(analyzeText(raw))).not.toContain(ID);
  });
  it('a serial mailbox name is reported as such', () => {
    const v = analyzeText(eml(['From: Limited Offer <Stephens_Leslie_34118@white1.shop.example>', 'Subject: Sale', 'To: taro@kousya.example']));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ where: 'address', token: 'Stephens_Leslie_34118', serial: true });
  });
  it('a code inside a URL or an address in the subject is not a stamped token', () => {
    const v = analyzeText(eml(['From: <a@example.com>', 'Subject: see https://x.example/8dSHbu0oHKXsxJE now', 'To: taro@kousya.example']));
    expect(ids(v)).not.toContain(ID);
  });
  it('reports the place and the token', () => {
    const v = analyzeText(eml(['From: "Cloud" <mPmjQSt@mailer.example.net>', 'Subject: Notice', 'To: taro@kousya.example']));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ where: 'address', token: 'mPmjQSt' });
  });
  fixtureTests(ID, {}, it);
});
