/** inspectUrl: lexical signals for the hosts a click passes through and for the target. */
import { describe, expect, it } from 'vitest';
import { inspectUrl, ipInHostName, type UrlSignal } from '../../src/url/inspect.js';

const kinds = (url: string, recipient?: string): string[] => inspectUrl(url, recipient ? { recipient } : {}).signals.map((s) => s.kind);
const signal = <K extends UrlSignal['kind']>(url: string, kind: K, recipient?: string) =>
  inspectUrl(url, recipient ? { recipient } : {}).signals.find((s): s is Extract<UrlSignal, { kind: K }> => s.kind === kind);

describe('inspectUrl', () => {
  it('field notes §3.16: the url-shield link, chain and every signal', () => {
    const r = inspectUrl(
      'https://url-shield.securrence.com/?p=1.0&r=x&u=http://www.Kousya35698900.stbasil.techix.com/?vc=mailer-daemon@kousya.jp',
      { recipient: 'taro@kousya.jp' },
    );
    expect(r.chain.map((c) => c.kind)).toEqual(['generic', 'target']);
    expect(r.target).toMatchObject({ host: 'www.kousya35698900.stbasil.techix.com', rawHost: 'www.Kousya35698900.stbasil.techix.com', domain: 'techix.com', scheme: 'http' });
    expect(r.signals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'redirect', at: 0, domain: 'securrence.com', toDomain: 'techix.com' }),
        expect.objectContaining({ kind: 'digit-glued-label', at: 1, label: 'kousya35698900' }),
        expect.objectContaining({ kind: 'uppercase-host', at: 1, inSubdomain: true }),
        expect.objectContaining({ kind: 'recipient', at: 1, where: 'host', form: 'domain-label' }),
        expect.objectContaining({ kind: 'recipient', at: 1, where: 'query', form: 'role-address', token: 'mailer-daemon@kousya.jp', param: 'vc' }),
        expect.objectContaining({ kind: 'insecure-target', via: 'url-shield.securrence.com' }),
      ]),
    );
  });

  it('never scores a security gateway or its parameters (Safe Links data= holds the recipient)', () => {
    const r = inspectUrl('https://nam11.safelinks.protection.outlook.com/?url=https%3A%2F%2Fdocs.example.org%2F&data=05%7C02%7Ctaro%40kousya.jp%7C', { recipient: 'taro@kousya.jp' });
    expect(r.chain.map((c) => c.host)).toEqual(['docs.example.org']);
    expect(r.signals).toEqual([]);
    expect(r.unwrap.hops[0]?.wrapper).toBe('safelinks');
  });

  it.each([
    ['http://0x7f.1/', 'ip-host'],
    ['http://203.0.113.5/', 'ip-host'],
    ['http://[2001:db8::1]/', 'ip-host'],
    ['https://www.amazon.co.jp@evil.example/', 'userinfo'],
    ['https://a.example:8443/', 'port'],
    ['https://promo.xyz/', 'suspicious-tld'],
    ['https://a.example/%61%62%63%64', 'encoded'],
    ['https://bit.ly/x', 'shortener'],
    ['https://x.example/www.amazon.co.jp/signin', 'brand-in-path'],
    ['https://www.smbc-card.com.vpass-login.example/', 'brand-in-subdomain'],
    ['https://amaz0n.co.jp/', 'brand-lookalike'],
    ['https://xn--80ak6aa92e.com/', 'idn'],
    ['javascript:alert(1)', 'script-scheme'],
  ])('%s → %s', (url, kind) => {
    expect(kinds(url)).toContain(kind);
  });

  it('WHATWG URL: reports how an IP was disguised', () => {
    expect(signal('http://0x7f.0x0.0x0.0x1/', 'ip-host')).toMatchObject({ address: '127.0.0.1', form: 'hex', private: true });
    expect(signal('http://3232235777/', 'ip-host')).toMatchObject({ address: '192.168.1.1', form: 'dword' });
    expect(signal('http://0300.0250.01.01/', 'ip-host')).toMatchObject({ form: 'octal' });
    expect(signal('http://127.1/', 'ip-host')).toMatchObject({ form: 'short' });
  });

  it('UTS #39: Japanese IDNs are highly restrictive, Cyrillic look-alikes are not', () => {
    expect(signal('https://xn--w8jxqd8946c.jp/', 'idn')).toMatchObject({ unicodeHost: 'メモ書き.jp', level: 'highly-restrictive', wholeScriptConfusable: false });
    expect(signal('https://xn--80ak6aa92e.com/', 'idn')).toMatchObject({ unicodeHost: 'аррӏе.com', wholeScriptConfusable: true });
    expect(kinds('https://xn--w8jxqd8946c.jp/')).not.toContain('brand-lookalike');
  });

  it('finds the recipient in every form', () => {
    const r = 'taro@kousya.example';
    expect(signal('https://x.example/#taro@kousya.example', 'recipient', r)).toMatchObject({ where: 'fragment', form: 'address' });
    expect(signal('https://x.example/?e=taro%40kousya.example', 'recipient', r)).toMatchObject({ where: 'query', form: 'address' });
    expect(signal(`https://x.example/p/${btoa('taro@kousya.example')}`, 'recipient', r)).toMatchObject({ where: 'path', form: 'base64-address' });
    expect(signal('https://x.example/?eta=kousya.example', 'recipient', r)).toMatchObject({ form: 'domain' });
    expect(signal('https://kousya-login.example.net/', 'recipient', r)).toMatchObject({ where: 'host', form: 'domain-label' });
    expect(signal('https://x.example/?e=postmaster@kousya.example', 'recipient', r)).toMatchObject({ form: 'role-address' });
    expect(signal('https://x.example/?e=postmaster@kousya.example.evil.test', 'recipient', r)).toBeUndefined();
    // The organisation's own host is never "targeting" (the checks also skip its links altogether).
    expect(signal('https://kousya.example/', 'recipient', r)).toBeUndefined();
  });

  it('reports target-only facts', () => {
    expect(signal(`https://x.example/${'a'.repeat(1100)}`, 'long-url')).toMatchObject({ length: expect.any(Number) });
    const many = Array.from({ length: 14 }, (_, i) => `p${i}=1`).join('&');
    expect(signal(`https://x.example/?${many}`, 'many-params')).toMatchObject({ count: 14 });
    expect(kinds(`https://x.example/?${'utm_a=1&'.repeat(20)}`)).not.toContain('many-params');
  });

  it('skips mail and phone links and tolerates garbage', () => {
    expect(inspectUrl('mailto:a@example.com')).toMatchObject({ scheme: 'mailto', target: null, signals: [] });
    expect(inspectUrl('::::')).toMatchObject({ scheme: '', target: null, signals: [] });
  });

  it('is linear on hostile input', () => {
    const started = performance.now();
    for (let i = 0; i < 20; i++) inspectUrl(`https://x.example/?${'u=https://'.repeat(2000)}#${'%'.repeat(5000)}`, { recipient: 'taro@kousya.example' });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('ipInHostName', () => {
  it.each([
    ['203.0.113.45.host.example.net', '203.0.113.45'],
    ['192-0-2-55.cloud.example.net', '192.0.2.55'],
    ['ec2-198-51-100-7.compute-1.example.com', '198.51.100.7'],
    ['royalshop.198-51-100-23.example.page', '198.51.100.23'],
    ['www.example.org', null],
    ['203.0.113.45', null],
    ['a.1.2.3.example', null],
    ['v1-2-3.example.org', null],
    ['192-0-2-256.example.net', null],
    ['01-02-03-04.example.net', null],
    ['cdn.example.org.192-0-2-1', null],
  ])('%s → %s', (host, ip) => {
    expect(ipInHostName(host)).toBe(ip);
  });
});
