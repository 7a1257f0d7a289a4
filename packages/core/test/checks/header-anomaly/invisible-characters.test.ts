import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/invisible-characters';

describe('header-anomaly/invisible-characters', () => {
  it.each([
    ['zero-width space in name', ['From: "Pay\u200bPal" <a@example.net>'], 'hit', {}],
    ['bidi override in subject', ['From: <a@example.net>', 'Subject: invoice \u202efdp.exe'], 'hit', {}],
    ['plain Japanese', ['From: "山田 太郎" <a@example.com>', 'Subject: 会議のお知らせ'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});

describe('invisible characters in link text', () => {
  it('a bidi override in an anchor text is flagged; plain link text is not', () => {
    const html = (t: string) => eml(['From: <a@example.net>', 'Content-Type: text/html; charset=utf-8'], `<a href="https://files.example.net/x">${t}</a>`);
    expect(ids(analyzeText(html('invoice\u202Efdp.exe')))).toContain(ID);
    expect(ids(analyzeText(html('invoice.pdf')))).not.toContain(ID);
  });
});
