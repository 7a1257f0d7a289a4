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
  fixtureTests(ID, {}, it);
});
