/** The generic rule (field notes §2.4, §3.2 "Generic"), recursion and the limits of unwrapping. */
import { describe, expect, it } from 'vitest';
import { MAX_UNWRAP_DEPTH, unwrapUrl } from '../../../src/url/unwrap.js';

describe('generic rule', () => {
  it.each([
    ['field notes §2.4: url-shield', 'https://url-shield.securrence.com/?p=1.0&r=x&u=http://www.Kousya35698900.stbasil.techix.com/?vc=mailer-daemon@kousya.jp', 'http://www.kousya35698900.stbasil.techix.com/?vc=mailer-daemon@kousya.jp'],
    ['double-encoded value', 'https://r.example.org/?target=https%253A%252F%252Fexample.com%252Fx', 'https://example.com/x'],
    ['base64 value', `https://r.example.org/?d=${btoa('https://example.com/b64')}`, 'https://example.com/b64'],
    ['URL-safe base64 value', `https://r.example.org/?d=${btoa('https://example.com/?a=1&b=2>').replace(/\+/g, '-').replace(/\//g, '_')}`, 'https://example.com/?a=1&b=2%3E'],
    ['single-slash scheme', 'https://r.example.org/?u=https:/example.com/s', 'https://example.com/s'],
    ['plain URL in the path', 'https://jump.example.org/out/https://example.com/p?q=1', 'https://example.com/p?q=1'],
    ['encoded URL in the path, tracker suffix cut', 'https://x.r.us-east-1.awstrack.me/L0/https:%2F%2Fexample.com%2F%3Fa=1/1/0100-abc/sig=', 'https://example.com/?a=1'],
    ['URL after a non-slash delimiter in the path', 'https://t.example.org/c/123/*https://example.com/z', 'https://example.com/z'],
    ['URLs chained with * (first one wins)', 'https://t.example.org/c/1/*http://www.shop.example/*http://other.example/', 'http://www.shop.example/'],
    ['base64 path segment, tracker token after it', `https://t.example.org/click/9Y31/HEK/${btoa('https://short.example/uB8y')}/cdde8fb7656a6de6`, 'https://short.example/uB8y'],
    ['unpadded URL-safe base64 as the last path segment', `https://x.ck-mail.example/p9/6q/${btoa('https://blog.example.org/p?utm=1').replace(/=+$/, '').replace(/\//g, '_')}`, 'https://blog.example.org/p?utm=1'],
    ['base64 path segment split by its own "/"', `https://t.example.org/c/${btoa('https://example.com/?q=~~~')}/tok`, 'https://example.com/?q=~~~'],
    ['fragment parameter', 'https://r.example.org/#url=https%3A%2F%2Fexample.com%2Ff', 'https://example.com/f'],
    ['preferred parameter name wins', 'https://r.example.org/?ref=https://a.example/&url=https://b.example/', 'https://b.example/'],
    ['scheme-relative destination (DoubleClick adurl)', 'https://adclick.g.doubleclick.example/pcs/click?fjFILE-10&&adurl=//lander.example/p?x=1', 'https://lander.example/p?x=1'],
    ['scheme-relative destination, percent-encoded', 'https://r.example.org/r?url=%2F%2Flander.example%2Fp', 'https://lander.example/p'],
    ['base64 of a percent-encoded URL (ActiveCampaign redirectUrl)', `https://acct.lt.tracker.example/Prod/link-tracker?redirectUrl=${btoa(encodeURIComponent('https://ledger.restore.example/login?a=1'))}&sig=x`, 'https://ledger.restore.example/login?a=1'],
    ['base64 path segment with percent-encoded padding', `https://www.shop.example/_tracking/email_click/b/eE/${encodeURIComponent(btoa('https://www.shop.example/course'))}`, 'https://www.shop.example/course'],
    ['a signed base64 JSON token in the path (Substack)', `https://news.example/redirect/2/${btoa(JSON.stringify({ e: 'https://writer.example.org/p/post?utm=1', p: 137 })).replace(/=+$/, '')}.sigXYZ`, 'https://writer.example.org/p/post?utm=1'],
    ['Postmark tracker: schemeless, percent-encoded path segment (s: https)', 'https://click.pstmrk.it/3s/airdrop.example.com%2Fclaim%3Fa%3D1/3TIB/pqqxAQ/AQ/a33d1477/2/zdgn', 'https://airdrop.example.com/claim?a=1'],
    ['base64 JSON with an escaped URL', `https://news.example/r/${btoa('{"id":7,"url":"https:\\/\\/example.com\\/x"}')}`, 'https://example.com/x'],
  ])('%s', (_name, input, target) => {
    const r = unwrapUrl(input);
    expect(r.url).toBe(target);
    expect(r.hops[0]?.wrapper).toBe('generic');
  });

  it('leaves share buttons alone (the parameter is content)', () => {
    expect(unwrapUrl('https://www.facebook.com/sharer/sharer.php?u=https://example.com/').hops).toHaveLength(0);
    expect(unwrapUrl('https://twitter.com/intent/tweet?url=https://example.com/').hops).toHaveLength(0);
  });

  it('a base64 path segment that decodes to noise or to no URL is left alone', () => {
    expect(unwrapUrl(`https://t.example.org/c/${btoa('hello world, not a link')}/x`).hops).toHaveLength(0);
    expect(unwrapUrl(`https://t.example.org/c/aHR0cA/x`).hops).toHaveLength(0);
    expect(unwrapUrl(`https://t.example.org/c/${btoa(JSON.stringify({ user: 42, next: '/home' }))}/x`).hops).toHaveLength(0);
    // A dotted name as the second path segment of a host that is no listed tracker is a name, not a destination.
    expect(unwrapUrl('https://docs.example.org/3s/readme.example.com%2Fv2/page').hops).toHaveLength(0);
    // After "?" it is a query value, not a path segment (the query rule reads it).
    expect(unwrapUrl(`https://t.example.org/c?x=1/${btoa('https://example.com/q')}`).url).not.toBe('https://example.com/q');
  });

  it('does not treat non-URL parameters as targets', () => {
    expect(unwrapUrl('https://www.example.com/search?q=https&x=www.example.org').hops).toHaveLength(0);
    // A scheme-relative value counts only in a destination parameter, and only with a dotted host.
    expect(unwrapUrl('https://www.example.com/p?ref=//lander.example/p').hops).toHaveLength(0);
    expect(unwrapUrl('https://www.example.com/p?url=//localhost/p').hops).toHaveLength(0);
    expect(unwrapUrl('https://www.example.com/p?url=///lander.example').hops).toHaveLength(0);
  });
});

describe('recursion', () => {
  const wrap = (url: string, depth: number): string => {
    let u = url;
    for (let i = 0; i < depth; i++) u = `https://r${i}.example.org/?u=${encodeURIComponent(u)}`;
    return u;
  };

  it('unwraps at least five levels and shows the chain outermost first', () => {
    const r = unwrapUrl(wrap('https://target.example.net/x', 5));
    expect(r.url).toBe('https://target.example.net/x');
    expect(r.hops.map((h) => h.host)).toEqual(['r4.example.org', 'r3.example.org', 'r2.example.org', 'r1.example.org', 'r0.example.org']);
    expect(r.truncated).toBe(false);
  });

  it('mixes vendors (Safe Links over URL Defense over a shield)', () => {
    const inner = 'https://url-shield.example.net/?u=https://kit.example.com/';
    const pp = `https://urldefense.com/v3/__${inner}__;!!x$`;
    const sl = `https://nam11.safelinks.protection.outlook.com/?url=${encodeURIComponent(pp)}&data=1`;
    const r = unwrapUrl(sl);
    expect(r.hops.map((h) => h.wrapper)).toEqual(['safelinks', 'urldefense', 'generic']);
    expect(r.url).toBe('https://kit.example.com/');
  });

  it(`stops after ${MAX_UNWRAP_DEPTH} levels`, () => {
    const r = unwrapUrl(wrap('https://target.example.net/', MAX_UNWRAP_DEPTH + 3));
    expect(r.hops).toHaveLength(MAX_UNWRAP_DEPTH);
    expect(r.truncated).toBe(true);
  });

  it('stops on a loop', () => {
    const r = unwrapUrl('https://a.example.org/?u=https://a.example.org/?u=https://a.example.org/');
    expect(r.hops.length).toBeLessThanOrEqual(2);
  });
});

describe('what unwrapping cannot see', () => {
  it('flags shorteners instead of following them', () => {
    const r = unwrapUrl('https://bit.ly/3xYz');
    expect(r).toMatchObject({ url: 'https://bit.ly/3xYz', shortener: 'bit.ly', hops: [] });
  });
  it('flags opaque ESP trackers', () => {
    expect(unwrapUrl('https://u123.ct.sendgrid.net/ls/click?upn=abc').opaqueTracker).toBe(true);
  });
  it('returns non-URLs unchanged', () => {
    expect(unwrapUrl('not a url')).toMatchObject({ url: 'not a url', hops: [] });
  });
  it('examines only the first 8 KB of a URL', () => {
    const r = unwrapUrl(`https://r.example.org/?u=https://example.com/${'a'.repeat(100_000)}`);
    expect(r.url.length).toBeLessThan(8300);
  });
});
