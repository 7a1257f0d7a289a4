/**
 * The HTML fast paths against the implementations they replaced (./reference, the code before
 * them), on hand-picked oddities, seeded tag soup and the fixtures' HTML: the tag walk by one regex
 * (`skipAttrs`, with `skipAttrsWalk` when the regex engine gives up), the link scan that reads most
 * tags without a tag object and passes quiet markup in one match (`QUIET_RUN`), and the
 * visible-text reader that compares hidden element names in place.
 */
import { describe, expect, it } from 'vitest';
import { skipAttrs, skipAttrsWalk, urlsFromHtml } from '../../src/parse/urls-from-html.js';
import { hiddenElement, htmlToVisibleLines, htmlToVisibleText, visibleText } from '../../src/text/visible-text.js';
import * as ref from './reference/urls-from-html.js';
import * as refText from './reference/visible-text.js';
import { mulberry32 } from '../attachment/builders.js';
import { fixtureHtmls } from '../helpers.js';


function soup(next: () => number, pieces: readonly string[], max: number): string {
  let out = '';
  const n = Math.floor(next() * max);
  for (let k = 0; k < n; k++) out += pieces[Math.floor(next() * pieces.length)];
  return out;
}

/** What follows a tag name: attributes, values, quotes, spaces, slashes, `>` and junk. */
const ATTR_PIECES = [' ', '\t', '\n', '\r', '\f', '\v', '/', '=', '"', "'", '>', 'a', 'href', 'B', 'x', '<', '&amp;', 'é', '-', ':', ' style="', "'>'", '"a>b"', '\u00a0', '=\'x\'', ' = ', 'ＡＢ'];

/** HTML with the elements the scans act on, in any case and nesting, broken and whole. */
const HTML_PIECES = [
  '<a href="https://example.com/x">', '<A HREF=http://b.example/?q=1&amp;r=2>', "<a href='#top'>", '<a>', '<a href="">', '</a>', '</A >', '<a/href="x">',
  '<area href="https://c.example/" alt="Map">', '<area alt=x>', '<form action="https://d.example/login">', '<form>', '</form>', '<FORM ACTION=x>',
  '<input type="password">', '<input name="card number">', '<input id=pin type=text>', '<input type=hidden name=pin>', '<input placeholder="パスワード">',
  '<img src="i.png" alt="Sign in">', '<img alt=>', '<IMG ALT="x">', '<td>', '</td>', '<tr>', '<table>', '<br>', '<br/>', '<p>', '</p>', '<div class="a>b">',
  '<span style="color:red">', '</span>', '<b>', '</B>', '<strong>', '</strong >', '<font color=red>', '<wbr>', '<SMALL>', '<spanx>', '<strongest>', '<i/>', '<h1>', '</h2>', '<hr>', '<li>', '<script>var a = "<a href=x>";</script>', '<SCRIPT>x</SCRIPT >', '<script>never closed',
  '<style>.a{}</style>', '<style>', '</style>', '<title>T</title>', '<head>', '</head>', '<textarea><a href=y></textarea>', '<noscript>n</noscript>', '<xmp>', '</xmp>', '<noframes>', '</noframes>',
  '<template>t</template>', '<!-- c -->', '<!-- <a href=z> -->', '<!--', '<!DOCTYPE html>', '<?xml ?>', '< a>', '<1>', '<', '>', '"', "'", '=', '&lt;', '&#106;avascript&colon;',
  '&nbsp;', ' ', '\n', '\r\n', '\t', 'Click here', 'ログイン', 'paypal.com', 'www.x.example', '<Td title="<a href=q>">', '<td title=\'a"b\'>', '<b', '<a href="never closed',
];

describe('skipAttrs (one regex) = skipAttrsWalk', () => {
  it.each([
    '>', ' href="x">', " HREF='x>y' b=c>", ' href = "x" >', ' =href="x">', ' == "x">', ' a==b>', '/href="x"/>', ' a/b="c">', ' a="x"b="y">', ' a=>',
    ' a=', ' a="never closed>', " a='never closed", ' a= ', ' a', '', ' a=x"y z=\'w\'>', '\t\n\f\rhref\t=\n"x"\r>', ' a="1" a="2">', ' a\v=b>', ' a=\u00a0b>x',
  ])('%j', (rest) => {
    const html = `<td${rest}`;
    expect(skipAttrs(html, 3)).toBe(skipAttrsWalk(html, 3));
  });

  it('matches the walk on seeded attribute soup, from every start', () => {
    const next = mulberry32(7);
    for (let round = 0; round < 3000; round++) {
      const html = `<td${soup(next, ATTR_PIECES, 30)}${next() < 0.5 ? '>tail<p>' : ''}`;
      for (let p = 3; p <= html.length; p += 1 + Math.floor(next() * 4)) expect(skipAttrs(html, p), JSON.stringify([html, p])).toBe(skipAttrsWalk(html, p));
    }
  });

  it('a tag of megabytes: the same end (the walk takes over when the regex engine gives up)', () => {
    for (const rest of [' a'.repeat(5_000_000), ' a=b'.repeat(1_000_000), ' a="b"'.repeat(1_000_000) + '>x', '/'.repeat(2_000_000)]) {
      const html = `<td${rest}`;
      expect(skipAttrs(html, 3)).toBe(skipAttrsWalk(html, 3));
    }
  });
});

describe('urlsFromHtml = the previous implementation', () => {
  it('on seeded HTML soup', () => {
    const next = mulberry32(11);
    for (let round = 0; round < 4000; round++) {
      const html = soup(next, HTML_PIECES, 40);
      const max = next() < 0.2 ? 2 : 1000;
      expect(urlsFromHtml(html, max), JSON.stringify(html)).toEqual(ref.urlsFromHtml(html, max));
    }
  });

  it('on attribute soup inside the elements it reads', () => {
    const next = mulberry32(12);
    for (let round = 0; round < 3000; round++) {
      const tag = ['a', 'td', 'form', 'input', 'img', 'area', 'script', 'br', '/a', '/form', '/td', 'A', 'Img'][Math.floor(next() * 13)];
      const html = `<form><a href=x>t<${tag}${soup(next, ATTR_PIECES, 16)}>u<${tag}${soup(next, ATTR_PIECES, 16)}</a>`;
      expect(urlsFromHtml(html, 1000), JSON.stringify(html)).toEqual(ref.urlsFromHtml(html, 1000));
    }
  });

  it('on long seeded HTML (quiet runs longer than one QUIET_RUN match)', () => {
    const next = mulberry32(13);
    for (let round = 0; round < 300; round++) {
      const html = soup(next, HTML_PIECES, 1200);
      expect(urlsFromHtml(html, 1000), JSON.stringify(html)).toEqual(ref.urlsFromHtml(html, 1000));
    }
  });

  it('on quiet markup only: no link, one match per 128 constructs', () => {
    const html = '<td class="x">y</td><!-- c --><SPAN>z</SPAN>< 1 <br/></p>'.repeat(5000) + '<a href="https://e.example/">e</a>';
    expect(urlsFromHtml(html, 1000)).toEqual(ref.urlsFromHtml(html, 1000));
  });

  it('a tag of megabytes before and after links: the same links (the scan reads on when the regex engine gives up)', () => {
    for (const big of ['<td' + ' a=b'.repeat(1_000_000) + '>', '<td' + ' a="b"'.repeat(1_000_000), '</td' + ' a'.repeat(2_000_000) + '>']) {
      const html = `<a href="https://a.example/">a</a>${big}<a href="https://b.example/">b</a><td><img alt=x><a href=c>c</a>`;
      expect(urlsFromHtml(html, 1000)).toEqual(ref.urlsFromHtml(html, 1000));
    }
  });

  it('on the HTML of every test fixture', () => {
    const htmls = fixtureHtmls();
    for (const [rel, html] of htmls) {
      expect(urlsFromHtml(html, 1000), rel).toEqual(ref.urlsFromHtml(html, 1000));
      expect(urlsFromHtml(html, 3), rel).toEqual(ref.urlsFromHtml(html, 3));
    }
    expect(htmls.length).toBeGreaterThan(20);
  });
});

describe('visible text = the previous implementation', () => {
  it('hiddenElement agrees with the name the old reader sliced', () => {
    const next = mulberry32(13);
    const names = ['script', 'SCRIPT', 'Style', 'head', 'HEAD', 'title', 'titles', 'noframes', 'NoEmbed', 'template', 'scripts', 'scrip', 'headx', 'he', 'td', 'a', '', 'style1', 'styl3', 'script0123456789'];
    for (let round = 0; round < 2000; round++) {
      const html = `<${names[Math.floor(next() * names.length)]}${soup(next, [' ', '>', 'x', '-', '1', '/', ':'], 4)}`;
      const slow = html.slice(1).match(/^[A-Za-z0-9]{0,10}/)?.[0].toLowerCase() ?? '';
      expect(hiddenElement(html, 0), html).toBe(['script', 'style', 'title', 'template', 'noframes', 'noembed'].includes(slow) ? slow : '');
    }
  });

  it('on seeded HTML soup, as text and as lines, with short and default caps', () => {
    const next = mulberry32(14);
    for (let round = 0; round < 3000; round++) {
      const html = soup(next, HTML_PIECES, 60);
      const max = next() < 0.3 ? 40 : 3000;
      expect(htmlToVisibleText(html, max), JSON.stringify(html)).toBe(refText.htmlToVisibleText(html, max));
      expect(htmlToVisibleLines(html, max), JSON.stringify(html)).toBe(refText.htmlToVisibleLines(html, max));
      expect(visibleText({ html }, max)).toBe(refText.visibleText({ html }, max));
    }
  });
});
