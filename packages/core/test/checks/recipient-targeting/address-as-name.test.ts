import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'recipient-targeting/address-as-name';
const H = ['From: "Notice" <info@notice.example.net>', 'Subject: Notice', 'To: taro@kousya.example'];

describe(ID, () => {
  it.each([
    ['English salutation', 'Dear taro@kousya.example,\nplease confirm.', true],
    ['salutation with "customer"', 'Dear customer taro@kousya.example: please confirm.', true],
    ['Portuguese salutation', 'Olá, taro@kousya.example!\nConfirme agora.', true],
    ['Spanish, capital letters and a line break', 'HOLA\n  TARO@KOUSYA.EXAMPLE\nconfirme', true],
    ['Japanese honorific', 'taro@kousya.example様\nご確認ください。', true],
    ['Japanese greeting', 'こんにちは、taro@kousya.example\nテスト用のメールです。', true],
    ['the address alone opening the text, as the salutation', 'taro@kousya.example, your account is on our list.', true],
    ['the address opening an account line is no salutation', 'taro@kousya.example was added to the team.', false],
    ['greeted by name, address in a footer', 'Hello Taro,\nsee you.\nSent to taro@kousya.example', false],
    ['the address in an account line', 'Hi Taro, the password of taro@kousya.example was changed.', false],
    ['another address that contains it', 'Dear xtaro@kousya.example, hi', false],
    ['another address that extends it', 'Dear taro@kousya.example.net, hi', false],
    ['a greeting word glued to other text', 'Archive taro@kousya.example', false],
    ['the address after the opening', `${'word '.repeat(320)}Dear taro@kousya.example,`, false],
  ] as const)('%s', (_t, body, expected) => {
    const v = analyzeText(eml(H, `${body}\r\n`));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected);
  });

  it('a list or shared mailbox in To greeted by its address counts too', () => {
    const v = analyzeText(
      eml(['From: "Mail Security" <test@notice.example.net>', 'Subject: test', 'To: <dev@lists.example.org>', 'Delivered-To: archive+dev@mirror.example', 'List-Id: <dev.lists.example.org>'], 'Hello, dev@lists.example.org! This is a test.\r\n'),
    );
    expect(v.findings.find((f) => f.checkId === ID)?.params).toMatchObject({ address: 'dev@lists.example.org', greeting: 'Hello, dev@lists.example.org' });
  });
  it('weighs 10 from a stranger, 4 when the sender passed DMARC', () => {
    const stranger = analyzeText(eml(H, 'Hallo taro@kousya.example,\r\n'));
    expect(stranger.findings.find((f) => f.checkId === ID)?.weight).toBe(10);
    const aligned = analyzeText(
      eml(['Authentication-Results: mx.kousya.example; dmarc=pass header.from=notice.example.net', ...H], 'Hi taro@kousya.example, welcome!\r\n'),
    );
    expect(aligned.findings.find((f) => f.checkId === ID)?.weight).toBe(4);
  });

  it('skips delivery reports, allow-listed senders, mail to oneself, and lists merely named', () => {
    const report = analyzeText(
      eml(
        ['From: Mail Delivery Subsystem <mailer-daemon@mail.example.net>', 'Subject: Delivery Status Notification (Failure)', 'To: taro@kousya.example', 'Content-Type: multipart/report; report-type=delivery-status; boundary=b'],
        '--b\r\nContent-Type: text/plain\r\n\r\nHello taro@kousya.example,\r\nyour message was not delivered.\r\n--b--\r\n',
      ),
    );
    expect(ids(report)).not.toContain(ID);
    expect(ids(analyzeText(eml(H, 'Dear taro@kousya.example,\r\n'), { allowSenders: ['info@notice.example.net'] }))).not.toContain(ID);
    expect(ids(analyzeText(eml(['From: <taro@kousya.example>', 'Subject: note', 'To: taro@kousya.example'], 'Hi taro@kousya.example,\r\n')))).not.toContain(ID);
    const signature = analyzeText(eml(['From: <a@example.org>', 'Subject: x', 'To: dev@lists.example.org', 'List-Id: <dev.lists.example.org>'], 'Thanks, see you on dev@lists.example.org\r\n'));
    expect(ids(signature)).not.toContain(ID);
  });

  it('quotes the greeting in both languages', () => {
    const v = analyzeText(eml(H, 'Guten Tag taro@kousya.example, Ihr Paket wartet.\r\n'));
    const detail = (locale: 'en' | 'ja') => explain(v, { locale }).items.find((i) => i.checkId === ID)?.detail;
    expect(detail('en')).toBe('It opens with “Guten Tag taro@kousya.example”: it calls you by your address taro@kousya.example, not by your name.');
    expect(detail('ja')).toBe('本文が「Guten Tag taro@kousya.example」と、名前ではなくアドレス taro@kousya.example で呼びかけています。');
  });
  fixtureTests(ID, {}, it);
});
