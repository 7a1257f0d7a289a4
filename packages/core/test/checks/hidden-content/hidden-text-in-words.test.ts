import { describe, expect, it } from 'vitest';
import { hiddenInWords } from '../../../src/checks/hidden-content/hidden-text-in-words.js';
import { htmlToVisibleText } from '../../../src/text/visible-text.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'hidden-content/hidden-text-in-words';
const H = ['From: "Desk" <desk@promo.example.net>', 'Subject: Notice', 'To: taro@kousya.example', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'];
const html = (body: string) => analyzeText(eml(H, `<html><body>${body}</body></html>\r\n`));

describe(ID, () => {
  it.each([
    ['display:none', 'B<span style="display: none; font-size: 0px">{numero}{4}</span>anco'],
    ['font-size:0 on <b>', 'C<b style="font-size: 0px;">YI1H6FD45SW3]</b>liente'],
    ['visibility:hidden, upper-case markup', 'ca<SPAN style="VISIBILITY: hidden">Talk</SPAN>rd'],
    ['opacity:0', 'pa<i style=\'opacity:0\'>zz</i>ssword'],
    ['Japanese', 'ご利<span style="display:none">ああ</span>用'],
  ])('%s inside a word', (_t, fragment) => {
    expect(hiddenInWords(`<p>${fragment}</p>`)).toHaveLength(1);
  });
  it.each([
    ['a hidden preheader between blocks', '<span style="display:none">Free delivery this week.</span><h1>Sale</h1>'],
    ['hidden text after a space', 'Hello <span style="display:none">x7Q</span>world'],
    ['a visible span inside a word', 'S<span style="font-size:12px">/</span>M'],
    ['a faint but visible span', 'S<span style="opacity:0.8">/</span>M'],
    ['a hidden span holding markup', 'B<span style="display:none"><img src="x.png"></span>ank'],
    ['a hidden span of spaces only', 'B<span style="font-size:0"> </span>ank'],
    ['a class, not a style, hides it', 'B<span class="hidden">x7Q</span>ank'],
  ])('not: %s', (_t, fragment) => {
    expect(hiddenInWords(`<p>${fragment}</p>`)).toHaveLength(0);
  });
  it('needs two words with hidden text; reports the first and the count', () => {
    const one = html('<p>Your acc<span style="display:none">x7Q</span>ount is ready.</p>');
    expect(ids(one)).not.toContain(ID);
    const two = html('<p>Your acc<span style="display:none">x7Q</span>ount is clo<span style="font-size:0">p0</span>sed.</p>');
    const f = two.findings.find((x) => x.checkId === ID);
    expect(f?.params).toEqual({ hidden: 'x7Q', count: 2 });
    expect(f?.evidence[0]).toMatchObject({ value: 'accx7Qount', highlight: 'x7Q' });
    // the visible text leaves the hidden runs out, so the wording checks read "account is closed"
    expect(ids(two)).toContain('social-engineering/account-threat');
    expect(two.level).toBe('suspicious');
  });
  it('the visible text reads the words as shown', () => {
    expect(htmlToVisibleText('<p>Your acc<span style="display:none">x7Q</span>ount at B<b style="font-size:0">zz</b>anco</p>')).toBe('Your account at Banco');
    expect(htmlToVisibleText('<p>Hello <span style="display:none">preview</span> world</p>')).toBe('Hello preview world');
  });
  it.each([
    ['unclosed hidden spans', `a<span style="display:none">${'b'.repeat(59)}`.repeat(20_000)],
    ['declarations with no tag', 'x display:none; font-size:0 '.repeat(60_000)],
    ['a tag that never ends', `a<span style="${'display:none;'.repeat(100_000)}`],
    ['text that never ends', `a<span style="display:none">${'b'.repeat(1_000_000)}`],
  ])('stays linear on hostile markup: %s', (_t, hostile) => {
    const t = performance.now();
    expect(hiddenInWords(hostile)).toHaveLength(0);
    expect(performance.now() - t).toBeLessThan(1500);
  });
  fixtureTests(ID, {}, it);
});
