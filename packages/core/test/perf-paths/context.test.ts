/**
 * The message context (a class with memoising getters) against the object literal of getters over
 * closures it replaced (./reference/build-context.ts): every field, read in seeded random orders,
 * the allow-list methods, the limits recorded along the way, and a computation that throws (not
 * memoised: read again, it runs again), on every test message and seeded variants, with and
 * without options.
 */
import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { analyze } from '../../src/analyze.js';
import { buildContext } from '../../src/context/build-context.js';
import type { CheckContext } from '../../src/model/check.js';
import type { MessageInput } from '../../src/model/message.js';
import type { AnalyzeOptions } from '../../src/model/options.js';
import { mulberry32 } from '../attachment/builders.js';
import { allFixtures, fixtureBytes } from '../helpers.js';
import { buildContext as refBuildContext } from './reference/build-context.js';

const FIELDS = [
  'from', 'fromHeaderCount', 'author', 'sender', 'replyTo', 'returnPath', 'to', 'cc', 'subject', 'auth', 'recipient', 'organizationDomains',
  'mailingList', 'resentByList', 'links', 'attachments', 'forwarded', 'readingText', 'bodyText', 'limitsHit', 'now',
] as const;

const OPTIONS: readonly AnalyzeOptions[] = [
  {},
  { organizationDomains: ['Example.COM', 'kousya.co.jp', 'example.com'], allowSenders: ['News@Example.org', 'paypal.com'], allowLinkDomains: ['www.Amazon.co.jp', 'example.net.'] },
  { limits: { maxUrls: 2, maxAttachments: 1 }, now: new Date(1_700_000_000_000), trustedAuthservIds: ['mx.google.com', 'MX.Example.com'] },
  { extraBrands: { brands: [{ id: 'acme-bank', name: { en: 'Acme Bank', ja: 'アクメ銀行' }, sector: 'bank', region: 'jp', aliases: ['acme bank'], domains: ['acme-bank.example'], sendingDomains: [] }] } as NonNullable<AnalyzeOptions['extraBrands']> },
];

const PROBES = ['', 'a@example.com', 'News@example.org', 'x@sub.paypal.com', 'paypal.com', 'amazon.co.jp', 'www.amazon.co.jp', 'example.net', 'EXAMPLE.NET.', 'kousya.co.jp', '[192.168.0.1]'];

function snapshot(ctx: CheckContext, order: readonly (typeof FIELDS)[number][]): unknown[] {
  const out: unknown[] = [];
  for (const f of order) out.push([f, ctx[f]]);
  for (const p of PROBES) out.push([p, ctx.isAllowedSender(p), ctx.isAllowedLinkDomain(p), ctx.header(p.replace(/@.*/, '') || 'From')]);
  // Read twice: memoised values are the same objects.
  for (const f of order) if (typeof ctx[f] === 'object' && f !== 'limitsHit') out.push([f, ctx[f] === ctx[f]]);
  out.push(['limitsHit', ctx.limitsHit]);
  return out;
}

function shuffled<T>(xs: readonly T[], next: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

describe('buildContext = the previous implementation', () => {
  it('on every test message, with several option sets, fields read in seeded random orders', () => {
    const next = mulberry32(31);
    for (const rel of allFixtures()) {
      const bytes = fixtureBytes(rel);
      for (const options of OPTIONS) {
        const order = shuffled(FIELDS, next);
        const nested = (inner: MessageInput) => analyze(inner, options);
        const a = buildContext(fromRawMessage(bytes), options, nested);
        const b = refBuildContext(fromRawMessage(bytes), options, nested);
        a.addLimit({ limit: 'time', value: 3, max: 2 });
        b.addLimit({ limit: 'time', value: 3, max: 2 });
        expect(snapshot(a.ctx, order), `${rel} ${JSON.stringify(options)}`).toEqual(snapshot(b.ctx, order));
      }
    }
  });

  it('on seeded header soups (duplicate, missing and odd-case headers)', () => {
    const next = mulberry32(32);
    const PIECES = [
      'From: "Bank" <a@example.com>\r\n', 'From: b@example.org\r\n', 'To: me@kousya.co.jp, you@example.net\r\n', 'Cc: c@example.com\r\n',
      'Reply-To: x@free.example\r\n', 'Sender: s@example.com\r\n', 'Return-Path: <bounce@Example.COM>\r\n', 'Return-Path: nothing\r\n',
      'Subject: =?UTF-8?B?5pel5pys?=\r\n', 'Subject: Your account\r\n\tis suspended\r\n', 'List-Id: <l.example.com>\r\n', 'List-Unsubscribe: <https://u.example>\r\n',
      'Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=example.com; dkim=fail header.d=example.com; dmarc=fail header.from=example.com\r\n',
      'Delivered-To: me@kousya.co.jp\r\n', 'X-Original-To: me@kousya.co.jp\r\n', 'Content-Type: text/html; charset=utf-8\r\n',
    ];
    const BODIES = ['', 'Hello <a href="https://www.amazon.co.jp/x">amazon.co.jp</a>', 'Verify your account at https://paypa1.com/login now', '---------- Forwarded message ---------\nFrom: x@y.example\nSubject: hi\n\nbody'];
    for (let round = 0; round < 400; round++) {
      let head = '';
      const n = Math.floor(next() * 10);
      for (let k = 0; k < n; k++) head += PIECES[Math.floor(next() * PIECES.length)];
      const raw = `${head}\r\n${BODIES[Math.floor(next() * BODIES.length)]}`;
      const options = OPTIONS[Math.floor(next() * OPTIONS.length)] as AnalyzeOptions;
      const order = shuffled(FIELDS, next);
      const a = buildContext(fromRawMessage(raw), options, null);
      const b = refBuildContext(fromRawMessage(raw), options, null);
      expect(snapshot(a.ctx, order), raw).toEqual(snapshot(b.ctx, order));
    }
  });

  it('a field whose computation throws is not memoised: read again, it is computed again', () => {
    for (const make of [buildContext, refBuildContext]) {
      let calls = 0;
      const input: MessageInput = {
        source: 'eml',
        headers: [{ name: 'subject', value: 'hi' }],
        get bodies() {
          calls++;
          if (calls === 1) throw new Error('first read fails');
          return { text: 'second read works' };
        },
      } as MessageInput;
      const { ctx } = make(input, {}, null);
      expect(() => ctx.bodyText).toThrow('first read fails');
      expect(ctx.bodyText).toBe('second read works');
      expect(ctx.bodyText).toBe('second read works');
      expect(calls).toBe(2);
    }
  });
});
