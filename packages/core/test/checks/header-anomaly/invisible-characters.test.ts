import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/index.js';
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
  it('a link text made only of invisible characters is described as showing nothing, not as ""', () => {
    const v = analyzeText(eml(['From: <a@example.net>', 'Content-Type: text/html; charset=utf-8'], '<a href="https://files.example.net/x">\u3164\u3164</a> see the file'));
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toBe(
      'リンクの表示文字は見えない文字（U+3164）だけでできていて、何も表示されません。ブランド名をフィルターから隠したり、表示を偽ったりするための手口です。',
    );
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toBe(
      'The text of a link consists only of invisible characters (U+3164) and shows nothing, used to slip brand names past filters or to disguise what is shown.',
    );
  });
  it('a long link text is quoted in at most 80 characters; the evidence keeps it whole', () => {
    const long = 'Do you have some time Friday or Monday? If so, propose a few times\u200c (timezone included). Thank you for your interest in replying.';
    const v = analyzeText(eml(['From: <a@example.net>', 'Content-Type: text/html; charset=utf-8'], `<a href="https://files.example.net/x">${long}</a>`));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(Array.from((f?.params as { text: string }).text)).toHaveLength(80);
    expect((f?.params as { text: string }).text.endsWith('…')).toBe(true);
    expect(f?.evidence[0]?.value).toBe(long);
  });
});
