/**
 * The parsing and link fast paths against the implementations they replaced (./reference and the
 * straightforward forms written out below), on seeded random input and on the test messages:
 * header blocks (no closure in the line loop, ASCII through the UTF-8 decoder), quoted-printable
 * (short runs copied without a search), base64 candidates in URLs (a loop, not a generator), the
 * mark test of the brand fold, and the trusted-link filter shared by the link checks.
 */
import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { buildContext } from '../../src/context/build-context.js';
import { continuesAt } from '../../src/domain/brands.js';
import type { CheckContext } from '../../src/model/check.js';
import { asciiText, latin1 } from '../../src/parse/charset.js';
import { parseHeaderBlock } from '../../src/parse/header-block.js';
import { decodeQuotedPrintable } from '../../src/parse/transfer-encoding.js';
import { isTrustedTarget, signalFinding, targetFinding, untrustedWebLinks, webLinks } from '../../src/url/link-facts.js';
import { base64Candidates, recipientInText, recipientMatcher } from '../../src/url/recipient-tokens.js';
import type { UrlSignal } from '../../src/url/inspect.js';
import { allFixtures, fixtureBytes } from '../helpers.js';
import { parseHeaderBlock as refParseHeaderBlock } from './reference/header-block.js';
import { recipientInText as refRecipientInText } from './reference/recipient-tokens.js';
import { decodeQuotedPrintable as refDecodeQuotedPrintable } from './reference/transfer-encoding.js';
import { mulberry32 } from '../attachment/builders.js';


const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytesOf = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

function soup(next: () => number, pieces: readonly string[], max: number): string {
  let out = '';
  const n = Math.floor(next() * max);
  for (let k = 0; k < n; k++) out += pieces[Math.floor(next() * pieces.length)];
  return out;
}

describe('parseHeaderBlock = the previous implementation', () => {
  const PIECES = [
    'From: a@example.com\r\n', 'To: b@example.org\n', 'Subject: =?UTF-8?B?5pel5pys?=\r\n', ' folded\r\n', '\tfolded\n', 'X-Empty:\r\n', 'Bad line\r\n',
    ': no name\n', 'Name : spaced\n', 'Nul: a\0b\n', 'Bare: a\rb\n', 'Dup: 1\nDup: 2\n', 'Subject: ünïcödé\n', 'Subject: 日本語\r\n', '\r\n', '\n',
    'From sender Mon Nov 23\n', '\ufeff', 'Body text\n', 'Received: from x by y; Mon, 23 Nov 2026 09:00:00 +0900\r\n', 'K:v', '\r',
  ];
  it('on seeded header soup, as bytes (UTF-8 and byte-per-char) and as text, with small limits', () => {
    const next = mulberry32(21);
    for (let round = 0; round < 4000; round++) {
      const text = soup(next, PIECES, 24);
      const options = next() < 0.2 ? { maxHeaderCount: 3, maxHeaderBytes: 40 } : {};
      for (const raw of [enc(text), bytesOf(text), text]) expect(parseHeaderBlock(raw, options), JSON.stringify(text)).toEqual(refParseHeaderBlock(raw, options));
    }
  });

  it('on every test message', () => {
    for (const rel of allFixtures()) {
      const b = fixtureBytes(rel);
      expect(parseHeaderBlock(b), rel).toEqual(refParseHeaderBlock(b));
    }
  });

  it('asciiText reads 7-bit bytes as latin1 does', () => {
    const next = mulberry32(22);
    for (let round = 0; round < 500; round++) {
      const b = new Uint8Array(Math.floor(next() * 300)).map(() => Math.floor(next() * 128));
      expect(asciiText(b)).toBe(latin1(b));
    }
  });
});

describe('decodeQuotedPrintable = the previous implementation', () => {
  const PIECES = ['=3D', '=20', '=\r\n', '=\n', '=', '==', '=4', '=G1', '=e9', '=C3=A9', '_', 'a', 'plain text ', 'x'.repeat(47), 'y'.repeat(48), 'z'.repeat(49), 'w'.repeat(130), '\r\n', '\t'];
  it('on seeded QP soup, Q mode and body mode, with and without a cap', () => {
    const next = mulberry32(31);
    for (let round = 0; round < 5000; round++) {
      const input = bytesOf(soup(next, PIECES, 30));
      const q = next() < 0.3;
      const max = next() < 0.3 ? Math.floor(next() * 80) : Infinity;
      const got = decodeQuotedPrintable(input, q, max);
      const want = refDecodeQuotedPrintable(input, q, max);
      if (got.length !== want.length || got.some((b, k) => b !== want[k])) expect([...got], JSON.stringify([latin1(input), q, max])).toEqual([...want]);
    }
  });
});

describe('recipient tokens in URL parts = the previous implementation', () => {
  const m = recipientMatcher({ address: 'taro.yamada@kousya.co.jp', local: 'taro.yamada', domain: 'kousya.co.jp', orgDomain: 'kousya.co.jp', orgLabel: 'kousya', via: 'to' });
  const free = recipientMatcher({ address: 'someone@gmail.com', local: 'someone', domain: 'gmail.com', orgDomain: 'gmail.com', orgLabel: 'gmail', via: 'to' });
  const b64 = (s: string): string => btoa(s);
  const PIECES = [
    '/', '?', '&', '=', 'u=', b64('taro.yamada@kousya.co.jp'), b64('mailer-daemon@kousya.co.jp'), b64('x@gmail.com'), b64('someone@gmail.com'), 'AAAAAAAAAAAAAAAAAAAA',
    'abcdefghijklmnop/qrstuvwxyz012345', 'taro.yamada@kousya.co.jp', 'kousya.co.jp', 'KOUSYA.CO.JP', '@kousya.co.jp.evil', 'x', '%40', '-_', '==', 'A'.repeat(16) + '/' + 'B'.repeat(16),
  ];
  it('on seeded paths and parameters (more than 16 base64 runs included)', () => {
    const next = mulberry32(41);
    for (let round = 0; round < 3000; round++) {
      const text = soup(next, PIECES, next() < 0.1 ? 60 : 12);
      for (const matcher of [m, free]) {
        expect(recipientInText(text, 'query', matcher, 'u'), text).toEqual(refRecipientInText(text, 'query', matcher, 'u'));
        expect(recipientInText(text, 'path', matcher), text).toEqual(refRecipientInText(text, 'path', matcher));
      }
    }
  });

  it('base64Candidates lists runs and their pieces in order, the first `max`', () => {
    const slow = (text: string): string[] => {
      const out: string[] = [];
      for (const x of text.matchAll(/[A-Za-z0-9+/_-]{16,}={0,2}/g)) {
        out.push(x[0]);
        if (x[0].includes('/')) for (const piece of x[0].split('/')) if (piece.length >= 16) out.push(piece);
      }
      return out;
    };
    const next = mulberry32(42);
    for (let round = 0; round < 2000; round++) {
      const text = soup(next, PIECES, 20);
      const max = 1 + Math.floor(next() * 20);
      expect(base64Candidates(text, max), text).toEqual(slow(text).slice(0, max));
    }
  });
});

describe('brand fold: continuesAt = the mark regex', () => {
  it('for every code point', () => {
    const CONTINUES = /[\p{M}\uFF9E\uFF9F]/u;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = `a${String.fromCodePoint(cp)}`;
      if (continuesAt(s, 1) !== CONTINUES.test(String.fromCodePoint(cp))) expect(cp.toString(16)).toBe('no difference');
    }
  });
});

describe('untrustedWebLinks and the link-check loops = the per-check filter', () => {
  /** The loops as they were: trust decided per link and per check. */
  function refTargetLinks(ctx: CheckContext): string[] {
    return webLinks(ctx)
      .filter((l) => l.inspection.target && !isTrustedTarget(l.inspection.target.domain, ctx))
      .map((l) => l.href);
  }
  const kinds: UrlSignal['kind'][] = ['redirect', 'suspicious-tld', 'brand-lookalike', 'recipient', 'encoded', 'ip-host', 'shortener', 'uppercase-host'];

  it('on every test message, with and without allow-listed and own domains', () => {
    let trusted = 0;
    for (const rel of allFixtures()) {
      const input = fromRawMessage(fixtureBytes(rel));
      const domains = [...new Set(buildContext(input, {}).ctx.links.map((l) => l.inspection.target?.domain).filter((d): d is string => !!d))];
      for (const options of [{}, { allowLinkDomains: domains.slice(0, 1) }, { organizationDomains: domains.slice(-1) }]) {
        const { ctx } = buildContext(fromRawMessage(fixtureBytes(rel)), options);
        const expected = refTargetLinks(ctx);
        expect(untrustedWebLinks(ctx).map((l) => l.href), rel).toEqual(expected);
        trusted += webLinks(ctx).length - expected.length;
        expect(targetFinding(ctx, (link) => ({ link, params: link.href, weight: link.href.length })), rel).toEqual(
          targetFinding(ctx, (link, t) => (expected.includes(link.href) && t ? { link, params: link.href, weight: link.href.length } : null)),
        );
        for (const kind of kinds) {
          const hits = signalFinding(ctx, kind, (link, s) => ({ link, params: `${link.href} ${s.kind}`, weight: 1 }));
          const all = webLinks(ctx).flatMap((l) => (expected.includes(l.href) ? l.inspection.signals.filter((s) => s.kind === kind).map(() => l.href) : []));
          expect(hits.length, rel).toBe(all.length > 0 ? 1 : 0);
        }
      }
    }
    expect(trusted).toBeGreaterThan(0); // the trusted branch was exercised
  });
});
