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
    urlsFromText('http://'.repeat(300_000), 1000);
    urlsFromText('https://a.example/' + ')'.repeat(500_000), 1000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
