/**
 * The HTML report, rendered in headless Chromium: the figures on the page are those of the JSONL
 * of the same scan, hostile strings from messages and file names show up as text and never run,
 * the page loads nothing, and the table sorts, filters and expands. Screenshots go to
 * test-output/report/. Needs /usr/bin/chromium (apt-get install -y chromium fonts-noto-cjk);
 * set AYASHII_SKIP_BROWSER=1 to skip on a machine without it.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePst } from '../../core/test/support/pst-writer.js';
import { ensureBuilt, ham, jsonl, mail, mbox, phish, reportRows, ROOT, run, tempDir, write } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const SKIP = process.env['AYASHII_SKIP_BROWSER'] === '1';
const SHOTS = join(ROOT, 'test-output/report');

const PAYLOAD_NAME = `<img src=x onerror=window.__pwned='name'>`;
const PAYLOAD_SUBJECT = `<script>window.__pwned='subject'</script>`;
const PAYLOAD_URL = `https://amazon-co-jp.account-verify.example/"><img src=x onerror=window.__pwned='url'>`;
const PAYLOAD_FILE = `<img src=x onerror=window.__pwned='file'>.eml`;

let dir: string;
let html: string;
let records: Record<string, unknown>[];
let recordsJa: Record<string, unknown>[];
let browser: Browser | null = null;

describe.skipIf(SKIP)('HTML report in Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install it with "apt-get install -y chromium fonts-noto-cjk", or set AYASHII_SKIP_BROWSER=1 to skip this test`);
    }
    ensureBuilt();
    dir = tempDir('ayashii-report-');
    const box = join(dir, 'mail');
    write(join(box, 'a-hostile-name.eml'), mail({ id: 'x1', fromName: PAYLOAD_NAME, from: 'x@attacker.example', subject: 'hello' }));
    write(join(box, 'b-hostile-subject.eml'), mail({ id: 'x2', subject: PAYLOAD_SUBJECT }));
    write(
      join(box, 'c-hostile-url.eml'),
      mail({
        id: 'x3',
        fromName: 'Amazon.co.jp',
        from: 'account@shipping-notice.example',
        subject: 'お支払い方法の確認',
        html: true,
        body: `<p><a href="${PAYLOAD_URL.replace(/"/g, '&quot;')}">更新する</a></p><p>${PAYLOAD_URL}</p>`,
      }),
    );
    write(join(box, PAYLOAD_FILE), phish('x4'));
    // A link behind Microsoft Safe Links: the report counts where it leads, not the gateway.
    write(
      join(box, 'c-safelinks.eml'),
      mail({
        id: 'x5',
        fromName: 'Shop',
        from: 'news@shop.example',
        subject: 'Sale',
        html: true,
        body: '<p><a href="https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.shop.example%2Fsale&amp;data=05%7C01">Sale</a></p>',
      }),
    );
    for (let i = 0; i < 6; i++) write(join(box, `d-ham-${i}.eml`), ham(`h${i}`));
    write(join(box, 'e-archive.mbox'), mbox([phish('m1'), ham('m2'), mail({ id: 'm3', fromName: 'Support', from: 'help@freemail.example', subject: 'x' })]));
    write(join(box, 'f-broken.eml'), '');
    write(join(box, 'g-outlook.msg'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));

    const out = join(dir, 'report.html');
    const r = run(['scan', '--format', 'html', '--lang', 'en', '-o', out, box]);
    expect(r.code).toBe(0);
    html = readFileSync(out, 'utf8');
    records = jsonl(run(['scan', '--format', 'jsonl', '--lang', 'en', box]).stdout);
    recordsJa = jsonl(run(['scan', '--format', 'jsonl', '--lang', 'ja', box]).stdout);
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Scans `paths` into `<name>.html` beside the first report. */
  function report(name: string, ...paths: string[]): void {
    expect(run(['scan', '--format', 'html', '-o', join(dir, `${name}.html`), ...paths]).code).toBe(0);
  }

  /** The rows of a table above the messages (senders, links, folders, subjects), cell by cell. */
  function countRows(page: Page, kind: string): Promise<(string | null)[][]> {
    return page.locator(`[data-domains="${kind}"] tbody tr`).evaluateAll((trs) => trs.map((r) => Array.from(r.children).map((c) => c.textContent)));
  }

  /** Opens the report in a fresh context; collects requests, dialogs, console errors. */
  async function open(file = 'report.html'): Promise<{ page: Page; requests: string[]; dialogs: string[]; problems: string[] }> {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    const problems: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pathToFileURL(join(dir, file)).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    return { page, requests, dialogs, problems };
  }

  it('is one self-contained file with a strict CSP and the data escaped', () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//i);
    const rows = /<script type="application\/json" class="ayashii-rows">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const data = /<script type="application\/json" id="ayashii-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(rows).not.toContain('<');
    expect(data).not.toContain('<');
    expect(html.match(/<script/g)).toHaveLength(3);
    expect(reportRows(html)).toHaveLength(records.length);
    expect(JSON.parse(data).summary.scanned).toBe(records.length);
  });

  it('shows the figures of the JSONL of the same scan', async () => {
    const { page, requests, problems } = await open();
    const tile = async (k: string): Promise<number> => Number(await page.locator(`[data-tile="${k}"] .value`).textContent());
    const errors = records.filter((r) => 'error' in r).length;
    const count = (level: string): number => records.filter((r) => r['verdict'] === level).length;
    expect(await tile('scanned')).toBe(records.length);
    expect(await tile('messages')).toBe(records.length - errors);
    expect(await tile('errors')).toBe(errors);
    for (const level of ['safe', 'caution', 'suspicious', 'dangerous']) {
      expect(await tile(level)).toBe(count(level));
      expect(Number(await page.locator(`[data-chart="levels"] [data-key="${level}"]`).getAttribute('data-count'))).toBe(count(level));
    }
    // Categories: messages with at least one finding in the category, as in the JSONL.
    const perCategory = new Map<string, number>();
    for (const r of records) {
      for (const c of new Set(((r['findings'] ?? []) as { category: string }[]).map((f) => f.category))) perCategory.set(c, (perCategory.get(c) ?? 0) + 1);
    }
    const bars = await page.locator('[data-chart="categories"] [data-key]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), Number(e.getAttribute('data-count'))]));
    expect(bars.length).toBe(Math.min(8, perCategory.size));
    for (const [key, n] of bars) expect(n).toBe(perCategory.get(String(key)));
    expect(await page.locator('table.msgs tbody tr.msg').count()).toBe(records.length);
    expect(await page.locator('.messages .count').textContent()).toBe(`Showing ${records.length} of ${records.length}`);
    // Sender domains: the flagged count of the spoofing domain.
    const senders = await countRows(page, 'senders');
    expect(senders).toContainEqual(['shipping-notice.example', '3', '3']);
    // Link target domains are the unwrapped destinations: the Safe Links gateway is not one.
    const linkRows = await countRows(page, 'links');
    expect(linkRows.map((r) => r[0])).toContain('shop.example');
    expect(linkRows.map((r) => r[0])).not.toContain('outlook.com');
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(join(dir, 'report.html')).href]);
    await page.screenshot({ path: join(SHOTS, 'report.png'), fullPage: true });
  });

  it('filters the messages by a verdict level or a finding category clicked in its chart', async () => {
    const { page, problems } = await open();
    // The bars are buttons a screen reader finds (in a group, not inside an image).
    expect(await page.locator('[data-chart="levels"] svg').getAttribute('role')).toBe('group');
    expect(await page.getByRole('button', { name: /^Dangerous: \d+$/ }).count()).toBe(1);
    await page.locator('[data-chart="levels"] g[data-key="dangerous"]').click();
    expect(await page.locator('tr.msg').count()).toBe(records.filter((r) => r['verdict'] === 'dangerous').length);
    for (const key of ['error', 'safe', 'caution', 'suspicious']) expect(await page.isChecked(`input[data-filter-level="${key}"]`)).toBe(false);
    expect(await page.isChecked('input[data-filter-level="dangerous"]')).toBe(true);
    for (const key of ['error', 'safe', 'caution', 'suspicious']) await page.check(`input[data-filter-level="${key}"]`);
    const bar = page.locator('[data-chart="categories"] g[data-key]').first();
    const category = String(await bar.getAttribute('data-key'));
    await bar.press('Enter');
    expect(await page.locator('select[data-filter="category"]').inputValue()).toBe(category);
    expect(await page.locator('tr.msg').count()).toBe(Number(await bar.getAttribute('data-count')));
    expect(problems).toEqual([]);
  });

  it('shows only the messages of a sender domain or a link target domain clicked in its table, the count it gives', async () => {
    const { page, problems } = await open();
    const row = page.locator('[data-domains="senders"] tbody tr', { has: page.locator('button.pick', { hasText: 'shipping-notice.example' }) });
    const all = Number(await row.locator('td').nth(2).textContent());
    await row.locator('button.pick').click();
    expect(await row.locator('button.pick').getAttribute('aria-pressed')).toBe('true');
    const shown = await page.locator('tr.msg td.from').allTextContents();
    expect(shown).toHaveLength(all);
    for (const from of shown) expect(from).toMatch(/@shipping-notice\.example>$/);
    expect(await page.locator('.picked[data-picked="senders"]').textContent()).toBe('Sender domain: shipping-notice.example ×');
    // The other filters still apply on top of it; × shows every message again.
    await page.uncheck('input[data-filter-level="dangerous"]');
    expect(all).toBe(3); // the three brand spoofs, all dangerous
    expect(await page.locator('tr.msg').count()).toBe(0);
    await page.check('input[data-filter-level="dangerous"]');
    await page.click('button.unpick');
    expect(await page.locator('tr.msg').count()).toBe(records.length);
    // A link target domain: the messages whose links lead there, unwrapped.
    await page.locator('[data-domains="links"] button.pick', { hasText: /^shop\.example$/ }).click();
    expect(await page.locator('tr.msg td.file').allTextContents()).toEqual([expect.stringMatching(/c-safelinks\.eml$/)]);
    await page.click('button[data-lang="ja"]');
    expect(await page.locator('.picked').textContent()).toBe('リンク先ドメイン: shop.example ×');
    expect(problems).toEqual([]);
  });

  it('groups the subjects of flagged mail into campaigns (replies, list tags, case, width and numbers aside), and shows a campaign\'s messages when clicked', async () => {
    const box = join(dir, 'campaign');
    const spoof = (id: string, subject: string) => mail({ id, fromName: 'Amazon.co.jp', from: 'account@shipping-notice.example', subject });
    write(join(box, 'a.eml'), spoof('c1', 'Re: [orders] Invoice 4821 is overdue'));
    write(join(box, 'b.eml'), spoof('c2', 'INVOICE ９９３２ is overdue'));
    write(join(box, 'c.eml'), spoof('c3', 'FW: Fwd: invoice 17   is overdue'));
    write(join(box, 'd.eml'), spoof('c4', 'Your parcel is waiting'));
    write(join(box, 'e.eml'), mail({ id: 'c5', subject: 'Invoice 1 is overdue' })); // a genuine one: counted in All only
    report('campaign', box);
    const { page, problems } = await open('campaign.html');
    const rows = await countRows(page, 'subjects');
    expect(rows).toEqual([
      ['Invoice 4821 is overdue', '3', '4'],
      ['Your parcel is waiting', '1', '1'],
    ]);
    await page.locator('[data-domains="subjects"] button.pick', { hasText: 'Invoice 4821' }).click();
    expect(await page.locator('tr.msg td.file').allTextContents()).toEqual(['a.eml', 'b.eml', 'c.eml', 'e.eml'].map((f) => expect.stringContaining(f)));
    expect(await page.locator('.picked').textContent()).toBe('Subject: Invoice 4821 is overdue ×');
    expect(problems).toEqual([]);
    // No subject on more than one flagged mail: no table (the first report's spoofs share one: a table).
    write(join(dir, 'nocampaign/a.eml'), spoof('c6', 'Your parcel is waiting'));
    write(join(dir, 'nocampaign/b.eml'), spoof('c7', 'Invoice 1 is overdue'));
    report('nocampaign', join(dir, 'nocampaign'));
    expect(await (await open('nocampaign.html')).page.locator('[data-domains="subjects"]').count()).toBe(0);
    expect(await (await open()).page.locator('[data-domains="subjects"] tbody tr').first().textContent()).toMatch(/^【Amazon】お支払い方法の確認\d/);
  });

  it('renders hostile names, subjects, URLs and file names as text; nothing runs', async () => {
    const { page, dialogs, problems } = await open();
    // Expand every row so that evidence and explanations are in the DOM too.
    const n = await page.locator('tr.msg').count();
    for (let i = 0; i < n; i++) await page.locator('tr.msg').nth(i).click();
    expect(await page.locator('tr.detail').count()).toBe(n);
    const text = await page.locator('body').innerText();
    expect(text).toContain(PAYLOAD_NAME);
    expect(text).toContain(PAYLOAD_SUBJECT);
    expect(text).toContain(PAYLOAD_FILE);
    expect(text).toContain(`amazon-co-jp.account-verify.example/"><img src=x onerror=window.__pwned='url'>`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(3);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'report-expanded.png'), fullPage: true });
  });

  it('expands a row to its explanation and evidence, in English and in Japanese', async () => {
    const { page } = await open();
    const target = records.find((r) => String(r['file']).endsWith('c-hostile-url.eml')) as { file: string; findings: { checkId: string; message: string }[] };
    const targetJa = recordsJa.find((r) => r['file'] === target.file) as { findings: { message: string }[] };
    const row = page.locator('tr.msg', { hasText: 'c-hostile-url.eml' });
    await row.click();
    expect(await row.getAttribute('aria-expanded')).toBe('true');
    const detail = page.locator('tr.detail');
    const first = target.findings[0];
    expect(await detail.locator(`li[data-check="${first?.checkId}"] .f-detail`).textContent()).toBe(first?.message);
    expect(await detail.locator('ul.evidence li').count()).toBeGreaterThan(0);
    // Which mail it is, to find it again in a mail client: sender, whole subject, date, Message-ID.
    expect(await detail.locator('dl.mail dt').allTextContents()).toEqual(['From', 'Subject', 'Date', 'Message-ID']);
    expect(await detail.locator('dl.mail dd').allTextContents()).toEqual(['Amazon.co.jp <account@shipping-notice.example>', 'お支払い方法の確認', '2026-11-23 09:00:00 +09:00', 'x3@example.com']);
    await page.click('button[data-lang="ja"]');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.locator('tr.detail dl.mail dt').allTextContents()).toEqual(['送信元', '件名', '日時', 'Message-ID']);
    expect(await page.locator('tr.detail .f-detail').first().textContent()).toBe(targetJa.findings[0]?.message);
    expect(await page.locator('[data-tile="messages"] .label').textContent()).toBe('メール');
    await page.screenshot({ path: join(SHOTS, 'report-ja.png'), fullPage: true });
  });

  it("each finding shows its check's title and advice as --details gives them, though the file holds them once per check", async () => {
    const box = join(dir, 'mail');
    const detailed = jsonl(run(['scan', '--format', 'jsonl', '--lang', 'en', '--details', box]).stdout) as { file: string; findings?: { checkId: string; title: string; advice?: string }[] }[];
    const rowsBlock = /<script type="application\/json" class="ayashii-rows">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(rowsBlock).not.toContain('"title"');
    const checks = JSON.parse(/<script type="application\/json" id="ayashii-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '').checks as Record<string, unknown>;
    const ids = new Set(detailed.flatMap((r) => (r.findings ?? []).map((f) => f.checkId)));
    expect(new Set(Object.keys(checks))).toEqual(ids);
    const { page } = await open();
    const n = await page.locator('tr.msg').count();
    for (let i = 0; i < n; i++) await page.locator('tr.msg').nth(i).click();
    let seen = 0;
    for (const r of detailed) {
      for (const f of r.findings ?? []) {
        const li = page.locator('tr.detail li[data-check]', { has: page.locator('.f-title strong', { hasText: f.title }) }).first();
        expect(await li.locator('.f-title strong').textContent()).toBe(f.title);
        if (f.advice) expect(await page.locator('tr.detail .f-advice', { hasText: f.advice }).count()).toBeGreaterThan(0);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('shows the text of an error row in the chosen language, with its code', async () => {
    const { page } = await open();
    const file = records.find((r) => String(r['file']).endsWith('g-outlook.msg')) as { file: string; error: string; code: string };
    const fileJa = recordsJa.find((r) => r['file'] === file.file) as { error: string; code: string };
    expect(fileJa.code).toBe(file.code);
    await page.locator('tr.msg', { hasText: 'g-outlook.msg' }).click();
    expect(await page.locator('tr.detail .err').textContent()).toBe(file.error);
    expect(await page.locator('tr.detail .cat').textContent()).toBe('format/unsupported');
    await page.click('button[data-lang="ja"]');
    expect(await page.locator('tr.detail .err').textContent()).toBe(fileJa.error);
    expect(fileJa.error).toMatch(/^対応していない形式です: Outlook のメッセージを含まない OLE 複合ファイル/);
    // The search finds error rows by their code and by their text in the language shown.
    await page.fill('input[data-filter="text"]', 'format/empty-file');
    expect(await page.locator('tr.msg td.file').allTextContents()).toEqual(['f-broken.eml']);
    await page.fill('input[data-filter="text"]', '空のファイル');
    expect(await page.locator('tr.msg td.file').allTextContents()).toEqual(['f-broken.eml']);
  });

  it('sorts and filters the table', async () => {
    const { page } = await open();
    const scores = async (): Promise<number[]> =>
      (await page.locator('tr.msg td:nth-child(2)').allTextContents()).map((s) => (s === '–' ? -1 : Number(s)));
    // Default: most serious first.
    const s0 = (await scores()).filter((x) => x >= 0);
    expect(s0).toEqual([...s0].sort((a, b) => b - a));
    await page.click('button[data-sort="file"]');
    const files = await page.locator('tr.msg td.file').allTextContents();
    expect(files).toEqual([...files].sort());
    await page.click('button[data-sort="file"]');
    expect(await page.locator('tr.msg td.file').allTextContents()).toEqual([...files].sort().reverse());
    // Filter: only dangerous.
    for (const key of ['error', 'safe', 'caution', 'suspicious']) await page.uncheck(`input[data-filter-level="${key}"]`);
    expect(await page.locator('tr.msg').count()).toBe(records.filter((r) => r['verdict'] === 'dangerous').length);
    await page.check('input[data-filter-level="error"]');
    await page.fill('input[data-filter="text"]', 'outlook.msg');
    expect(await page.locator('tr.msg').count()).toBe(1);
    expect(await page.locator('tr.msg td.file').textContent()).toMatch(/g-outlook\.msg$/);
    // A Message-ID (from a user's complaint, a mail server's log) finds its row.
    for (const key of ['safe', 'caution', 'suspicious']) await page.check(`input[data-filter-level="${key}"]`);
    await page.fill('input[data-filter="text"]', 'm3@example.com');
    expect(await page.locator('tr.msg td.file').allTextContents()).toEqual([expect.stringMatching(/e-archive\.mbox#3$/)]);
  });

  it("lists each mail's date in the reader's time zone and sorts by it, newest first; a mail without one sorts as the oldest", async () => {
    const box = join(dir, 'dated');
    write(join(box, 'a.eml'), mail({ id: 'd1', subject: 'from New York', date: 'Sun, 22 Nov 2026 20:30:00 -0500' }));
    write(join(box, 'b.eml'), mail({ id: 'd2', subject: 'from Tokyo', date: 'Mon, 23 Nov 2026 09:00:00 +0900' }));
    write(join(box, 'c.eml'), mail({ id: 'd3', subject: 'no date', date: '' }));
    write(join(box, 'd.eml'), mail({ id: 'd4', subject: 'from London', date: 'Mon, 23 Nov 2026 02:00:00 GMT' }));
    report('dated', box);
    const { page, problems } = await open('dated.html');
    await page.click('button[data-sort="date"]');
    expect(await page.locator('th[aria-sort="descending"] button[data-sort="date"]').count()).toBe(1);
    // 02:00 GMT is 11:00 in Tokyo, 20:30 in New York (-0500) is 10:30 in Tokyo, 09:00 +0900 is 09:00.
    const listed = async (): Promise<string[][]> =>
      Promise.all((await page.locator('tr.msg').all()).map(async (row) => [await row.locator('td.subject').textContent() ?? '', await row.locator('td.date').textContent() ?? '', (await row.locator('td.date').getAttribute('title')) ?? '']));
    expect(await listed()).toEqual([
      ['from London', '2026-11-23 11:00', '2026-11-23 02:00:00 +00:00'],
      ['from New York', '2026-11-23 10:30', '2026-11-22 20:30:00 -05:00'],
      ['from Tokyo', '2026-11-23 09:00', '2026-11-23 09:00:00 +09:00'],
      ['no date', '', ''],
    ]);
    await page.click('button[data-sort="date"]');
    expect((await listed()).map((r) => r[0])).toEqual(['no date', 'from Tokyo', 'from New York', 'from London']);
    expect(problems).toEqual([]);
  });

  it('charts the mail by the date it states, a bar per day of the reader\'s calendar stacked by level; per month over a longer span; the odd dates of a few mails left out and counted', async () => {
    const bars = async (page: Page): Promise<(string | null)[][]> =>
      page.locator('[data-chart="timeline"] g[data-bin]').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-bin'), g.getAttribute('data-count'), g.getAttribute('data-flagged')]));
    const days = join(dir, 'days');
    write(join(days, 'a.eml'), mail({ id: 't1', fromName: 'Amazon.co.jp', from: 'account@shipping-notice.example', subject: '【Amazon】お支払い方法の確認', date: 'Sat, 21 Nov 2026 10:00:00 +0900' }));
    write(join(days, 'b.eml'), mail({ id: 't2', date: 'Sat, 21 Nov 2026 23:30:00 -0500' })); // 13:30 on the 22nd in Tokyo
    write(join(days, 'c.eml'), mail({ id: 't3', date: 'Wed, 25 Nov 2026 09:00:00 +0900' }));
    write(join(days, 'd.eml'), mail({ id: 't4', date: '' }));
    report('days', days);
    let { page, problems } = await open('days.html');
    expect(await page.locator('[data-chart="timeline"]').getAttribute('data-unit')).toBe('day');
    expect(await bars(page)).toEqual([
      ['2026-11-21', '1', '1'],
      ['2026-11-22', '1', '0'],
      ['2026-11-23', '0', '0'],
      ['2026-11-24', '0', '0'],
      ['2026-11-25', '1', '0'],
    ]);
    expect(await page.locator('[data-chart="timeline"] g[data-bin="2026-11-21"] .lv-dangerous rect').count()).toBe(1);
    expect(await page.locator('[data-chart="timeline"] figcaption').textContent()).toBe('Mail by the date it states (per day)');
    expect(await page.locator('[data-chart="timeline"] .note').textContent()).toBe('Not shown: 0 dated outside this range, 1 without a date.');
    // A bar clicked shows its day's messages; an empty day is no button.
    await page.locator('[data-chart="timeline"] g[data-bin="2026-11-22"]').click();
    expect(await page.locator('tr.msg td.file').allTextContents()).toEqual([expect.stringMatching(/b\.eml$/)]);
    expect(await page.locator('.picked').textContent()).toBe('Date: 2026-11-22 ×');
    expect(await page.locator('[data-chart="timeline"] g[data-bin="2026-11-23"]').getAttribute('role')).toBeNull();
    await page.click('button.unpick');
    await page.click('button[data-lang="ja"]');
    expect(await page.locator('[data-chart="timeline"] figcaption').textContent()).toBe('メールの日付（1 日ごと、各メールの Date による）');
    expect(problems).toEqual([]);

    // 99 mails over five months, one dated 1970 and one 2099: per month, the two counted apart.
    const months = join(dir, 'months');
    for (let i = 0; i < 99; i++) write(join(months, `m${i}.eml`), mail({ id: `u${i}`, date: `Mon, ${1 + (i % 28)} ${['Jul', 'Aug', 'Sep', 'Oct', 'Nov'][i % 5]} 2026 12:00:00 +0900` }));
    write(join(months, 'old.eml'), mail({ id: 'u-old', date: 'Thu, 1 Jan 1970 09:00:00 +0900' }));
    write(join(months, 'future.eml'), mail({ id: 'u-future', date: 'Thu, 1 Jan 2099 09:00:00 +0900' }));
    report('months', months);
    ({ page, problems } = await open('months.html'));
    expect(await page.locator('[data-chart="timeline"]').getAttribute('data-unit')).toBe('month');
    expect(await bars(page)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'].map((k, i) => [k, String(i < 4 ? 20 : 19), '0']));
    expect(await page.locator('[data-chart="timeline"] .note').textContent()).toBe('Not shown: 2 dated outside this range, 0 without a date.');
    await page.screenshot({ path: join(SHOTS, 'report-timeline.png'), fullPage: true });
    expect(problems).toEqual([]);
    // Fewer than two dated mails: no chart.
    write(join(dir, 'onedate/x.eml'), mail({ id: 'o1' }));
    write(join(dir, 'onedate/y.eml'), mail({ id: 'o2', date: '' }));
    report('onedate', join(dir, 'onedate'));
    expect(await (await open('onedate.html')).page.locator('[data-chart="timeline"]').count()).toBe(0);
    // All on one day (the first report's mails): no chart either.
    expect(await (await open()).page.locator('[data-chart="timeline"]').count()).toBe(0);
  });

  it('tells in which folders the flagged mail lies (an Outlook folder, a Maildir folder, an mbox), when there are several', async () => {
    const box = join(dir, 'where');
    const item = (m: string) => {
      const [head, body] = m.replace(/\n/g, '\r\n').split('\r\n\r\n');
      return { transportHeaders: `${head}\r\n`, body: body ?? '' };
    };
    write(join(box, 'outlook.pst'), Buffer.from(writePst([{ name: 'Inbox', messages: [item(phish('w1')), item(ham('w2'))] }, { name: 'Junk', messages: [item(phish('w3')), item(phish('w4')), item(phish('w5'))] }])));
    write(join(box, 'Maildir/cur/1700000000.M1P1.host:2,S'), phish('w6'));
    write(join(box, 'Maildir/new/1700000001.M2P1.host'), ham('w7'));
    write(join(box, 'Maildir/.Junk/cur/1700000002.M3P1.host:2,S'), phish('w8'));
    write(join(box, 'Maildir/.Junk/cur/1700000003.M4P1.host:2,S'), phish('w9'));
    write(join(box, 'Maildir/.Junk/new/1700000004.M5P1.host'), ham('w10'));
    write(join(box, 'old.mbox'), mbox([ham('w11'), ham('w12')]));
    report('where', box);
    const { page, problems } = await open('where.html');
    const rows = await countRows(page, 'folders');
    expect(rows).toEqual([
      ['outlook.pst/Junk', '3', '3'],
      ['Maildir/.Junk', '2', '3'],
      ['Maildir', '1', '2'],
      ['outlook.pst/Inbox', '1', '2'],
      ['old.mbox', '0', '2'],
    ]);
    expect(await page.locator('[data-domains="folders"] th').first().textContent()).toBe('Folder');
    // A folder clicked shows its messages, and only them; clicked again, all.
    await page.locator('[data-domains="folders"] button.pick', { hasText: 'outlook.pst/Junk' }).click();
    expect(await page.locator('tr.msg td.file').allTextContents()).toEqual(['outlook.pst/Junk#1', 'outlook.pst/Junk#2', 'outlook.pst/Junk#3']);
    expect(await page.locator('.picked').textContent()).toBe('Folder: outlook.pst/Junk ×');
    await page.locator('[data-domains="folders"] button.pick', { hasText: 'outlook.pst/Junk' }).click();
    expect(await page.locator('tr.msg').count()).toBe(12);
    expect(await page.locator('.picked').count()).toBe(0);
    await page.click('button[data-lang="ja"]');
    expect(await page.locator('[data-domains="folders"] h3').textContent()).toBe('フォルダー');
    expect(problems).toEqual([]);
    // One folder: no table.
    write(join(dir, 'single/x.eml'), phish('w13'));
    write(join(dir, 'single/y.eml'), ham('w14'));
    report('single', join(dir, 'single'));
    expect(await (await open('single.html')).page.locator('[data-domains="folders"]').count()).toBe(0);
  });

  it('shows the bidi controls of a file name, a sender and a subject instead of obeying them', async () => {
    const box = join(dir, 'bidi');
    write(join(box, 'invoice\u202egnp.eml'), mail({ id: 'b1', fromName: 'Support\u202e', subject: 'Re: \u202etxt.exe' }));
    write(join(box, 'other.eml'), ham('b2'));
    report('bidi', box);
    const { page, problems } = await open('bidi.html');
    const row = page.locator('tr.msg', { hasText: 'invoice' });
    expect(await row.locator('td.file').textContent()).toBe('invoice⟨U+202E⟩gnp.eml');
    expect(await row.locator('td.subject').textContent()).toBe('Re: ⟨U+202E⟩txt.exe');
    expect(await row.locator('td.from').textContent()).toBe('Support⟨U+202E⟩ <news@example.com>');
    expect(await page.locator('table.msgs tbody').evaluate((b) => /[\u202a-\u202e\u2066-\u2069]/.test(b.textContent ?? ''))).toBe(false);
    expect(problems).toEqual([]);
  });

  it('reads rows split over several blocks (large reports are written in blocks of 2,000 rows)', async () => {
    const open_ = '<script type="application/json" class="ayashii-rows">';
    const start = html.indexOf(open_) + open_.length;
    const end = html.indexOf('</script>', start);
    const text = html.slice(start, end);
    // Rows are separated by ",\n" (a row holds no raw newline): cut at the separator nearest the middle.
    const cut = text.indexOf(',\n', Math.floor(text.length / 2));
    expect(cut).toBeGreaterThan(0);
    const split = `${html.slice(0, start)}${text.slice(0, cut)}]</script>\n${open_}[${text.slice(cut + 1)}${html.slice(end)}`;
    expect(reportRows(split)).toEqual(reportRows(html));
    write(join(dir, 'blocks.html'), split);
    const { page, problems } = await open('blocks.html');
    expect(Number(await page.locator('[data-tile="scanned"] .value').textContent())).toBe(records.length);
    expect(await page.locator('tr.msg').count()).toBe(records.length);
    expect(problems).toEqual([]);
  });

  it('says so when the scan was interrupted (cli.test.ts interrupts real scans), and only then', async () => {
    const marked = html.replace(/("minLevel":"safe")/, '$1,"interrupted":true');
    expect(marked).not.toBe(html);
    write(join(dir, 'interrupted.html'), marked);
    const { page, problems } = await open('interrupted.html');
    expect(await page.locator('[data-note="interrupted"]').textContent()).toBe('The scan was interrupted: this report holds only the mail scanned before it stopped.');
    expect(problems).toEqual([]);
    expect(await (await open()).page.locator('[data-note="interrupted"]').count()).toBe(0);
  });

  it('shows the items of Outlook data files that are not mail as a tile of their own, in both languages, and only when there are some', async () => {
    const pst = join(dir, 'outlook.pst');
    const appointment = { messageClass: 'IPM.Appointment', subject: 'Team meeting' };
    write(pst, Buffer.from(writePst([{ name: 'Inbox', messages: [{ transportHeaders: 'From: a@shop.example\r\nSubject: hi\r\n', body: 'hi' }] }, { name: 'Calendar', containerClass: 'IPF.Appointment', messages: [appointment, appointment] }])));
    report('notmail', pst);
    const { page, problems } = await open('notmail.html');
    expect(await page.locator('[data-tile="notMail"] .value').textContent()).toBe('2');
    expect(await page.locator('[data-tile="notMail"] .label').textContent()).toBe('Not mail (calendar, contacts …)');
    await page.click('button[data-lang="ja"]');
    expect(await page.locator('[data-tile="notMail"] .label').textContent()).toBe('メールでない項目（予定表、連絡先など）');
    expect(await page.locator('[data-tile="messages"] .value').textContent()).toBe('1');
    expect(problems).toEqual([]);
    expect(await (await open()).page.locator('[data-tile="notMail"]').count()).toBe(0);
  });

  it('groups the digits of large counts, and keeps the scan order (an mbox\'s #1, #2 … #10) within a level and when sorted by file', async () => {
    const n = 1200;
    const many = write(join(dir, 'many', 'big.mbox'), mbox(Array.from({ length: n }, (_, i) => ham(`m${i}`))));
    const r = run(['scan', '--format', 'html', '-o', join(dir, 'many.html'), many]);
    expect(r.code).toBe(0);
    const { page, problems } = await open('many.html');
    expect(await page.locator('[data-tile="scanned"] .value').textContent()).toBe('1,200');
    expect(await page.locator('[data-tile="scanned"] .value').getAttribute('data-value')).toBe('1200');
    expect(await page.locator('.messages .count').textContent()).toBe('Showing 500 of 1,200');
    expect(await page.locator('[data-chart="levels"] [data-key="safe"] text.num').textContent()).toBe('1,200');
    const files = async (): Promise<string[]> => (await page.locator('tr.msg td.file').allTextContents()).slice(0, 12);
    const order = Array.from({ length: 12 }, (_, i) => `big.mbox#${i + 1}`);
    expect(await files()).toEqual(order); // by level (all safe), then the scan's order
    await page.locator('th button[data-sort="file"]').click();
    expect(await files()).toEqual(order); // natural order, not #1, #10, #100, #1000, #1001 …
    await page.locator('th button[data-sort="file"]').click();
    expect(await files()).toEqual(Array.from({ length: 12 }, (_, i) => `big.mbox#${n - i}`));
    expect(problems).toEqual([]);
  });

  it('shows file names relative to the folder they share, named once above the table', async () => {
    const { page } = await open();
    const full = records.map((r) => String(r['file']));
    const cell = page.locator('tr.msg td.file').first();
    const title = (await cell.getAttribute('title')) ?? '';
    expect(full).toContain(title);
    const folder = title.slice(0, title.length - ((await cell.textContent()) ?? '').length);
    expect(folder.length).toBeGreaterThan(1);
    expect(folder).toMatch(/[/\\]$/);
    for (const f of full) expect(f.startsWith(folder)).toBe(true);
    expect(await page.locator('.files-under').textContent()).toContain(folder);
  });
});
