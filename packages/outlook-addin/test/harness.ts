/**
 * Test harness for the task pane: serves dist/ on 127.0.0.1, launches the Debian Chromium with a
 * fresh profile, routes the office.js CDN URL to node_modules/@microsoft/office-js, aborts every
 * other request that would leave localhost, and turns fixture .eml files into what Outlook would
 * expose for them (the stand-in's input). Recipe: shared/docs/addins.md B.3.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fromRawMessage } from '@ayashii/core';
import { decodeEncodedWords } from '../../core/src/parse/encoded-word.js';

export const PKG = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = resolve(PKG, '../..');
export const DIST = join(PKG, 'dist');
export const OFFICE_DIST = join(PKG, 'node_modules/@microsoft/office-js/dist');
export const SHOTS = join(REPO, 'test-output/outlook');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const STANDIN = readFileSync(join(PKG, 'test/standin.js'), 'utf8');

/** Launch flags from the brief: no GPU, no QUIC, no background or component traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether browser tests run: Chromium present, or explicitly skipped with AYASHII_SKIP_BROWSER=1. */
export function browserMode(): 'run' | 'skip' | 'missing' {
  if (existsSync(CHROMIUM)) return 'run';
  return process.env.AYASHII_SKIP_BROWSER === '1' ? 'skip' : 'missing';
}

export const MISSING_CHROMIUM =
  `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium fonts-noto-cjk) ` +
  'or set AYASHII_SKIP_BROWSER=1 to skip the Outlook task-pane browser tests.';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.xml': 'application/xml',
};

/** Serves `root` on 127.0.0.1 (ephemeral port), static files only. */
export async function serveStatic(root: string): Promise<{ base: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(root, '.' + path);
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('cache-control', 'no-store');
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { base: `http://127.0.0.1:${port}`, server };
}

/** Chromium with a fresh user-data-dir; `close` removes the profile. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'ayashii-outlook-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 360, height: 640 },
    locale: 'en-US',
    timeout: 30_000,
  });
  context.setDefaultTimeout(10_000);
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface StandInFixture {
  readonly displayLanguage: string;
  readonly mailboxVersion: string;
  readonly headers: string;
  readonly bodyHtml: string;
  readonly bodyText: string;
  readonly emlBase64: string;
  readonly subject: string;
  readonly attachments: readonly { id: string; name: string; contentType: string; size: number; isInline: boolean; attachmentType: string }[];
  readonly attachmentContent: Readonly<Record<string, { format: string; content: string }>>;
  readonly errors?: {
    readonly file?: OfficeError;
    readonly headers?: OfficeError;
    readonly body?: OfficeError;
    readonly attachments?: Readonly<Record<string, OfficeError>>;
  };
}
export interface OfficeError {
  readonly name: string;
  readonly message: string;
  readonly code: number;
}

const toBase64 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');

function headerBlock(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1');
  const m = /\r?\n\r?\n/.exec(text);
  const head = m ? text.slice(0, m.index) : text;
  // Outlook hands out the transport headers as a (Unicode) string with CRLF line ends.
  return Buffer.from(head, 'latin1').toString('utf8').replace(/\r?\n/g, '\r\n') + '\r\n';
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * What `body.getAsync('html')` gives for a plain-text mail: Outlook converts it to HTML and makes
 * bare URLs clickable (link text = URL).
 */
export function textToOutlookHtml(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => {
    let out = '';
    let last = 0;
    for (const m of line.matchAll(/https?:\/\/[^\s<>"]+/g)) {
      out += escapeHtml(line.slice(last, m.index)) + `<a href="${escapeHtml(m[0])}">${escapeHtml(m[0])}</a>`;
      last = (m.index ?? 0) + m[0].length;
    }
    return out + escapeHtml(line.slice(last));
  });
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div>${lines.join('<br>\r\n')}</div></body></html>`;
}

/** What Outlook would expose for this .eml, parsed with the project's own MIME parser. */
export function standInFor(bytes: Uint8Array, opts: { displayLanguage?: string; mailboxVersion?: string; errors?: StandInFixture['errors'] } = {}): StandInFixture {
  const parsed = fromRawMessage(bytes);
  const bodies = parsed.bodies ?? {};
  const attachments: StandInFixture['attachments'][number][] = [];
  const attachmentContent: Record<string, { format: string; content: string }> = {};
  (parsed.attachments ?? []).forEach((a, i) => {
    const id = `AAMkAtt${i}`;
    attachments.push({
      id,
      name: a.filename ?? '',
      contentType: a.contentType,
      size: a.size ?? a.bytes?.length ?? 0,
      isInline: a.disposition === 'inline',
      attachmentType: a.contentType === 'message/rfc822' ? 'item' : 'file',
    });
    if (a.bytes) attachmentContent[id] = { format: 'base64', content: toBase64(a.bytes) };
  });
  // item.subject: Outlook hands it out decoded.
  const subject = decodeEncodedWords(parsed.headers.find((h) => h.name === 'subject')?.value ?? '');
  const fx: StandInFixture = {
    displayLanguage: opts.displayLanguage ?? 'en-US',
    mailboxVersion: opts.mailboxVersion ?? '1.14',
    headers: headerBlock(bytes),
    bodyHtml: bodies.html ?? textToOutlookHtml(bodies.text ?? ''),
    bodyText: bodies.text ?? '',
    emlBase64: toBase64(bytes),
    subject,
    attachments,
    attachmentContent,
  };
  return opts.errors ? { ...fx, errors: opts.errors } : fx;
}

export interface OpenPane {
  readonly page: Page;
  /** Requests that tried to leave 127.0.0.1 (all aborted). */
  readonly external: string[];
  readonly pageErrors: string[];
  readonly cspViolations: string[];
  /** office.js files served from node_modules in place of the CDN. */
  readonly officeFiles: string[];
}

/** Opens dist/taskpane.html with the stand-in installed. */
export async function openPane(context: BrowserContext, base: string, fx: StandInFixture): Promise<OpenPane> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 640 });
  const external: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  const officeFiles: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  // Order matters: the last matching route wins, so the catch-all goes first, the CDN mapping after.
  await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])[a-z][a-z0-9+.-]*:\/\//i, (route) => {
    external.push(route.request().url());
    return route.abort();
  });
  await page.route(`${OFFICE_CDN}**`, (route) => {
    const rel = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
    const file = resolve(OFFICE_DIST, rel);
    officeFiles.push(rel);
    if (!file.startsWith(OFFICE_DIST + sep) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ path: file, contentType: 'text/javascript; charset=utf-8' });
  });
  await page.addInitScript({
    content: `${STANDIN}
installOfficeStandIn(${JSON.stringify(fx)});
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`,
  });
  await page.goto(`${base}/taskpane.html`, { waitUntil: 'load', timeout: 15_000 });
  return { page, external, pageErrors, cspViolations, officeFiles };
}

/** Waits until the pane has finished run number `n` (auto-run on open is 1, each click adds 1). */
export async function waitForRun(page: Page, n: number): Promise<void> {
  await page.locator(`#result[data-run="${n}"]`).waitFor({ state: 'visible', timeout: 15_000 });
}

/** Full page by default; `fullPage: false` keeps the viewport (after scrolling to what matters). */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: opts.fullPage ?? true });
  return path;
}
