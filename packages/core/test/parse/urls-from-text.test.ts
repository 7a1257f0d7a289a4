import { describe, expect, it } from 'vitest';
import { urlsFromText } from '../../src/parse/urls-from-text.js';

const urls = (text: string) => urlsFromText(text, 100).urls;

describe('urlsFromText', () => {
  it.each([
    ['Visit https://example.com/a?b=c.', ['https://example.com/a?b=c']],
    ['(see http://example.com/x)', ['http://example.com/x']],
    ['wiki: https://en.example.org/wiki/Foo_(bar), ok', ['https://en.example.org/wiki/Foo_(bar)']],
    ['<https://example.com/angle>', ['https://example.com/angle']],
    ['schemeless www.example.com/path and more', ['www.example.com/path']],
    ['no match in swww.example.com or mail@www.example.com', []],
    ['詳細はhttps://example.jp/campaignをご覧ください。', ['https://example.jp/campaign']],
    ['リンク：https://example.jp、こちら', ['https://example.jp']],
    ['ホスト直後 https://example.jpをご覧ください', ['https://example.jp']],
    ['IDN https://メモ書き.jp/items です', ['https://メモ書き.jp/items']],
    ['two http://a.example/1 http://b.example/2', ['http://a.example/1', 'http://b.example/2']],
    ['not a host: https://localhost', []],
    ['bare: verify at transfer705.pages.example/evas?id=1 now', ['transfer705.pages.example/evas?id=1']],
    ['bare after an arrow ->-->❗ shop.example.com/a.', ['shop.example.com/a']],
    ['bare links in order: b.example.org/2 then https://a.example/1', ['b.example.org/2', 'https://a.example/1']],
    ['a bare host without a slash is a name: Amazon.co.jp or example.com.', []],
    ['bare hosts glued to something else: user@example.com/x /srv/example.com/x a_b.example.com/x', []],
    ['inside a URL: https://a.example/next/b.example.com/x', ['https://a.example/next/b.example.com/x']],
    ['Japanese glue: 詳細はshop.example.jp/itemをご覧ください', ['shop.example.jp/item']],
  ])('%s', (text, expected) => {
    expect(urls(text)).toEqual(expected);
  });

  it('counts beyond max', () => {
    const r = urlsFromText('https://a.example/ '.repeat(12), 3);
    expect(r).toMatchObject({ total: 12 });
    expect(r.urls).toHaveLength(3);
  });

  it('stays linear on hostile text', () => {
    const started = performance.now();
    urlsFromText('https://' + 'a'.repeat(2_000_000), 1000);
    urlsFromText('www.'.repeat(500_000), 1000);
    urlsFromText('a.bc/'.repeat(400_000), 1000);
    urlsFromText('a'.repeat(1_000_000) + '.example/', 1000);
    urlsFromText('.ab/'.repeat(500_000), 1000);
    urlsFromText('http://'.repeat(300_000), 1000);
    urlsFromText('https://a.example/' + ')'.repeat(500_000), 1000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
