import { describe, expect, it } from 'vitest';
import { parseAuthenticationResults, parseReceivedSpf, prop, stripComments } from '../../src/parse/authentication-results.js';

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
  it('Microsoft 365 writes no authserv-id: the first segment is the SPF result, not an id', () => {
    const ar = parseAuthenticationResults(
      'spf=fail (sender IP is 192.0.2.7)\r\n smtp.mailfrom=example.de; dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=example.de;compauth=fail reason=001',
    );
    expect(ar.authservId).toBe('');
    expect(ar.results.map((r) => `${r.method}=${r.result}`)).toEqual(['spf=fail', 'dkim=none', 'dmarc=none', 'compauth=fail']);
    expect(prop(ar.results[0]!, 'smtp', 'mailfrom')).toBe('example.de');
    // An id followed by a result without the `;` (non-conforming) still keeps its id.
    expect(parseAuthenticationResults('mx.example.com spf=pass smtp.mailfrom=example.net').authservId).toBe('mx.example.com');
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

describe('RFC 5322 §3.2.2 comments in Authentication-Results', () => {
  /** The character-by-character reading: comments (nested, with quoted pairs) become one space, quoted strings stay. */
  const reference = (s: string): string => {
    let out = '';
    let depth = 0;
    let quoted = false;
    for (let i = 0; i < s.length; i++) {
      const c = s[i] as string;
      if (quoted) {
        out += c;
        if (c === '\\' && i + 1 < s.length) out += s[++i];
        else if (c === '"') quoted = false;
        continue;
      }
      if (depth > 0) {
        if (c === '\\') i++;
        else if (c === '(') depth++;
        else if (c === ')') depth--;
        continue;
      }
      if (c === '(') {
        depth = 1;
        out += ' ';
        continue;
      }
      if (c === '"') quoted = true;
      out += c;
    }
    return out;
  };
  it.each([
    ['spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=a.example', 'spf=pass   smtp.mailfrom=a.example'],
    ['a (b (c) d) e', 'a   e'],
    ['a (b \\) c) d', 'a   d'],
    ['a "(not a comment)" b', 'a "(not a comment)" b'],
    ['a "esc \\" (still quoted)" (gone) b', 'a "esc \\" (still quoted)"   b'],
    ['a (unterminated', 'a  '],
    ['a (ends with backslash \\', 'a  '],
    [') stray close', ') stray close'],
    ['', ''],
  ])('%j', (input, expected) => {
    expect(stripComments(input)).toBe(expected);
    expect(reference(input)).toBe(expected);
  });
  it('matches the character-by-character reading on seeded random values', () => {
    const pieces = ['(', ')', '"', '\\', 'a', ' ', ';', 'spf=pass', '((', '))'];
    let seed = 8601;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return Math.floor((seed / 4294967296) * n);
    };
    for (let t = 0; t < 3000; t++) {
      const s = Array.from({ length: rnd(16) }, () => pieces[rnd(pieces.length)]).join('');
      expect(stripComments(s), s).toBe(reference(s));
    }
  });
});
