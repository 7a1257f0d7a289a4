import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'recipient-targeting/recipient-in-subject';
const FROM = 'From: "Mail Admin" <admin@notice.example.net>';

describe(ID, () => {
  it.each([
    ['the address in the subject', 'Subject: taro@kousya.example, your order is processed', 'To: taro@kousya.example', true],
    ['case differs', 'Subject: Notice for TARO@Kousya.Example', 'To: taro@kousya.example', true],
    ['a longer address that contains it', 'Subject: about xtaro@kousya.example', 'To: taro@kousya.example', false],
    ['another domain that starts with it', 'Subject: about taro@kousya.example.net', 'To: taro@kousya.example', false],
    ['a single-label recipient domain still has an address', 'Subject: phish@pot, order 12 shipped', 'To: phish@pot', true],
    ['no recipient known (two To addresses)', 'Subject: taro@kousya.example', 'To: taro@kousya.example, jiro@kousya.example', false],
  ] as const)('%s', (_t, subject, to, hit) => {
    const v = analyzeText(eml([FROM, subject, to]));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(hit);
  });

  it('weighs less when the sender domain passed DMARC (genuine account notices name the address too)', () => {
    const ar = 'Authentication-Results: mx.kousya.example; spf=pass smtp.mailfrom=notice.example.net; dmarc=pass header.from=notice.example.net';
    const v = analyzeText(eml([ar, FROM, 'Subject: Security alert for taro@kousya.example', 'To: taro@kousya.example']));
    expect(v.findings.find((f) => f.checkId === ID)?.weight).toBe(6);
    const v2 = analyzeText(eml([FROM, 'Subject: Security alert for taro@kousya.example', 'To: taro@kousya.example']));
    expect(v2.findings.find((f) => f.checkId === ID)?.weight).toBe(15);
  });

  it('mail the recipient sent to themselves is not this check', () => {
    const v = analyzeText(eml(['From: <taro@kousya.example>', 'Subject: note to taro@kousya.example', 'To: taro@kousya.example']));
    expect(ids(v)).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
