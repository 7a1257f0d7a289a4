/**
 * How link findings read, and how they add up: the url-shield example must reach
 * `suspicious` on link evidence alone, and its explanation must show the chain and the embedded
 * recipient domain.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';
import { analyzeMail } from './mail.js';

const SHIELD = 'https://url-shield.securrence.com/?p=1.0&amp;r=x&amp;u=http://www.Kousya35698900.stbasil.techix.com/?vc=mailer-daemon@kousya.jp';
const LINK_CATEGORIES = new Set(['url-redirect', 'url-obfuscation', 'link-mismatch', 'recipient-targeting', 'lookalike-domain']);

describe('the url-shield link from an unknown sender', () => {
  const v = analyzeMail({
    from: 'Mail Admin <admin@unknown-sender.example>',
    to: 'taro@kousya.jp',
    html: `<p><a href="${SHIELD}">メールボックスを確認する</a></p>`,
  });
  const linkScore = [...new Set(v.findings.filter((f) => LINK_CATEGORIES.has(f.category)).map((f) => f.category))]
    .map((c) => Math.min(60, v.findings.filter((f) => f.category === c).reduce((s, f) => s + f.weight, 0)))
    .reduce((a, b) => a + b, 0);

  it('reaches suspicious through url-redirect, url-obfuscation and recipient-targeting together', () => {
    const ids = v.findings.map((f) => f.checkId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'url-redirect/third-party-redirect',
        'url-redirect/insecure-target',
        'url-obfuscation/digit-glued-label',
        'url-obfuscation/uppercase-host',
        'recipient-targeting/recipient-in-link-host',
        'recipient-targeting/recipient-in-link',
      ]),
    );
    expect(linkScore).toBeGreaterThanOrEqual(35);
    expect(['suspicious', 'dangerous']).toContain(v.level);
  });

  it('explains the chain and the embedded domain in Japanese', () => {
    const item = explain(v, { locale: 'ja' }).items.find((i) => i.checkId === 'recipient-targeting/recipient-in-link-host');
    expect(item?.detail).toBe('リンク先は url-shield.securrence.com を経由して www.Kousya35698900.stbasil.techix.com に向かいます。宛先のドメイン名 kousya が埋め込まれています。');
    expect(item?.evidence[0]).toMatchObject({ kind: 'url', highlight: 'Kousya' });
  });

  it('and in English', () => {
    const item = explain(v, { locale: 'en' }).items.find((i) => i.checkId === 'recipient-targeting/recipient-in-link-host');
    expect(item?.detail).toBe('The link goes via url-shield.securrence.com to www.Kousya35698900.stbasil.techix.com, which has your domain name kousya built in.');
  });

  it('every link finding renders in both locales without falling back to its id', () => {
    for (const locale of ['en', 'ja'] as const) {
      for (const item of explain(v, { locale }).items) {
        expect(item.title).not.toBe(item.checkId);
        expect(item.detail.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('legitimate mail stays below caution on link evidence', () => {
  it.each([
    [
      'newsletter with click trackers, an ESP redirect and an unsubscribe link',
      {
        from: 'Example Shop <news@shop.example>',
        headers: ['Return-Path: <bounce-1@mailer-esp.example>', 'List-Unsubscribe: <https://mailer-esp.example/u?x=1>'],
        html:
          '<a href="https://click.shop.example/t/1">www.shop.example</a>' +
          '<a href="https://mailer-esp.example/r?u=https%3A%2F%2Fwww.shop.example%2Fsale%3Futm_source%3Dn">Sale</a>' +
          '<a href="https://u1.ct.sendgrid.net/ls/click?upn=x">New</a>' +
          '<a href="https://www.facebook.com/sharer/sharer.php?u=https://www.shop.example/">Share</a>' +
          '<a href="https://mailer-esp.example/unsubscribe?email=taro%40kousya.example">配信停止</a>',
      },
    ],
    [
      'Safe Links-wrapped internal mail',
      {
        from: 'Hanako <hanako@kousya.example>',
        html: '<a href="https://apc01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fportal.kousya.example%2F&amp;data=05%7C02%7Ctaro%40kousya.example%7Cx&amp;reserved=0">https://portal.kousya.example/</a>',
      },
    ],
    [
      'Google-wrapped internal mail',
      { from: 'Hanako <hanako@kousya.example>', html: '<a href="https://www.google.com/url?q=https://wiki.kousya.example/a&amp;sa=D">wiki</a>' },
    ],
    [
      'list mail with many links',
      {
        from: 'dev list <dev@lists.example.org>',
        headers: ['List-Id: <dev.lists.example.org>'],
        text: Array.from({ length: 60 }, (_, i) => `https://git.example.org/commit/${i}`).join('\n') + '\nhttps://lists.example.org/options/dev/taro%40kousya.example',
      },
    ],
    [
      'Japanese IDN shop',
      { from: 'メモ書き堂 <info@xn--w8jxqd8946c.jp>', html: '<a href="https://xn--w8jxqd8946c.jp/items">メモ書き.jp</a>' },
    ],
  ])('%s', (_name, spec) => {
    const v = analyzeMail(spec);
    const sum = v.findings.filter((f) => LINK_CATEGORIES.has(f.category)).reduce((s, f) => s + f.weight, 0);
    expect(sum, JSON.stringify(v.findings.map((f) => [f.checkId, f.weight]))).toBeLessThan(12);
  });
});
