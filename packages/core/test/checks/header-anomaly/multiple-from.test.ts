import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/multiple-from';

describe('header-anomaly/multiple-from', () => {
  it.each([
    ['espoofer A1: two From headers', ['From: <attacker@example.com>', 'From: <admin@example.net>'], 'hit', {}],
    ['espoofer A2: two addresses', ['From: <attacker@example.com>, <admin@example.net>'], 'hit', {}],
    ['espoofer A10: space before colon', ['From: <first@attack.example>', 'From : <admin@legitimate.example>'], 'hit', {}],
    ['one address', ['From: <admin@example.net>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  it('counts the distinct addresses (copies of one address, in any case, are one)', () => {
    const params = (headers: string[]) => analyzeText(eml(headers)).findings.find((f) => f.checkId === ID)?.params;
    expect(params(['From: <Service@shop.example>', 'From: <service@shop.example>'])).toMatchObject({ count: 2, distinct: 1 });
    expect(params(['From: <attacker@example.com>', 'From: <admin@example.net>'])).toMatchObject({ count: 2, distinct: 2 });
  });
  fixtureTests(ID, {}, it);
});
