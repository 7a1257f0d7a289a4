import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/spam-filter-verdict';
const H = ['From: <a@shop.example.com>', 'Subject: x', 'To: taro@kousya.example'];

describe(ID, () => {
  it.each([
    ['X-Spam-Flag: YES', 'X-Spam-Flag: YES', true],
    ['X-Spam-Status: Yes, score=9', 'X-Spam-Status: Yes, score=9.0 required=5.0', true],
    ['X-Spam: Yes', 'X-Spam: Yes', true],
    ['X-Spam-Status: No', 'X-Spam-Status: No, score=0.1', false],
    ['X-Spam-Flag: NO', 'X-Spam-Flag: NO', false],
    ['X-Spam-Level: *****', 'X-Spam-Level: *****', false],
  ] as const)('%s', (_t, header, hit) => {
    const v = analyzeText(eml([header, ...H]));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(hit);
  });
  it('a caution on its own, like Microsoft’s spam category', () => {
    const v = analyzeText(eml(['X-Spam-Flag: YES', ...H]));
    expect(v.level).toBe('caution');
  });
  fixtureTests(ID, {}, it);
});
