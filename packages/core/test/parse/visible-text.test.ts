import { describe, expect, it } from 'vitest';
import { htmlToVisibleText, visibleText } from '../../src/text/visible-text.js';

describe('visible text of a body', () => {
  it('drops tags, comments, <head>, <title>, <style> and <script>; decodes entities; collapses space', () => {
    const html = '<html><head><title>T</title><style>p{}</style></head><body><!-- hidden --><p>Hello&nbsp;<b>you</b></p><script>var x = "<p>no</p>";</script>\n<p>&amp; bye</p></body></html>';
    expect(htmlToVisibleText(html)).toBe('Hello you & bye');
  });
  it('inline elements do not break words; blocks and cells do', () => {
    // a brand split into coloured spans, as callback-scam receipts write "PayPal"
    expect(htmlToVisibleText('<h3><strong><span class="c1">Pay</span><span class="c2">Pal</span></strong></h3><p>Receipt</p>')).toBe('PayPal Receipt');
    expect(htmlToVisibleText('Pay<b>Pal</b> <I>inc</I>')).toBe('PayPal inc');
    expect(htmlToVisibleText('<a href="x">Click</a> here, <font color=red>now</font>')).toBe('Click here, now');
    expect(htmlToVisibleText('<td>Name</td><td>Amount</td>')).toBe('Name Amount');
    expect(htmlToVisibleText('<p>one</p><p>two</p><div>three</div>line<br>break')).toBe('one two three line break');
    expect(htmlToVisibleText('<spanx>a</spanx>b<img src=x>c')).toBe('a b c');
  });
  it('an unclosed <script> or comment hides the rest, never throws', () => {
    expect(htmlToVisibleText('<p>a</p><script>b')).toBe('a');
    expect(htmlToVisibleText('<p>a</p><!-- b')).toBe('a');
    expect(htmlToVisibleText('a < b and c > d')).toBe('a d');
  });
  it('prefers the text part and cuts at the limit', () => {
    expect(visibleText({ text: 'plain', html: '<p>html</p>' })).toBe('plain');
    expect(visibleText({ text: '  ', html: '<p>html</p>' })).toBe('html');
    expect(visibleText(undefined)).toBe('');
    expect(visibleText({ text: 'x'.repeat(50_000) }).length).toBe(3_000);
  });
  it('stays linear on hostile input (100k unclosed tags)', () => {
    const t0 = performance.now();
    htmlToVisibleText('<script'.repeat(100_000));
    htmlToVisibleText('<a '.repeat(100_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
