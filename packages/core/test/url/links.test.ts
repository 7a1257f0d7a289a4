import { describe, expect, it } from 'vitest';
import { collectLinks } from '../../src/url/links.js';
import { linksMail } from '../helpers.js';
import { listLinks } from '../../src/list-links.js';
import { analyze } from '../../src/analyze.js';
import { explain } from '../../src/explain/explain.js';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { buildBrandIndex, bundledBrands } from '../../src/domain/brands.js';
import type { MessageInput } from '../../src/model/message.js';

const input = (bodies: { html?: string; text?: string }): MessageInput => ({ source: 'eml', headers: [], bodies });
const ctx = (maxUrls = 1000) => ({ maxUrls, recipient: null, brands: buildBrandIndex(bundledBrands), options: {} });

describe('collectLinks', () => {
  it('takes HTML anchors with their text, areas, forms and plain-text URLs', () => {
    const { links } = collectLinks(
      input({
        html: '<a href="https://a.example/">A site</a><map><area href="https://b.example/" alt="B"></map><form action="https://c.example/post"><input type=password></form>',
        text: 'See https://d.example/x and www.e.example.',
      }),
      ctx(),
    );
    expect(links.map((l) => [l.kind, l.href, l.text])).toEqual([
      ['anchor', 'https://a.example/', 'A site'],
      ['area', 'https://b.example/', null],
      ['form', 'https://c.example/post', null],
      ['text', 'https://d.example/x', null],
      ['text', 'http://www.e.example', null],
    ]);
    expect(links[2]?.sensitive).toBe(true);
  });

  it('an HTML-only mail: addresses its text shows are links too, except one shown as an anchor’s text', () => {
    const { links } = collectLinks(
      input({
        html: '<p>Please go through the form: https://forms.kit.test/abc</p><p><a href="https://evil.kit.test/">https://www.bank.example/login</a></p>',
      }),
      ctx(),
    );
    expect(links.map((l) => [l.kind, l.href])).toEqual([
      ['anchor', 'https://evil.kit.test/'],
      ['text', 'https://forms.kit.test/abc'],
    ]);
  });

  it('hostile: thousands of anchors and written addresses stay fast', () => {
    const anchors = Array.from({ length: 5000 }, (_, i) => `<a href="https://a${i}.kit.test/">anchor text number ${i} ${'x'.repeat(80)}</a>`).join('');
    const written = Array.from({ length: 300 }, (_, i) => `https://w${i}.kit.test/p `).join('');
    const t0 = performance.now();
    const { links } = collectLinks(input({ html: `<p>${written}</p>${anchors}` }), ctx(10_000));
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(links.some((l) => l.kind === 'text')).toBe(true);
  });

  it('legitimate twin: with a text part, the HTML’s text is not searched again', () => {
    const { links } = collectLinks(input({ html: '<p>https://a.example/only-in-html</p>', text: 'Hello' }), ctx());
    expect(links).toEqual([]);
  });

  it('keeps one link when the text part repeats the HTML part', () => {
    const { links } = collectLinks(input({ html: '<a href="https://a.example/">go</a>', text: 'go https://a.example/' }), ctx());
    expect(links).toHaveLength(1);
  });

  it('takes bare host.tld/path links from text only under a suffix of the Public Suffix List', () => {
    const { links } = collectLinks(
      input({ text: 'Withdraw now ->-->❗ transfer705.pages.example.com/evas?x=1, not README.mdx/usage or Amazon.co.jp.' }),
      ctx(),
    );
    expect(links.map((l) => [l.kind, l.href])).toEqual([['text', 'http://transfer705.pages.example.com/evas?x=1']]);
  });

  it('keeps one link when a bare or www. text link repeats an https anchor', () => {
    const { links } = collectLinks(
      input({ html: '<a href="https://shop.example.com/a">shop</a><a href="https://www.example.jp/b">b</a>', text: 'shop.example.com/a www.example.jp/b' }),
      ctx(),
    );
    expect(links.map((l) => l.href)).toEqual(['https://shop.example.com/a', 'https://www.example.jp/b']);
  });

  it('inspects a URL once however often it appears', () => {
    const html = '<a href="https://a.example/">x</a>'.repeat(50);
    const { links } = collectLinks(input({ html }), ctx());
    expect(links).toHaveLength(1);
  });

  it('skips mailto, tel and in-page anchors', () => {
    const { links } = collectLinks(input({ html: '<a href="mailto:a@b.example">m</a><a href="tel:0312345678">t</a><a href="#top">t</a>' }), ctx());
    expect(links).toHaveLength(0);
  });

  it('reports a urls limit hit beyond maxUrls', () => {
    const html = Array.from({ length: 30 }, (_, i) => `<a href="https://h${i}.example/">${i}</a>`).join('');
    const r = collectLinks(input({ html }), ctx(10));
    expect(r.links).toHaveLength(10);
    expect(r.limitHit).toEqual({ limit: 'urls', value: 30, max: 10 });
  });

  it('needs no body', () => {
    expect(collectLinks({ source: 'raw-headers', headers: [] }, ctx())).toEqual({ links: [] });
  });
});

describe('links of an HTML or SVG attachment (it opens in the browser from disk)', () => {
  const withAttachment = (name: string, type: string, html: string, from = 'Accounts <billing@invoices.example.net>') =>
    [
      `From: ${from}`,
      'To: taro@kousya.example',
      'Subject: Your statement',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="m"',
      '',
      '--m',
      'Content-Type: text/plain',
      '',
      'Your statement is attached.',
      '--m',
      `Content-Type: ${type}; name="${name}"`,
      `Content-Disposition: attachment; filename="${name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(html).toString('base64'),
      '--m--',
      '',
    ].join('\r\n');
  const page =
    '<html><body><h1>Microsoft 365</h1><form action="https://micros0ft-login.example.net/post.php" method="post"><input type="password" name="pw"></form>' +
    '<a href="https://bit.ly/3xYz">Download</a></body></html>';

  it('the page’s form and anchors are listed and judged, the form by its target', () => {
    const raw = withAttachment('statement.html', 'text/html', page);
    const links = listLinks(fromRawMessage(raw));
    expect(links.map((l) => [l.href, l.source, l.form, l.file])).toEqual([
      ['https://micros0ft-login.example.net/post.php', 'attachment', true, 'statement.html'],
      ['https://bit.ly/3xYz', 'attachment', false, 'statement.html'],
    ]);
    const v = analyze(fromRawMessage(raw));
    expect(v.findings.map((f) => f.checkId)).toContain('url-redirect/shortened-link');
    expect(v.findings.find((f) => f.checkId === 'url-redirect/shortened-link')?.evidence[0]?.label).toBe('html link (statement.html)');
    // the body holds no form: the attachment's is the attachment checks' to report
    expect(v.findings.map((f) => f.checkId)).not.toContain('url-obfuscation/html-form');
    // the explanation says where the link is, since the reader will not find it in the text
    const said = (locale: 'en' | 'ja') => explain(v, { locale }).items.find((i) => i.checkId === 'url-redirect/shortened-link')?.detail;
    expect(said('en')).toMatch(/This link is inside the attached file “statement\.html”, not in the text of the mail\.$/);
    expect(said('ja')).toMatch(/添付ファイル「statement\.html」の中にあります。$/);
    const inBody = analyze(fromRawMessage(linksMail('<a href="https://bit.ly/3xYz">Download</a>')));
    expect(explain(inBody, { locale: 'en' }).items.find((i) => i.checkId === 'url-redirect/shortened-link')?.detail).not.toMatch(/attached/);
  });
  it('where the page sends the browser by itself: meta refresh and a script assigning the location', () => {
    const redirect =
      '<html><head><meta http-equiv="refresh" content="0; URL=https://bit.ly/3xYz"></head>' +
      '<body><script>setTimeout(function(){ window.location.href = "https://kit.example.net/o365/"; }, 10); location.replace(\'https://kit.example.net/b\')</script></body></html>';
    const links = listLinks(fromRawMessage(withAttachment('scan.htm', 'text/html', redirect)));
    expect(links.map((l) => [l.href, l.source])).toEqual([
      ['https://bit.ly/3xYz', 'attachment'],
      ['https://kit.example.net/o365/', 'attachment'],
      ['https://kit.example.net/b', 'attachment'],
    ]);
    // a body's meta refresh does nothing in a mail client: not read there
    expect(listLinks(fromRawMessage(linksMail('<meta http-equiv="refresh" content="0;url=https://bit.ly/x"><p>Hi</p>'))).map((l) => l.href)).toEqual([]);
  });
  it('a web archive (.mht): its HTML part, quoted-printable decoded', () => {
    const mht = [
      'From: <Saved by Blink>',
      'Subject: Statement',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; boundary="r"',
      '',
      '--r',
      'Content-Type: text/html',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<html><body><a href=3D"https://bit.ly/mht1">Open the statem=',
      'ent</a></body></html>',
      '--r--',
      '',
    ].join('\r\n');
    const links = listLinks(fromRawMessage(withAttachment('statement.mht', 'application/octet-stream', mht)));
    expect(links.map((l) => [l.href, l.text, l.file])).toEqual([['https://bit.ly/mht1', 'Open the statement', 'statement.mht']]);
  });
  it('an SVG attachment’s links too', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><a href="https://bit.ly/9q"><text>Open</text></a></svg>';
    expect(listLinks(fromRawMessage(withAttachment('fax.svg', 'image/svg+xml', svg))).map((l) => l.href)).toEqual(['https://bit.ly/9q']);
  });
  it('legitimate twin: an HTML receipt linking to the sender’s own site adds no link finding', () => {
    const receipt = '<html><body><p>Thank you for your order.</p><a href="https://www.shop.example/orders/4471">www.shop.example/orders/4471</a></body></html>';
    const v = analyze(fromRawMessage(withAttachment('receipt.html', 'text/html', receipt, 'Shop <orders@shop.example>')));
    expect(v.findings.filter((f) => f.evidence.some((e) => e.kind === 'url'))).toEqual([]);
  });
});
