import { describe, expect, it } from 'vitest';
import { hiddenInWordAt } from '../../src/text/hidden-in-word.js';
import { htmlToVisibleText, visibleText } from '../../src/text/visible-text.js';
import { analyzeText, eml, ids } from '../helpers.js';

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
  it('an unclosed <head> hides nothing: the first element of the body ends it, as in a browser', () => {
    // the shape of a storage-scare kit: <head> never closed, its one visible line a link
    const html = '<html><head><meta charset="utf-8"><style>a{color:red}</style><a href="http://x.kit.test/">Storage Limit Reached</a><div>Files removed Monday</div></body></html>';
    expect(htmlToVisibleText(html)).toBe('Storage Limit Reached Files removed Monday');
    // a closed head's title and style stay hidden
    expect(htmlToVisibleText('<head><title>T</title><style>p{}</style></head><p>Hi</p>')).toBe('Hi');
  });
  it('<noframes>, <noembed> and <template> are never shown, and a <style> inside them opens nothing', () => {
    expect(htmlToVisibleText('<noframes><xml><style></xml></noframes><h4>Your parcel is waiting</h4><style>h4{}</style><p>Track it</p>')).toBe('Your parcel is waiting Track it');
    expect(htmlToVisibleText('<p>a</p><noembed>b</noembed><template>c</template><p>d</p><noframes>junk words to fool filters')).toBe('a d');
  });
  it('an unclosed <script> or comment hides the rest, never throws', () => {
    expect(htmlToVisibleText('<p>a</p><script>b')).toBe('a');
    expect(htmlToVisibleText('<p>a</p><!-- b')).toBe('a');
    expect(htmlToVisibleText('a < b and c > d')).toBe('a d');
  });
  it('prefers what the HTML shows (mail clients show it), else the text part, and cuts at the limit', () => {
    // a decoy text part for filters, the offer in the HTML
    expect(visibleText({ text: 'Please use a HTML enabled email client to view this message.', html: '<p>Claim your airdrop</p>' })).toBe('Claim your airdrop');
    expect(visibleText({ text: '  ', html: '<p>html</p>' })).toBe('html');
    // HTML of images only: the text part is all there is to read
    expect(visibleText({ text: 'plain', html: '<img src="cid:a"> <br>' })).toBe('plain');
    expect(visibleText({ text: 'plain' })).toBe('plain');
    expect(visibleText(undefined)).toBe('');
    expect(visibleText({ text: 'x'.repeat(50_000) }).length).toBe(3_000);
  });
  it('stays linear on hostile input (100k unclosed tags)', () => {
    const t0 = performance.now();
    htmlToVisibleText('<script'.repeat(100_000));
    htmlToVisibleText('<a '.repeat(100_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  describe('text hidden inside a word by its own style is left out (hidden text salting)', () => {
    const at = (html: string) => hiddenInWordAt(html, html.indexOf('<', 1));
    it.each([
      ['display:none', 'B<span style="display: none; font-size: 0px">{numero}{4}</span>anco', '{numero}{4}'],
      ['font-size:0 on <b>', 'C<b style="font-size: 0px;">YI1H6FD45SW3]</b>liente', 'YI1H6FD45SW3]'],
      ['visibility:hidden, upper-case markup', 'ca<SPAN style="VISIBILITY: hidden">Talk</SPAN>rd', 'Talk'],
      ['opacity:0', "pa<i style='opacity:0'>zz</i>ssword", 'zz'],
      ['Japanese', 'ご利<span style="display:none">ああ</span>用', 'ああ'],
    ])('%s', (_t, html, text) => {
      expect(at(html)?.text).toBe(text);
    });
    it.each([
      ['a hidden preheader between blocks', '<p>x</p><span style="display:none">Free delivery this week.</span><h1>Sale</h1>'],
      ['hidden text after a space', 'Hello <span style="display:none">x7Q</span>world'],
      ['hidden text before a space', 'Hello<span style="display:none">x7Q</span> world'],
      ['a visible span inside a word', 'S<span style="font-size:12px">/</span>M'],
      ['a faint but visible span', 'S<span style="opacity:0.8">/</span>M'],
      ['a hidden span holding markup', 'B<span style="display:none"><img src="x.png"></span>ank'],
      ['a hidden span of spaces only', 'B<span style="font-size:0"> </span>ank'],
      ['a class, not a style, hides it', 'B<span class="hidden">x7Q</span>ank'],
      ['a block element', 'B<div style="display:none">x7Q</div>ank'],
    ])('not: %s', (_t, html) => {
      expect(at(html)).toBeNull();
    });
    it('the words read as shown; a preheader stays', () => {
      expect(htmlToVisibleText('<p>Your acc<span style="display:none">x7Q</span>ount at B<b style="font-size:0">zz</b>anco</p>')).toBe('Your account at Banco');
      expect(htmlToVisibleText('<p>Hello <span style="display:none">preview</span> world</p>')).toBe('Hello preview world');
    });
    it('so the wording checks read them', () => {
      const v = analyzeText(
        eml(
          ['From: "Desk" <desk@promo.example.net>', 'Subject: Notice', 'To: taro@kousya.example', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'],
          '<html><body><p>Your acc<span style="display:none">x7Q</span>ount has been sus<span style="font-size:0">p0</span>pended.</p></body></html>\r\n',
        ),
      );
      expect(ids(v)).toContain('social-engineering/account-threat');
    });
    it.each([
      ['unclosed hidden spans', `a<span style="display:none">${'b'.repeat(59)}`.repeat(20_000)],
      ['a tag that never ends', `a<span style="${'display:none;'.repeat(100_000)}`],
      ['text that never ends', `a<span style="display:none">${'b'.repeat(1_000_000)}`],
    ])('stays linear on hostile markup: %s', (_t, hostile) => {
      const t = performance.now();
      htmlToVisibleText(hostile);
      expect(performance.now() - t).toBeLessThan(1500);
    });
  });
});
