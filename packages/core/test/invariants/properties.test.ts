/**
 * Property-based tests (fast-check) over the parsers and `analyze`: never throw, stay bounded,
 * output always schema-valid, every finding has en and ja text. `pnpm fuzz` raises numRuns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { fromRawHeaders } from '../../src/adapters/raw-headers.js';
import { analyze } from '../../src/analyze.js';
import { analyzeUrl } from '../../src/analyze-url.js';
import { listLinks } from '../../src/list-links.js';
import { allChecks } from '../../src/checks/index.js';
import { explain } from '../../src/explain/explain.js';
import { CATEGORIES } from '../../src/model/finding.js';
import { LEVELS, type Verdict } from '../../src/model/verdict.js';
import { parseAddressList } from '../../src/parse/address.js';
import { parseAuthenticationResults } from '../../src/parse/authentication-results.js';
import { decodeEncodedWords } from '../../src/parse/encoded-word.js';
import { parseHeaderBlock } from '../../src/parse/header-block.js';
import { urlsFromHtml } from '../../src/parse/urls-from-html.js';
import { urlsFromText } from '../../src/parse/urls-from-text.js';
import { inspectUrl } from '../../src/url/inspect.js';
import { unwrapUrl } from '../../src/url/unwrap.js';

const RUNS = Number(process.env.AYASHII_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.AYASHII_FUZZ_SEED ?? 424242);
const opts = { numRuns: RUNS, seed: SEED };
/** `pnpm fuzz` runs thousands of whole analyses in one test: give it time in proportion (~2 ms each). */
const TIMEOUT = Math.max(30_000, RUNS * 5);
const ids = new Set<string>(allChecks.map((c) => c.id));

/** Schema check of a verdict (the public JSON contract). */
export function assertValidVerdict(v: Verdict): void {
  expect(v.schemaVersion).toBe(1);
  expect(LEVELS).toContain(v.level);
  expect(Number.isInteger(v.score) && v.score >= 0 && v.score <= 100).toBe(true);
  for (const f of v.findings) {
    expect(ids.has(f.checkId), f.checkId).toBe(true);
    expect(CATEGORIES).toContain(f.category);
    expect(['info', 'warn', 'danger']).toContain(f.severity);
    expect(Number.isFinite(f.weight)).toBe(true);
    expect(typeof f.params).toBe('object');
    expect(Array.isArray(f.evidence)).toBe(true);
  }
  for (const s of v.skipped) expect(ids.has(s.checkId)).toBe(true);
  for (const locale of ['en', 'ja'] as const) {
    const e = explain(v, { locale });
    expect(e.items).toHaveLength(v.findings.length);
    for (const i of e.items) {
      expect(i.title.length).toBeGreaterThan(0);
      expect(i.title).not.toBe(i.checkId);
      expect(i.detail.length).toBeGreaterThan(0);
    }
  }
}

// Mail-ish text: header names, separators, encoded-words, addresses, CJK, controls.
const token = fc.oneof(
  fc.constantFrom('From: ', 'To: ', 'Subject: ', 'Reply-To: ', 'Authentication-Results: ', 'Content-Type: multipart/mixed; boundary=b', '\r\n', '\r\n ', '\r\n\r\n', '--b\r\n', '--b--'),
  fc.constantFrom('<', '>', '"', ',', ';', ':', '@', '(', ')', '\\', '=?', '?=', '?B?', '?Q?', '=?utf-8?B?', '=?iso-2022-jp?B?GyRC', '\u202e', '\u200b', '\0'),
  fc.constantFrom('a@example.com', 'Amazon.co.jp', 'alpha mail', 'dmarc=fail', 'spf=pass smtp.mailfrom=x.test', 'https://a.test/?u=http://b.test/', '三井住友カード', 'ｱﾏｿﾞﾝ'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const mailish = fc.array(token, { maxLength: 60 }).map((t) => t.join(''));

describe('properties', () => {
  it('parseHeaderBlock never throws and keeps field names lower-case', () => {
    fc.assert(
      fc.property(mailish, (s) => {
        const hb = parseHeaderBlock(s);
        for (const h of hb.headers) expect(h.name).toBe(h.name.toLowerCase());
      }),
      opts,
    );
  });
  it('decodeEncodedWords never throws and never grows without bound', () => {
    fc.assert(
      fc.property(mailish, (s) => {
        expect(decodeEncodedWords(s).length).toBeLessThanOrEqual(s.length * 4 + 16);
      }),
      opts,
    );
  });
  it('parseAddressList and parseAuthenticationResults never throw', () => {
    fc.assert(
      fc.property(mailish, (s) => {
        for (const m of parseAddressList(s)) expect(m.domain).toBe(m.domain.toLowerCase());
        parseAuthenticationResults(s);
      }),
      opts,
    );
  });
  it('unwrapUrl and inspectUrl never throw, stay bounded, and stop within the depth limit', () => {
    const urlish = fc.array(
      fc.oneof(
        fc.constantFrom('https://', 'http://', 'a.test', '/', '?', '&', '=', '#', '%', '%25', '%3A%2F%2F', 'u=', 'url=', 'q=', 'http%3A%2F%2Fb.test%2F'),
        fc.constantFrom('nam12.safelinks.protection.outlook.com/?url=', 'urldefense.com/v3/__', 'www.google.com/url?q=', 'bit.ly/', 'xn--', '@', ':8080', '0x7f.1', '['),
        fc.string({ maxLength: 10 }),
        fc.webUrl(),
      ),
      { maxLength: 25 },
    ).map((t) => t.join(''));
    fc.assert(
      fc.property(urlish, (u) => {
        const t0 = performance.now();
        const r = unwrapUrl(u);
        inspectUrl(u, { recipient: 'taro@kousya.example' });
        expect(performance.now() - t0).toBeLessThan(500);
        expect(JSON.stringify(r).length).toBeLessThan(200_000);
        // The same link judged on its own: never throws, only findings about the link, en/ja text.
        const v = analyzeUrl(u, { recipient: { address: 'taro@kousya.example' } });
        expect(LEVELS).toContain(v.level);
        for (const f of v.findings) expect(f.evidence.some((e) => e.kind === 'url')).toBe(true);
        for (const locale of ['en', 'ja'] as const) expect(explain(v, { locale }).summary.length).toBeGreaterThan(0);
        expect(performance.now() - t0).toBeLessThan(2500);
      }),
      opts,
    );
  });
  it('the HTML and text link extractors never throw and respect the link limit', () => {
    const htmlish = fc.array(
      fc.oneof(
        fc.constantFrom('<a href="', '<a href=', "'", '"', '>', '</a>', '<form action="', '<area href=', '<img src=x>', '<!--', '-->', '<script>', '</script>', '<style>', '&amp;', '&#x68;', 'www.', 'https://x.test/', ' '),
        fc.string({ maxLength: 10 }),
      ),
      { maxLength: 80 },
    ).map((t) => t.join(''));
    fc.assert(
      fc.property(htmlish, fc.integer({ min: 0, max: 20 }), (h, max) => {
        const a = urlsFromHtml(h, max);
        const b = urlsFromText(h, max);
        expect(JSON.stringify(a).length + JSON.stringify(b).length).toBeLessThan(1_000_000);
      }),
      opts,
    );
  });
  it('analyze never throws, stays in budget, and its verdict is schema-valid with en/ja text', () => {
    fc.assert(
      fc.property(mailish, (s) => {
        const t0 = performance.now();
        const v = analyze(fromRawMessage(s));
        expect(performance.now() - t0).toBeLessThan(2500);
        assertValidVerdict(v);
        assertValidVerdict(analyze(fromRawHeaders(s)));
        // The links list of the same message: never throws, bounded, every entry displayable.
        const links = listLinks(fromRawMessage(s));
        expect(links.length).toBeLessThanOrEqual(1000);
        for (const l of links) {
          expect(typeof l.target).toBe('string');
          expect(l.text === null || l.text.length <= 201).toBe(true);
        }
      }),
      opts,
    );
  }, TIMEOUT);
});
