import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'hidden-content/link-without-text';
const HEAD = ['From: "Deals" <offers@deals.example>', 'To: user@example.org', 'Subject: Offer', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'];

describe(ID, () => {
  it('reports an HTML mail that is a picture and a link', () => {
    const v = analyzeText(eml(HEAD, '<a href="https://lander.kit.test/x"><img src="https://img.kit.test/a.png"></a>'));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ links: 1, letters: 0, images: 1 });
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toMatch(/^Besides a link \(on a picture\), the mail shows no text at all\./);
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toMatch(/^このメールには文章がまったくなく、画像に付いたリンクが 1 個あるだけです。/);
  });
  it('24 letters still count as no text', () => {
    expect(ids(analyzeText(eml(HEAD, '<p>Your parcel is waiting for yo</p><a href="https://lander.kit.test/x">.</a>')))).toContain(ID);
  });
  it('counts letters and digits in any script, not punctuation or rules; kana count three each', () => {
    const v = analyzeText(eml(HEAD, '<p>______ . . . ------</p><a href="https://lander.kit.test/x">クリック</a>'));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ links: 1, letters: 4, images: 0 });
    expect(ids(analyzeText(eml(HEAD, '<p>詳細はこちらをご覧ください</p><a href="https://lander.kit.test/x">.</a>')))).not.toContain(ID);
  });
  it.each([
    ['a sentence of 25 letters', '<p>Your parcel is waiting for you</p><a href="https://lander.kit.test/x"><img src="a.png"></a>'],
    ['a Japanese sentence', `<p>${'お荷物のお届けについてご案内いたします。配達日時をご確認ください。'}</p><a href="https://lander.kit.test/x"><img src="a.png"></a>`],
    ['no link at all', '<p>.</p>'],
    ['a short Japanese notice (a kanji or kana says as much as a word)', '<p>ご注文の商品を発送しました。</p><a href="https://shop.example.com/o/1">注文内容を確認する</a>'],
    ['a long link written as its own text', '<a href="https://photos.partner.example/albums/kyoto-2026">https://photos.partner.example/albums/kyoto-2026</a>'],
  ])('no finding for %s', (_t, body) => {
    expect(ids(analyzeText(eml(HEAD, body)))).not.toContain(ID);
  });
  it('a plain-text mail with a bare link is not this check', () => {
    expect(ids(analyzeText(eml(['From: <a@partner.example>', 'Subject: x'], 'https://t.kit.test/a\r\n')))).not.toContain(ID);
  });
  it('an allow-listed sender is skipped', () => {
    expect(ids(analyzeText(eml(HEAD, '<a href="https://lander.kit.test/x"><img src="a.png"></a>'), { allowSenders: ['deals.example'] }))).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
