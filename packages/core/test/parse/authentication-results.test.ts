import { describe, expect, it } from 'vitest';
import { parseAuthenticationResults, parseReceivedSpf, prop } from '../../src/parse/authentication-results.js';

describe('RFC 8601 Authentication-Results', () => {
  it('RFC 8601 Appendix B.4: parses SPF and sender-id results with comments', () => {
    const ar = parseAuthenticationResults('example.com; spf=pass smtp.mailfrom=example.net (comment) ; sender-id=pass header.from=example.net');
    expect(ar.authservId).toBe('example.com');
    expect(ar.results.map((r) => `${r.method}=${r.result}`)).toEqual(['spf=pass', 'sender-id=pass']);
    expect(prop(ar.results[0]!, 'smtp', 'mailfrom')).toBe('example.net');
  });
  it('RFC 8601 Appendix B.2: "none" means no results', () => {
    expect(parseAuthenticationResults('example.org 1; none').results).toEqual([]);
  });
  it('parses reason, dkim properties, dmarc and Microsoft compauth', () => {
    const ar = parseAuthenticationResults(
      'mx.example.jp; dkim=fail (bad signature) reason="signature verification failed" header.d=alpha-prm.jp header.s=s1; dmarc=fail (p=QUARANTINE) header.from=alpha-prm.jp; compauth=fail reason=000',
    );
    expect(ar.results[0]).toMatchObject({ method: 'dkim', result: 'fail', reason: 'signature verification failed' });
    expect(prop(ar.results[0]!, 'header', 'd')).toBe('alpha-prm.jp');
    expect(ar.results[2]).toMatchObject({ method: 'compauth', result: 'fail', reason: '000' });
  });
  it('RFC 8617: parses the ARC instance', () => {
    const ar = parseAuthenticationResults('i=2; mx.example.org; dkim=pass header.d=example.com', 0, true);
    expect(ar.arcInstance).toBe(2);
    expect(ar.authservId).toBe('mx.example.org');
  });
  it('RFC 7208 §9.1: Received-SPF', () => {
    expect(parseReceivedSpf('softfail (domain of transitioning x@example.com) client-ip=192.0.2.1; envelope-from="x@example.com"')).toMatchObject({
      result: 'softfail',
      envelopeFrom: 'x@example.com',
    });
  });
  it('never throws on junk', () => {
    for (const s of ['', ';;;', '(((', '"', 'a; b=; =c; d.e.f=g']) expect(() => parseAuthenticationResults(s)).not.toThrow();
  });
});
