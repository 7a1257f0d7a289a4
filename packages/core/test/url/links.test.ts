import { describe, expect, it } from 'vitest';
import { collectLinks } from '../../src/url/links.js';
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
