import { describe, expect, it } from 'vitest';
import { decodeEntities, urlsFromHtml } from '../../src/parse/urls-from-html.js';

const links = (html: string) => urlsFromHtml(html, 100).links;

describe('urlsFromHtml', () => {
  it('anchors with visible text, whitespace collapsed and entities decoded', () => {
    expect(links('<A HREF="https://a.example/?x=1&amp;y=2">  Hello\n  <b>world</b> &amp; you </A>')).toEqual([
      { href: 'https://a.example/?x=1&y=2', text: 'Hello world & you', kind: 'anchor', hasImage: false },
    ]);
  });

  it('unquoted and single-quoted attributes, odd spacing', () => {
    expect(links("<a class=x href=https://a.example/u target=_blank>u</a><a href = 'https://b.example/'>b</a>").map((l) => l.href)).toEqual([
      'https://a.example/u',
      'https://b.example/',
    ]);
  });

  it('image-wrapped anchors', () => {
    expect(links('<a href="https://a.example/"><img src="btn.png" alt="ログイン"></a>')[0]).toMatchObject({ text: '', hasImage: true, imageAlt: 'ログイン' });
  });

  it('area, form action, and sensitive inputs', () => {
    const l = links('<area href="https://m.example/" alt="Map"><form action="https://f.example/p"><input type="password"></form><form action="/s"><input name="q"></form>');
    expect(l.map((x) => [x.kind, x.href, x.sensitive ?? null])).toEqual([
      ['area', 'https://m.example/', null],
      ['form', 'https://f.example/p', true],
      ['form', '/s', false],
    ]);
  });

  it('entity-obfuscated schemes become visible (&#106;avascript&colon;)', () => {
    expect(links('<a href="&#106;avascript&colon;alert(1)">x</a>')[0]?.href).toBe('javascript:alert(1)');
    expect(links('<a href="&#x68;ttps://a.example/">x</a>')[0]?.href).toBe('https://a.example/');
  });

  it('ignores comments, script, style and template content', () => {
    const html = '<!-- <a href="https://c.example/">c</a> --><script>var s="<a href=\'https://s.example/\'>"</script><style>a[href="https://t.example/"]{}</style><template><a href="https://u.example/">u</a></template><a href="https://ok.example/">ok</a>';
    expect(links(html).map((l) => l.href)).toEqual(['https://ok.example/']);
  });

  it('<noframes> is raw text, as a browser parses it: a <style> inside it opens nothing', () => {
    // the evasion: `<noframes><xml><style></xml></noframes>` reads as an open style to a naive
    // scanner, which then skips the real link up to the next `</style>`
    const html = '<noframes><xml><style></xml></noframes><a href="https://kit.kit.test/p">x</a><style>h4{}</style><noembed><a href="https://no.kit.test/">n</a></noembed>';
    expect(links(html).map((l) => l.href)).toEqual(['https://kit.kit.test/p']);
  });

  it('spans inside an anchor do not split its text (`<span>amazon</span><span>.co.jp</span>`)', () => {
    expect(links('<a href="https://x.example/"><span>amazon</span><span>.co.jp</span></a>')[0]?.text).toBe('amazon.co.jp');
  });

  it('an unclosed anchor ends at the next one', () => {
    expect(links('<a href="https://a.example/">A<a href="https://b.example/">B</a>').map((l) => [l.href, l.text])).toEqual([
      ['https://a.example/', 'A'],
      ['https://b.example/', 'B'],
    ]);
  });

  it('counts beyond max without recording', () => {
    const r = urlsFromHtml('<a href="https://a.example/">a</a>'.repeat(20), 5);
    expect(r.links).toHaveLength(5);
    expect(r.total).toBe(20);
  });

  it('hostile HTML stays linear (unclosed quotes, megabytes of "<")', () => {
    const started = performance.now();
    urlsFromHtml('<a href="' + 'x'.repeat(2_000_000), 1000);
    urlsFromHtml('<'.repeat(1_000_000), 1000);
    urlsFromHtml('<a '.repeat(300_000), 1000);
    urlsFromHtml('<!--'.repeat(300_000), 1000);
    urlsFromHtml('<script>' + '</scrip'.repeat(200_000), 1000);
    urlsFromHtml('&#'.repeat(500_000), 1000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('urlsFromHtml: tag and attribute names', () => {
  it('reads element names in any case, and no other element as one of them', () => {
    const html = '<A href="https://a.example/">a</A><AREA HREF="https://b.example/" ALT="b"><Form Action="https://c.example/"><INPUT TYPE=password></FORM>' +
      '<ab href="https://x.example/">x</ab><abbr>y</abbr><SCRIPT><a href="https://hidden.example/">h</a></SCRIPT><img:x><a_ href="https://y.example/">y</a_>';
    expect(links(html)).toEqual([
      { href: 'https://a.example/', text: 'a', kind: 'anchor', hasImage: false },
      { href: 'https://b.example/', text: '', kind: 'area', hasImage: false, imageAlt: 'b' },
      { href: 'https://c.example/', text: '', kind: 'form', hasImage: false, sensitive: true },
    ]);
  });
  it('keeps the first of a repeated attribute, in any case', () => {
    expect(links('<a HREF="https://first.example/" href="https://second.example/">x</a>').map((l) => l.href)).toEqual(['https://first.example/']);
    expect(links('<a title="href" data-x=href href="https://a.example/">x</a>').map((l) => l.href)).toEqual(['https://a.example/']);
  });
  it('a block element inside an anchor is a word break (`<TD>`, `<Br/>`)', () => {
    expect(links('<a href="https://a.example/">one<Br/>two<TD>three</a>')[0]?.text).toBe('one two three');
  });
});

describe('urlsFromHtml: SVG links and formaction', () => {
  it('an inline SVG anchor written with xlink:href', () => {
    expect(links('<svg><a xlink:href="https://kit.example.net/s"><text>Open</text></a></svg>')).toEqual([
      { href: 'https://kit.example.net/s', text: 'Open', kind: 'anchor', hasImage: false },
    ]);
  });
  it('a submit button’s formaction is where the form really goes', () => {
    const l = links('<form action="https://shop.example/search"><input type="password" name="pw"><button formaction="https://kit.example.net/steal">Sign in</button><input type="submit" formaction="https://kit2.example.net/x"></form>');
    expect(l.map((x) => [x.href, x.kind, x.sensitive])).toEqual([
      ['https://shop.example/search', 'form', true],
      ['https://kit.example.net/steal', 'form', true],
      ['https://kit2.example.net/x', 'form', true],
    ]);
  });
  it('legitimate twin: a button without formaction adds nothing', () => {
    expect(links('<form action="https://shop.example/search"><input name="q"><button type="submit">Search</button></form>').map((x) => x.href)).toEqual(['https://shop.example/search']);
  });
});

describe('urlsFromHtml: <base href>', () => {
  const hrefs = (html: string) => links(html).map((l) => l.href);
  it('relative links resolve against the first base, as the client resolves them (baseStriker)', () => {
    expect(hrefs('<html><head><base href="https://kit.example.net/s/"></head><a href="login.php?u=1">Sign in</a><a href="/x">x</a><a href="//cdn.example.org/y">y</a></html>')).toEqual([
      'https://kit.example.net/s/login.php?u=1',
      'https://kit.example.net/x',
      'https://cdn.example.org/y',
    ]);
  });
  it('a base after the links still applies (the document has one base URL); only the first counts', () => {
    expect(hrefs('<a href="p">p</a><base href="http://a.example.net/"><base href="http://b.example.net/">')).toEqual(['http://a.example.net/p']);
  });
  it('links with a scheme, mailto and empty form actions stay as written', () => {
    expect(hrefs('<base href="https://a.example.net/"><a href="https://shop.example/">s</a><a href="mailto:x@example.com">m</a><form action=""></form>')).toEqual([
      'https://shop.example/',
      'mailto:x@example.com',
      '',
    ]);
  });
  it('legitimate twin: a newsletter whose base is its own site', () => {
    expect(hrefs('<base href="https://news.example.com/"><a href="/2026/11/story">Read</a>')).toEqual(['https://news.example.com/2026/11/story']);
  });
  it('a base that is not an absolute http(s) URL is ignored', () => {
    expect(hrefs('<base href="/"><a href="/x">x</a>')).toEqual(['/x']);
    expect(hrefs('<base href="javascript:alert(1)//"><a href="x">x</a>')).toEqual(['x']);
  });
});

describe('decodeEntities', () => {
  it('a host written with &#159; and &#156; is the one a browser opens (not dropped as unparseable)', () => {
    const [l] = links('<a href="http://x&#159;1&#156;z.example.com/p">go</a>');
    expect(l?.href).toBe('http://xŸ1œz.example.com/p');
  });
  it.each([
    ['&amp;&lt;&gt;&quot;&#39;', '&<>"\''],
    ['&#x41;&#66;', 'AB'],
    ['&colon;&sol;&sol;', '://'],
    ['&unknown;', '&unknown;'],
    ['&#0;', '\ufffd'],
    ['AT&T', 'AT&T'],
    // HTML reads &#128;–&#159; as windows-1252, as browsers do; the five empty positions stay
    ['&#128;5 &#147;x&#148; &#159;&#156;', '€5 “x” Ÿœ'],
    ['&#x9c;&#129;', 'œ\u0081'],
    // HTML 4's named references, case-sensitive: Portuguese, French and German mail is written with them
    ['notifica&ccedil;&atilde;o caf&eacute; Gl&uuml;ckwunsch &Eacute;T&Eacute; Stra&szlig;e', 'notificação café Glückwunsch ÉTÉ Straße'],
    ['&AMP;&NBSP;&Alpha;&omega;&sigmaf;&euro;&OElig;', '&\u00a0Αως€Œ'],
    ['&EACUTE;', '&EACUTE;'],
    // without `;` a name is still read, except before `=` (a query string's `&copy=1`)
    ['&eacute &copy=1 &notify=2', 'é &copy=1 &notify=2'],
  ])('%s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});
