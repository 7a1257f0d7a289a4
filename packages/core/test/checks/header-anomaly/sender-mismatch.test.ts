import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/sender-mismatch';

describe('header-anomaly/sender-mismatch', () => {
  it.each([
    ['espoofer client A3', ['From: <admin@example.com>', 'Sender: <s@sender.example.net>'], 'hit', {}],
    ['list mail', ['From: <admin@example.com>', 'Sender: <l@lists.example.net>', 'List-Id: <l.example.net>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  it('a scrambled Sender mailbox is a throwaway identity (12 points)', () => {
    const v = analyzeText(eml(['From: <newsletters@shop.example.com>', 'Sender: <aIuxWiN@mailer.example.net>']));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.params).toEqual({ sender: 'aIuxWiN@mailer.example.net', from: 'newsletters@shop.example.com', scrambled: true });
    expect(f?.weight).toBe(12);
    expect(f?.severity).toBe('warn');
  });
  it('a Sender mailbox written in words keeps the weak weight', () => {
    const v = analyzeText(eml(['From: <ceo@kousya.example>', 'Sender: <JohnMcDonald@assistant.example.net>']));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.params).toEqual({ sender: 'JohnMcDonald@assistant.example.net', from: 'ceo@kousya.example' });
    expect(f?.weight).toBe(6);
    expect(f?.severity).toBe('info');
  });
  fixtureTests(ID, {}, it);
});
