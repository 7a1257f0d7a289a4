import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeFixture, analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'forwarded-message/suspicious-original';

describe(ID, () => {
  it('a colleague forwarding a phish: the mail scores as the original, not the sum', () => {
    const v = analyzeFixture('eml/forwarded-message/suspicious-original/hit--colleague-forwards-brand-phish.eml');
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.params).toMatchObject({ from: 'Amazon.co.jp <info@amazon-account-check.example.net>', level: expect.stringMatching(/suspicious|dangerous/) });
    expect(v.score).toBe(Math.max(f?.weight ?? 0, v.score));
    expect(v.score).toBeLessThanOrEqual(100);
    expect(['suspicious', 'dangerous']).toContain(v.level);
  });
  it('explains the original’s signs in en and ja', () => {
    const v = analyzeFixture('eml/forwarded-message/suspicious-original/hit--colleague-forwards-brand-phish.eml');
    const en = explain(v, { locale: "en" }).items.find((x) => x.checkId === ID);
    const ja = explain(v, { locale: "ja" }).items.find((x) => x.checkId === ID);
    expect(en?.detail).toMatch(/forwards a message from Amazon\.co\.jp <info@amazon-account-check\.example\.net>.*Its main signs: /);
    expect(ja?.detail).toMatch(/転送しています.*主な理由：/);
    expect(en?.detail).not.toMatch(/[a-z-]+\/[a-z-]+/); // titles, not check ids
  });
  it('a forward of a forward is not unpacked twice, and plain mail has no forward', () => {
    const inner = 'From: Desk <desk@sweeps.example.net>\r\nSent: Sun\r\nTo: a@kousya.example\r\nSubject: You have won\r\n\r\nYou have won! https://sweeps.example.net/\r\n';
    const v = analyzeText(eml(['From: <b@kousya.example>', 'Subject: Fw: Fw: x', 'To: c@kousya.example'], `From: <a@kousya.example>\r\nSent: Sun\r\nTo: b@kousya.example\r\nSubject: Fw: x\r\n\r\n${inner}`));
    expect(ids(v).filter((i) => i === ID).length).toBeLessThanOrEqual(1);
    expect(ids(analyzeText(eml(['From: <b@kousya.example>', 'Subject: hello', 'To: c@kousya.example'], 'Hi.\r\n')))).not.toContain(ID);
  });
  it('a forward whose From line has no address is not judged', () => {
    const v = analyzeText(eml(['From: <b@kousya.example>', 'Subject: Fw: x', 'To: c@kousya.example'], 'From: Prize Desk\r\nSent: Sun\r\nTo: b@kousya.example\r\nSubject: You have won\r\n\r\nYou have won!\r\n'));
    expect(ids(v)).not.toContain(ID);
  });
  describe('a message forwarded as an attachment (message/rfc822)', () => {
    const attached = (inner: string[], outer: string[] = ['From: Hanako <hanako@kousya.example>', 'To: taro@kousya.example', 'Subject: Is this real?']) =>
      [
        ...outer,
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="o"',
        '',
        '--o',
        'Content-Type: text/plain',
        '',
        'See attached.',
        '--o',
        'Content-Type: message/rfc822',
        '',
        ...inner,
        '--o--',
        '',
      ].join('\r\n');
    const phish = [
      'From: "Amazon.co.jp" <info@amazon-account-check.example.net>',
      'Subject: Your account has been suspended',
      'Content-Type: text/html',
      '',
      '<a href="https://amazon-co-jp.account-verify.example.net/signin">https://www.amazon.co.jp/ap/signin</a>',
    ];
    it('is judged on its own: its sender and links', () => {
      const v = analyzeFixture('eml/forwarded-message/suspicious-original/hit--forwarded-as-attachment.eml');
      const f = v.findings.find((x) => x.checkId === ID);
      expect(f?.params).toMatchObject({ from: 'Amazon.co.jp <info@amazon-account-check.example.net>', subject: 'Your account has been suspended' });
      expect(['suspicious', 'dangerous']).toContain(v.level);
    });
    it('what receiving servers stamped on it is not believed (anyone can write it inside an attachment)', () => {
      const stamped = ['Authentication-Results: mx.example; dmarc=fail header.from=amazon.co.jp', 'X-Forefront-Antispam-Report: CAT:PHSH;SFV:SPM;SCL:9;', ...phish];
      const v = analyzeText(attached(stamped));
      const f = v.findings.find((x) => x.checkId === ID);
      expect(String((f?.params as { checks?: string })?.checks)).not.toMatch(/sender-authentication/);
      const plain = analyzeText(attached(phish)).findings.find((x) => x.checkId === ID);
      expect(f?.weight).toBe(plain?.weight);
    });
    it('a bounce returning the reader’s own message is no forward', () => {
      const bounce = ['From: Mail Delivery System <MAILER-DAEMON@mx.kousya.example>', 'To: taro@kousya.example', 'Subject: Undelivered Mail Returned to Sender'];
      expect(ids(analyzeText(attached(phish, bounce)))).not.toContain(ID);
    });
    it('an attached message without a From address is not judged', () => {
      expect(ids(analyzeText(attached(['Subject: You have won', '', 'You have won! https://bit.ly/x'])))).not.toContain(ID);
    });
  });
  fixtureTests(ID, {}, it);
});
