/**
 * `analyzeUrl`: one link judged as if it came alone in a mail from an unknown sender. Links are
 * written here (RFC 2606 names); nothing is fetched.
 */
import { describe, expect, it } from 'vitest';
import { analyzeUrl, explain } from '../../src/index.js';

const SHIELD = 'https://url-shield.example.net/?a=1&u=http://www.Kousya35698900.stbasil.attacker.example/?vc=mailer-daemon@kousya.example';

describe('analyzeUrl', () => {
  it('the mission url-shield link with its recipient: dangerous, unwrapped, only findings about the link', () => {
    const v = analyzeUrl(SHIELD, { recipient: { address: 'mailer-daemon@kousya.example' } });
    expect(v.level).toBe('dangerous');
    expect(v.unwrap.url).toBe('http://www.kousya35698900.stbasil.attacker.example/?vc=mailer-daemon@kousya.example');
    expect(v.unwrap.hops.map((h) => h.host)).toEqual(['url-shield.example.net']);
    expect(v.findings.length).toBeGreaterThan(3);
    for (const f of v.findings) expect(f.evidence.some((e) => e.kind === 'url')).toBe(true);
    expect(v.skipped).toEqual([]);
    // The score is that of the link's findings alone.
    expect(v.score).toBeLessThanOrEqual(100);
    expect(explain(v, { locale: 'en' }).summary).toMatch(/^This link is very likely a trap: /);
  });

  it('without a recipient, the checks that look for one are listed as skipped, even with organisation domains', () => {
    for (const v of [analyzeUrl(SHIELD), analyzeUrl(SHIELD, { organizationDomains: ['kousya.example'] })]) {
      expect(v.skipped.map((s) => [s.checkId, s.reason]).sort()).toEqual([
        ['recipient-targeting/recipient-in-link', 'needs-recipient'],
        ['recipient-targeting/recipient-in-link-host', 'needs-recipient'],
      ]);
      expect(v.findings.map((f) => f.checkId).filter((id) => id.startsWith('recipient-targeting/'))).toEqual([]);
      expect(v.level).toBe('caution');
    }
  });

  it('a lone shortener hides every destination (20) without speaking of "this mail"', () => {
    const v = analyzeUrl('https://bit.ly/3abcd');
    expect(v.findings.map((f) => [f.checkId, f.weight])).toEqual([['url-redirect/shortened-link', 20]]);
    expect(v.level).toBe('caution');
    expect(explain(v, { locale: 'ja' }).items[0]?.detail).not.toContain('このメール');
    expect(explain(v, { locale: 'en' }).items[0]?.detail).not.toContain('this mail');
    // The summary asks for a look before the link is opened, and does not reassure.
    expect(explain(v, { locale: 'en' }).summary).toMatch(/^Before you open this link, one thing deserves a look: /);
    expect(explain(v, { locale: 'ja' }).summary).toMatch(/^このリンクを開く前に、確認したい点があります：/);
  });

  it('Google Translate as a proxy: the proxied page is judged, the proxy is named; a translated news page stays below caution', () => {
    const bad = analyzeUrl('https://translate.google.com/translate?sl=auto&tl=en&u=4a66884dbc.attacker.example/temp/login.php?id%3Dmailer-daemon@kousya.example', {
      recipient: { address: 'mailer-daemon@kousya.example' },
    });
    expect(bad.unwrap.url).toBe('http://4a66884dbc.attacker.example/temp/login.php?id=mailer-daemon@kousya.example');
    expect(bad.unwrap.hops.map((h) => [h.host, h.wrapper])).toEqual([['translate.google.com', 'google-translate']]);
    expect(bad.findings.map((f) => f.checkId)).toEqual(expect.arrayContaining(['recipient-targeting/recipient-in-link', 'url-redirect/third-party-redirect']));
    const goog = analyzeUrl('https://login-attacker-example.translate.goog/verify?_x_tr_sl=auto&_x_tr_tl=ja');
    expect(goog.unwrap.url).toBe('https://login.attacker.example/verify');
    const news = analyzeUrl('https://translate.google.com/translate?u=https://www.example.com/news/2026/11/article.html&sl=fr&tl=en');
    expect(news.unwrap.url).toBe('https://www.example.com/news/2026/11/article.html');
    expect(['safe', 'caution']).toContain(news.level);
  });

  it('legitimate twins: a Safe Links-wrapped internal link, a Japanese IDN shop and a brand on its own domain are safe with no finding', () => {
    for (const u of [
      'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fintranet.kousya.example%2F&data=05%7C01%7Ctaro%40kousya.example',
      'https://xn--eckwd4c7c.xn--zckzah/',
      'https://www.amazon.co.jp/gp/css/order-history',
    ]) {
      const v = analyzeUrl(u, { recipient: { address: 'taro@kousya.example' } });
      expect([u, v.level, v.findings.length]).toEqual([u, 'safe', 0]);
    }
  });

  it('markup in the link stays inside the one link judged (it is an attribute value, not markup)', () => {
    const link = 'https://www.example.com/"><a href="https://xn--pple-43d.com/">x</a>';
    const v = analyzeUrl(link);
    expect(v.findings.length).toBeGreaterThan(0);
    for (const f of v.findings) expect(f.evidence.map((e) => e.value)).toEqual([link]);
    expect(analyzeUrl('javascript:alert(1)').findings.map((f) => f.checkId)).toEqual(['url-obfuscation/script-link']);
  });
});
