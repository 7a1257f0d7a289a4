import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/brand-domain-spoofed';

describe('sender-authentication/brand-domain-spoofed', () => {
  it.each([
    ['brand domain with dmarc=fail', ['Authentication-Results: mx.example.org; dmarc=fail header.from=alpha-prm.jp', 'From: <no-reply@alpha-prm.jp>'], 'hit', {}],
    ['brand domain with dmarc=pass', ['Authentication-Results: mx.example.org; dmarc=pass header.from=alpha-prm.jp', 'From: <no-reply@alpha-prm.jp>'], 'miss', {}],
    ['brand domain forwarded, the DMARC failure overridden by ARC at the receiver', ['Authentication-Results: mx.example.org; arc=pass (i=1 dmarc=pass fromdomain=alpha-prm.jp); spf=neutral smtp.mailfrom=fwd@forwarder.example; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=NONE arc=pass) header.from=alpha-prm.jp', 'From: <no-reply@alpha-prm.jp>'], 'miss', {}],
    ['brand domain, dmarc=fail with the policy applied despite arc=pass', ['Authentication-Results: mx.example.org; arc=pass (i=1); dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=alpha-prm.jp', 'From: <no-reply@alpha-prm.jp>'], 'hit', {}],
    ['non-brand domain with dmarc=fail', ['Authentication-Results: mx.example.org; dmarc=fail header.from=example.com', 'From: <a@example.com>'], 'miss', {}],
    ['RFC 8601 §5: untrusted authserv-id is not believed', ['Authentication-Results: evil.example; dmarc=fail header.from=alpha-prm.jp', 'From: <no-reply@alpha-prm.jp>'], 'miss', { trustedAuthservIds: ['mx.example.org'] }],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});

describe('brand-domain-spoofed: the brand\'s domain with nothing authenticating it', () => {
  const found = (ar: string, from = 'From: "Kundenservice" <service@stayfriends.de>') =>
    analyzeText(eml([`Authentication-Results: ${ar}`, from, 'Subject: Gutschein'])).findings.find((f) => f.checkId === ID);
  it('no signature of the domain and SPF only for another domain: 35, failed=none', () => {
    const f = found('spf=none (sender IP is 192.0.2.1) smtp.mailfrom=sleep.example; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=stayfriends.de');
    expect(f?.weight).toBe(35);
    expect(f?.params).toMatchObject({ failed: 'none', domain: 'stayfriends.de' });
  });
  it('a broken signature of the brand (a forwarder) is not "unauthenticated"', () => {
    expect(found('mx.example.org; spf=softfail smtp.mailfrom=stayfriends.de; dkim=fail header.d=stayfriends.de; dmarc=none header.from=stayfriends.de')).toBeUndefined();
  });
  it('an SPF pass for the brand domain, or a DMARC pass, is enough', () => {
    expect(found('mx.example.org; spf=pass smtp.mailfrom=bounce.stayfriends.de; dkim=none; dmarc=none header.from=stayfriends.de')).toBeUndefined();
    expect(found('mx.example.org; spf=none smtp.mailfrom=esp.example; dkim=pass header.d=esp.example; dmarc=pass header.from=stayfriends.de')).toBeUndefined();
  });
  it('a domain outside the brand registry is not judged', () => {
    expect(found('mx.example.org; spf=none smtp.mailfrom=sleep.example; dkim=none; dmarc=none', 'From: <service@example.com>')).toBeUndefined();
  });
  it('without the receiving server\'s results nothing is said', () => {
    const v = analyzeText(eml(['From: "Kundenservice" <service@stayfriends.de>', 'Subject: Gutschein']));
    expect(ids(v)).not.toContain(ID);
  });
});
