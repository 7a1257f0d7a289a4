/**
 * End to end: the built task pane (dist/) in Chromium with the REAL office.js and a stand-in
 * Outlook mailbox built from fixture .eml files. Asserts the rendered verdict equals the CLI's
 * (`analyze(fromRawMessage(bytes))` from the core source), that host failures show as skipped or
 * "not checked" instead of safe, and that nothing leaves 127.0.0.1. Screenshots go to
 * /work/main/test-output/outlook/ (gitignored).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, checks, explain, fromRawMessage, type Locale, type Verdict } from '@ayashii/core';
import {
  DIST,
  MISSING_CHROMIUM,
  PKG,
  REPO,
  browserMode,
  launch,
  openPane,
  screenshot,
  serveStatic,
  standInFor,
  waitForRun,
  type OpenPane,
  type StandInFixture,
} from './harness.js';

const INCIDENTS = join(REPO, 'packages/core/test/fixtures/eml/incidents');
const FIXTURES: Record<string, string> = {
  keimeikai: join(INCIDENTS, 'keimeikai-alpha-mail.eml'),
  spoofed: join(INCIDENTS, 'alpha-prm-spoofed.eml'),
  genuine: join(INCIDENTS, 'genuine-alpha-mail.eml'),
  iso2022jp: join(PKG, 'test/fixtures/iso-2022-jp-yamato-redelivery.eml'),
};
const bytesOf = (name: string) => new Uint8Array(readFileSync(FIXTURES[name] as string));

/** The CLI's verdict for the same bytes. */
const cliVerdict = (bytes: Uint8Array): Verdict => analyze(fromRawMessage(bytes));

const mode = browserMode();

if (mode === 'missing') {
  describe('outlook task pane (browser)', () => {
    it('needs Chromium', () => {
      throw new Error(MISSING_CHROMIUM);
    });
  });
}

describe.skipIf(mode !== 'run')('outlook task pane in Chromium with real office.js', () => {
  let server: Server;
  let base: string;
  let context: BrowserContext;
  let closeBrowser: () => Promise<void>;
  const opened: Page[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'taskpane.html')) || !existsSync(join(DIST, 'taskpane.js'))) {
      throw new Error('dist/ is missing: run `npx --yes pnpm@10 --filter @ayashii/outlook-addin build` first');
    }
    ({ server, base } = await serveStatic(DIST));
    ({ context, close: closeBrowser } = await launch());
  }, 60_000);

  afterAll(async () => {
    for (const p of opened) await p.close().catch(() => undefined);
    await closeBrowser?.();
    await new Promise((r) => (server ? server.close(() => r(undefined)) : r(undefined)));
  });

  async function open(fx: StandInFixture): Promise<OpenPane> {
    const pane = await openPane(context, base, fx);
    opened.push(pane.page);
    return pane;
  }

  /** Opens the pane, lets the automatic check finish, then clicks "Check this mail" (again). */
  async function openAndCheck(fx: StandInFixture): Promise<OpenPane> {
    const pane = await open(fx);
    await waitForRun(pane.page, 1);
    await pane.page.locator('#check').click();
    await waitForRun(pane.page, 2);
    return pane;
  }

  async function rendered(page: Page) {
    return page.evaluate(() => {
      const text = (sel: string, root: ParentNode = document) => root.querySelector(sel)?.textContent ?? null;
      return {
        level: document.querySelector('#verdict')?.getAttribute('data-level') ?? null,
        badge: text('#badge'),
        score: text('#score'),
        summary: text('#summary'),
        partial: text('#partial'),
        subject: text('#subject'),
        source: document.querySelector('#result')?.getAttribute('data-source') ?? null,
        lang: document.documentElement.lang,
        findings: [...document.querySelectorAll('#findings > li')].map((li) => ({
          checkId: li.getAttribute('data-check-id'),
          title: text('.finding-title', li),
          detail: text('.finding-detail', li),
          evidence: [...li.querySelectorAll('.evidence dd')].map((dd) => ({
            value: dd.textContent,
            marked: dd.querySelector('mark')?.textContent ?? null,
          })),
        })),
        skippedIds: [...document.querySelectorAll('#skipped li')].flatMap((li) => (li.getAttribute('data-check-ids') ?? '').split(' ').filter(Boolean)),
        skippedText: text('#skipped'),
        skippedOpen: (document.querySelector('#skipped') as HTMLDetailsElement | null)?.open ?? null,
        sources: Object.fromEntries(
          [...document.querySelectorAll('#sources li')].map((li) => [li.getAttribute('data-source'), { status: li.getAttribute('data-status'), detail: text('.source-detail', li) }]),
        ),
        checkButton: text('#check'),
        calls: (window as unknown as { __standInCalls: string[] }).__standInCalls,
        csp: (window as unknown as { __csp: string[] }).__csp,
      };
    });
  }

  /** The pane shows exactly what `explain(cliVerdict)` says: level, score, every finding's text and evidence. */
  function expectParity(view: Awaited<ReturnType<typeof rendered>>, verdict: Verdict, locale: Locale) {
    const ex = explain(verdict, { locale });
    expect(view.level).toBe(verdict.level);
    expect(view.badge).toBe(ex.levelLabel);
    expect(view.summary).toBe(ex.summary);
    expect(view.score).toContain(`${verdict.score}/100`);
    expect(view.findings.map((f) => f.checkId)).toEqual(ex.items.map((i) => i.checkId));
    expect(view.findings.map((f) => [f.title, f.detail])).toEqual(ex.items.map((i) => [i.title, i.detail]));
    expect(view.findings.map((f) => f.evidence)).toEqual(
      ex.items.map((i) =>
        i.evidence.map((e) => {
          const marked = e.highlight && (e.value.includes(e.highlight) || e.value.toLowerCase().includes(e.highlight.toLowerCase())) ? e.highlight : null;
          const at = marked ? (e.value.includes(marked) ? e.value.indexOf(marked) : e.value.toLowerCase().indexOf(marked.toLowerCase())) : -1;
          return { value: e.value, marked: at >= 0 ? e.value.slice(at, at + (marked as string).length) : null };
        }),
      ),
    );
  }

  function expectClean(pane: OpenPane, view: Awaited<ReturnType<typeof rendered>>) {
    expect(pane.external, 'requests that tried to leave 127.0.0.1').toEqual([]);
    expect(pane.pageErrors).toEqual([]);
    expect([...pane.cspViolations, ...view.csp]).toEqual([]);
    // The CDN office.js was requested, and answered from node_modules/@microsoft/office-js.
    expect(pane.officeFiles).toContain('office.js');
  }

  const cases: { name: string; fixture: string; lang: string; locale: Locale; expectLevel: string[] }[] = [
    { name: 'keimeikai-alpha-mail', fixture: 'keimeikai', lang: 'ja-JP', locale: 'ja', expectLevel: ['suspicious', 'dangerous'] },
    { name: 'alpha-prm-spoofed', fixture: 'spoofed', lang: 'ja-JP', locale: 'ja', expectLevel: ['dangerous'] },
    { name: 'genuine-alpha-mail', fixture: 'genuine', lang: 'en-US', locale: 'en', expectLevel: ['safe'] },
    { name: 'iso-2022-jp-yamato', fixture: 'iso2022jp', lang: 'ja-JP', locale: 'ja', expectLevel: ['suspicious', 'dangerous'] },
  ];

  describe.each(cases)('$name', ({ name, fixture, lang, locale, expectLevel }) => {
    const bytes = bytesOf(fixture);
    const verdict = cliVerdict(bytes);

    it(`Mailbox 1.14: whole message via getAsFileAsync → the CLI's verdict (${locale})`, async () => {
      expect(expectLevel).toContain(verdict.level);
      const pane = await openAndCheck(standInFor(bytes, { displayLanguage: lang, mailboxVersion: '1.14' }));
      const view = await rendered(pane.page);
      await screenshot(pane.page, `${name}.${locale}`);
      expect(view.lang).toBe(locale);
      expect(view.source).toBe('whole-message');
      expect(view.calls).toContain('getAsFileAsync');
      expect(view.calls).not.toContain('getAllInternetHeadersAsync');
      expect(view.sources['whole-message']?.status).toBe('ok');
      expectParity(view, verdict, locale);
      expectClean(pane, view);
    });

    it('Mailbox 1.8 only (no getAsFileAsync): headers + HTML body + attachments → the same verdict', async () => {
      const pane = await openAndCheck(standInFor(bytes, { displayLanguage: lang, mailboxVersion: '1.8' }));
      const view = await rendered(pane.page);
      await screenshot(pane.page, `${name}.${locale}.mailbox-1.8`);
      expect(view.source).toBe('pieces');
      expect(view.calls).not.toContain('getAsFileAsync');
      expect(view.calls).toEqual(expect.arrayContaining(['getAllInternetHeadersAsync', 'body.getAsync:html']));
      expect(view.sources['whole-message']).toEqual({ status: 'unsupported', detail: expect.stringContaining('Mailbox 1.14') });
      expect(view.sources['headers']?.status).toBe('ok');
      expect(view.sources['body']?.status).toBe('ok');
      expectParity(view, verdict, locale);
      expectClean(pane, view);
    });
  });

  it('the ISO-2022-JP mail reads as Japanese: decoded brand, subject and attachment name', async () => {
    const pane = await openAndCheck(standInFor(bytesOf('iso2022jp'), { displayLanguage: 'ja-JP', mailboxVersion: '1.8' }));
    const view = await rendered(pane.page);
    const all = JSON.stringify(view.findings);
    expect(all).toContain('ヤマト運輸');
    expect(view.subject).toBe('件名【ヤマト運輸】お荷物お届けのお知らせ（ご不在連絡）');
    expect(view.calls).toContain('getAttachmentContentAsync:AAMkAtt0');
    expect(view.sources['attachment-content']?.status).toBe('ok');
    if (view.findings.some((f) => f.checkId?.startsWith('attachment/'))) expect(all).toContain('不在連絡票.html');
    expectClean(pane, view);
  });

  it('getAllInternetHeadersAsync fails (and no 1.14): shown as "not checked", never as safe', async () => {
    const fx = standInFor(bytesOf('genuine'), {
      displayLanguage: 'en-US',
      mailboxVersion: '1.13',
      errors: { headers: { name: 'GenericResponseError', message: 'The request failed. Try again later.', code: 9020 } },
    });
    const pane = await openAndCheck(fx);
    const view = await rendered(pane.page);
    await screenshot(pane.page, 'headers-error.en');
    expect(view.level).toBe('unknown');
    expect(view.level).not.toBe('safe');
    expect(view.badge).toBe('Not checked');
    expect(view.summary).toMatch(/could not be checked/);
    expect(view.sources['headers']).toEqual({ status: 'failed', detail: expect.stringContaining('GenericResponseError (9020)') });
    expect(view.skippedOpen).toBe(true);
    expect(view.skippedText).toContain('GenericResponseError');
    // Every check that needs the headers is listed as skipped.
    const needsHeaders = checks.filter((c) => c.needs.includes('headers')).map((c) => c.id as string);
    expect(view.skippedIds).toEqual(expect.arrayContaining(needsHeaders));
    expect(needsHeaders).toEqual(expect.arrayContaining(['brand-impersonation/display-name-brand', 'sender-authentication/dmarc-fail']));
    expectClean(pane, view);
  });

  it('getAllInternetHeadersAsync fails on a phishing mail: body findings still show, with the gap noted', async () => {
    const fx = standInFor(bytesOf('keimeikai'), {
      displayLanguage: 'ja-JP',
      mailboxVersion: '1.8',
      errors: { headers: { name: 'InternalServerError', message: 'The server could not complete the request.', code: 9017 } },
    });
    const pane = await openAndCheck(fx);
    const view = await rendered(pane.page);
    await screenshot(pane.page, 'headers-error-phish.ja');
    expect(view.level).not.toBe('safe');
    expect(view.summary).toContain('ヘッダーを取得できなかった');
    expect(view.sources['headers']?.status).toBe('failed');
    expect(view.skippedIds).toContain('brand-impersonation/display-name-brand');
    expectClean(pane, view);
  });

  it('getAsFileAsync fails and the body read fails: falls back to the pieces, body checks skipped with the reason', async () => {
    const bytes = bytesOf('spoofed');
    const fx = standInFor(bytes, {
      displayLanguage: 'en-US',
      mailboxVersion: '1.14',
      errors: {
        file: { name: 'ItemNotFound', message: 'The item could not be found.', code: 9055 },
        body: { name: 'GenericResponseError', message: 'Body unavailable.', code: 9020 },
      },
    });
    const pane = await openAndCheck(fx);
    const view = await rendered(pane.page);
    await screenshot(pane.page, 'file-and-body-error.en');
    expect(view.source).toBe('pieces');
    expect(view.sources['whole-message']).toEqual({ status: 'failed', detail: expect.stringContaining('ItemNotFound (9055)') });
    expect(view.sources['body']).toEqual({ status: 'failed', detail: expect.stringContaining('Body unavailable') });
    // Header findings are still the CLI's; findings that need the body are listed as skipped instead.
    const cli = cliVerdict(bytes);
    const needsBody = new Set(checks.filter((c) => c.needs.includes('body')).map((c) => c.id as string));
    const headerOnly = cli.findings.filter((f) => !needsBody.has(f.checkId) && f.evidence.every((e) => e.kind === 'header')).map((f) => f.checkId);
    const bodyChecks = cli.findings.filter((f) => needsBody.has(f.checkId)).map((f) => f.checkId);
    expect(view.findings.map((f) => f.checkId)).toEqual(headerOnly);
    for (const id of bodyChecks) expect(view.skippedIds).toContain(id);
    if (bodyChecks.length) expect(view.partial).toMatch(/not run/);
    expect(view.level).toBe('dangerous');
    expectClean(pane, view);
  });

  it('an attachment that cannot be read is reported, and its content checks are skipped', async () => {
    const bytes = bytesOf('iso2022jp');
    const fx = standInFor(bytes, {
      displayLanguage: 'ja-JP',
      mailboxVersion: '1.8',
      errors: { attachments: { AAMkAtt0: { name: 'AttachmentTypeNotSupported', message: 'The attachment type is not supported.', code: 9043 } } },
    });
    const pane = await openAndCheck(fx);
    const view = await rendered(pane.page);
    await screenshot(pane.page, 'attachment-error.ja');
    expect(view.sources['attachment-content']).toEqual({ status: 'failed', detail: expect.stringContaining('AttachmentTypeNotSupported') });
    expect(view.level).not.toBe('safe');
    expectClean(pane, view);
  });

  it('message text is rendered as text: markup in the display name and subject stays inert', async () => {
    const eml = [
      'Received: from mx.example.net by mx.kousya.jp; Mon, 23 Nov 2026 09:12:00 +0900',
      'Authentication-Results: mx.kousya.jp; spf=pass smtp.mailfrom=example.net; dmarc=none header.from=example.net',
      'From: "<img src=https://evil.example/pixel.png onerror=window.__pwned=1>Amazon.co.jp" <x@example.net>',
      'To: taro@kousya.jp',
      'Subject: <script>window.__pwned=2</script> Your order',
      'Date: Mon, 23 Nov 2026 09:11:58 +0900',
      'Message-ID: <xss@example.net>',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p><a href="https://evil.example/&quot;&gt;&lt;img src=x onerror=window.__pwned=3&gt;">https://www.amazon.co.jp/</a></p>',
      '',
    ].join('\r\n');
    const bytes = new TextEncoder().encode(eml);
    const pane = await openAndCheck(standInFor(bytes, { displayLanguage: 'en-US' }));
    const view = await rendered(pane.page);
    await screenshot(pane.page, 'markup-inert.en');
    const injected = await pane.page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      imgs: document.querySelectorAll('#result img, #result script').length,
    }));
    expect(injected).toEqual({ pwned: null, imgs: 0 });
    expectParity(view, cliVerdict(bytes), 'en');
    expect(JSON.stringify(view.findings)).toContain('<img src=');
    expectClean(pane, view);
  });

  it('a pinned pane re-checks when the user moves to another message (ItemChanged)', async () => {
    const pane = await open(standInFor(bytesOf('genuine'), { displayLanguage: 'ja-JP' }));
    await waitForRun(pane.page, 1);
    expect((await rendered(pane.page)).level).toBe('safe');
    const next = standInFor(bytesOf('spoofed'), { displayLanguage: 'ja-JP' });
    const registered = await pane.page.evaluate((fx) => (window as unknown as { __standInSwitchItem: (f: unknown) => boolean }).__standInSwitchItem(fx), next);
    expect(registered).toBe(true);
    await waitForRun(pane.page, 2);
    const view = await rendered(pane.page);
    expect(view.calls).toContain('addHandlerAsync:olkItemSelectedChanged');
    expectParity(view, cliVerdict(bytesOf('spoofed')), 'ja');
    expectClean(pane, view);
  });

  it('an engine without TextDecoder (old Windows webviews) gets a message, not a dead button', async () => {
    const page = await context.newPage();
    opened.push(page);
    const external: string[] = [];
    await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])[a-z][a-z0-9+.-]*:\/\//i, (r) => (external.push(r.request().url()), r.abort()));
    await page.addInitScript({ content: 'delete window.TextDecoder;' });
    await page.goto(`${base}/taskpane.html`);
    await page.locator('#message').waitFor({ state: 'visible' });
    expect(await page.locator('#message').textContent()).toContain('old browser engine');
    expect(await page.locator('#check').isDisabled()).toBe(true);
    expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });

  it('switches between Japanese and English without re-reading the mail', async () => {
    const pane = await openAndCheck(standInFor(bytesOf('spoofed'), { displayLanguage: 'ja-JP' }));
    const calls = (await rendered(pane.page)).calls.length;
    await pane.page.locator('#lang').click();
    const view = await rendered(pane.page);
    await screenshot(pane.page, 'alpha-prm-spoofed.en-switched');
    expect(view.lang).toBe('en');
    expect(view.checkButton).toBe('Check again');
    expectParity(view, cliVerdict(bytesOf('spoofed')), 'en');
    expect(view.calls.length).toBe(calls);
    expectClean(pane, view);
  });
});
