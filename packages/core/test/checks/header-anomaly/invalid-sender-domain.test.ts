import { describe, expect, it } from 'vitest';
import { invalidDomainReason } from '../../../src/checks/header-anomaly/invalid-sender-domain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/invalid-sender-domain';

describe(ID, () => {
  it.each([
    ['687725pedagiodigital', 'single-label'],
    ['bank-notice.nosuchtld', 'unknown-tld'],
    ['[192.0.2.1]', 'ip-literal'],
    ['%detran.example.com', 'bad-characters'],
    ["'tv-fafdo.example.com", 'bad-characters'],
    ['bank.example.com(x)', 'bad-characters'],
    ['mail_relay.example.com', null],
    ['my-shop.example.com', null],
    ['example.co.jp', null],
    ['kousya.example', null],
    ['mail.test', null],
    ['user.github.io', null],
    ['xn--eckwd4c7c.xn--tckwe', null],
  ] as const)('%s → %s', (d, expected) => {
    expect(invalidDomainReason(d)).toBe(expected);
  });
  it('weighs 35 for a domain that cannot exist (suspicious alone), 20 for an IP literal', () => {
    const a = analyzeText(eml(['From: "Toll" <notice@tollpay>', 'Subject: x', 'To: taro@kousya.example']));
    expect(a.findings.find((f) => f.checkId === ID)?.weight).toBe(35);
    expect(a.level).toBe('suspicious');
    const b = analyzeText(eml(['From: <notice@[192.0.2.1]>', 'Subject: x', 'To: taro@kousya.example']));
    expect(b.findings.find((f) => f.checkId === ID)?.weight).toBe(20);
  });
  it('the local mail system’s delivery reports are skipped (MAILER-DAEMON@localhost)', () => {
    const v = analyzeText(eml(['From: Mailer Daemon <MAILER-DAEMON@localhost>', 'Subject: failure', 'To: taro@kousya.example']));
    expect(ids(v)).not.toContain(ID);
  });
  it('mail a list manager re-sent is skipped', () => {
    const v = analyzeText(eml(['From: <root@buildhost>', 'List-Id: <dev.lists.example.org>', 'Subject: x', 'To: dev@lists.example.org']));
    expect(ids(v)).not.toContain(ID);
  });
  it('an unsubscribe header or a report body alone excuses nothing (bulk senders add both)', () => {
    const unsub = analyzeText(eml(['From: "Casino" <newsletter@0mw89>', 'List-Unsubscribe: <mailto:u@0mw89>', 'Subject: Bonus', 'To: taro@kousya.example']));
    expect(ids(unsub)).toContain(ID);
    const report = analyzeText(eml(['From: "Casino" <newsletter@0mw89>', 'Content-Type: multipart/report; report-type=delivery-status; boundary=b', 'Subject: Bonus', 'To: taro@kousya.example'], '--b\r\nContent-Type: text/plain\r\n\r\nWin\r\n--b--'));
    expect(ids(report)).toContain(ID);
    const bounce = analyzeText(eml(['From: Mail Delivery System <MAILER-DAEMON@mailhub0>', 'Content-Type: multipart/report; report-type=delivery-status; boundary=b', 'Subject: Undelivered', 'To: taro@kousya.example'], '--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b--'));
    expect(ids(bounce)).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
