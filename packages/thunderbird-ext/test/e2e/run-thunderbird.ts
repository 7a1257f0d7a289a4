/**
 * Runs the real Thunderbird once with the built .xpi side-loaded into a fresh profile, plus the
 * test-only driver (test/e2e/driver.js), and collects what the driver reports over HTTP on
 * 127.0.0.1. Recipe: /work/shared/docs/addins.md part A. Every wait is bounded.
 */
import { spawn, spawnSync, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZip, zipDirectory } from '../../scripts/zip.mjs';
import { LINK_WINDOW, MENU_ID } from '../../src/link-check.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const PKG = join(HERE, '..', '..');

export interface FixtureSpec {
  /** File name the message is opened as (unique within a run). */
  readonly name: string;
  readonly path: string;
  readonly expectBanner?: boolean;
  /** Take a screenshot (Xvfb runs only) with this base name, with the popup open. */
  readonly screenshot?: string;
  /** A second screenshot, with the popup scrolled to the first link evidence. */
  readonly linksScreenshot?: string;
  /** A screenshot with the popup's "Links in this mail" section open and scrolled into view. */
  readonly linkListScreenshot?: string;
  /**
   * Hostile-input probe: the driver also audits the popup's and the message document's DOM
   * (elements and attributes, `window.__pwned`), and fires network canaries from the popup.
   */
  readonly probe?: boolean;
  /**
   * "Check this link" in this message's tab: the driver opens link.html as the context-menu
   * handler does (same query, popup window of the same size) and reads the window back.
   */
  readonly links?: readonly LinkSpec[];
  /**
   * Xvfb runs only: right-click the message's first link with xdotool, screenshot the context menu,
   * choose the last item (keyboard Up, Return) and read back the window the extension opened.
   */
  readonly rightClick?: { readonly screenshot?: string };
}

export interface LinkSpec {
  readonly url: string;
  /** Leave the tab out of the window's URL (no recipient to look for). Default: the message's tab. */
  readonly noTab?: boolean;
  /** Screenshot (Xvfb runs only) of the link window, with this base name. */
  readonly screenshot?: string;
}

/** What the link window showed (read back by the driver). */
export interface LinkView {
  /** The link asked for, and the tab it was asked for (null with `noTab`). */
  url: string;
  tabId: number | null;
  /** `location.search` of the window, and the window's size as created. */
  search: string;
  window: { type: string | null; width: number | null; height: number | null } | null;
  title: string;
  lang: string;
  state: string;
  level: string | null;
  badge: string | null;
  badgeColor: string | null;
  summary: string | null;
  chain: {
    link: string | null;
    via: { host: string; mark: string | null; vendor: string | null }[];
    target: string | null;
    targetMark: string | null;
    note: string | null;
  };
  recipient: string | null;
  items: { checkId: string; severity: string; title: string; detail: string; advice: string | null }[];
  skipped: string[];
  safeNote: string | null;
  /** Every `<a>` in the window, as `href` (only the footer's `#` close link may be there). */
  anchors: string[];
  /** Tag names inside #app, and every `on*` attribute in the document. */
  appTags: string[];
  handlers: string[];
  scripts: number;
  net: NetReport | null;
  openAtScreenshot?: boolean;
}

export interface RunOptions {
  readonly label: string;
  /** `intl.locale.requested` for Thunderbird's UI. */
  readonly uiLocale: string;
  readonly fixtures: readonly FixtureSpec[];
  /** Tick "automatic check" on the options page before opening the fixtures. */
  readonly autoCheck?: boolean;
  /** Fill these options-page fields (id → text) and press Save before opening the fixtures. */
  readonly fields?: Readonly<Record<string, string>>;
  readonly captureGetFull?: boolean;
  /** Directory for screenshots; set → Thunderbird runs on Xvfb instead of --headless. */
  readonly screenshotDir?: string;
  readonly timeoutMs?: number;
}

export interface PopupView {
  lang: string;
  state: string;
  level: string | null;
  via: string | null;
  badge: string | null;
  badgeColor: string | null;
  summary: string | null;
  subject: string | null;
  items: { checkId: string; severity: string; title: string; detail: string; advice: string | null; evidence: { kind: string; label: string; value: string; mark: string | null }[] }[];
  skipped: string[];
  safeNote: string | null;
  /** The "Links in this mail" section (null when the popup has none). */
  links: PopupLinks | null;
  /** `<script>` elements of the production page (the test-only network observer not counted). */
  scripts: number;
  innerText: string;
}

/** The popup's "Links in this mail" section as the driver read it back. */
export interface PopupLinks {
  /** Open when the popup came up; `total` from the section's data-total. */
  open: boolean;
  total: number;
  summary: string | null;
  suspectCount: string | null;
  more: string | null;
  note: string | null;
  /** `<a>` elements inside the section (none: nothing there is a link). */
  anchors: number;
  rows: {
    suspect: boolean;
    /** The marker's text, and its tooltip (the titles of the findings that point at the link). */
    flag: string | null;
    flagTitle: string | null;
    /** data-seen (text, image, form, file, empty, plain) and the shown text or label. */
    seen: string;
    seenText: string | null;
    /** The destination host and its `<mark>`ed registrable domain. */
    host: string | null;
    mark: string | null;
    via: { host: string; mark: string | null }[];
    note: string | null;
    /** The target line (clipped) and its tooltip (the whole link). */
    target: string | null;
    targetTitle: string | null;
  }[];
}

/** What test/e2e/netwatch.js saw in one extension context. */
export interface NetReport {
  where: string;
  /** fetch / XMLHttpRequest / WebSocket / EventSource / sendBeacon calls made by the extension. */
  calls: { api: string; url: string; where: string; stack: string }[];
  /** CSP violations in the page (blocked loads and requests). */
  violations: { directive: string; blocked: string; where: string }[];
  /** Resource-timing entries: everything the page loaded. */
  resources: { url: string; type: string }[];
}

/** The hostile-input probe (FixtureSpec.probe) of one message. */
export interface ProbeResult {
  popup: {
    /** `window.__pwned` in the popup and whether the property exists at all. */
    pwned: string;
    hasPwned: boolean;
    textContent: string;
    /** Tag name → count, whole popup document. */
    tags: Record<string, number>;
    /** Tag names used inside #app (the rendered, message-derived part). */
    appTags: string[];
    /** Attribute names used inside #app. */
    appAttrs: string[];
    /** Every `on*` attribute in the document (`tag[attr]`). */
    handlers: string[];
  } | null;
  message: {
    /** `window.__pwned` as the message document's own scripts would see it (wrappedJSObject). */
    pwned: string;
    /** ... and in the content-script sandbox. */
    pwnedSandbox: string;
    /** Every element with id or class ayashii-banner, in document order; `borderLeft` is its computed border-left-width. */
    banners: { id: string; level: string | null; text: string; top: boolean; borderLeft: string; tags: string[]; attrs: string[] }[];
    /** Every `on*` attribute inside the banner that is body's first child. */
    handlers: string[];
  } | null;
  /** The popup's observer right after checks done and a canary fetch to the test server and to a blocked host. */
  popupCanary: NetReport | null;
}

export interface FixtureResult {
  fixture: string;
  displayed: { id: number; subject: string; external: boolean }[] | null;
  badge: string | null;
  title?: string;
  banner: { level: string; text: string; top: boolean } | 'none' | null;
  popupOpened: boolean;
  popup: PopupView | null;
  popupOpenAtScreenshot?: boolean;
  /** The popup was still open after the links-section screenshot (FixtureSpec.linkListScreenshot). */
  linkListOpenAtScreenshot?: boolean;
  ms: number;
  /** Network observer report of this message's popup, read before the popup closed. */
  popupNet?: NetReport | null;
  probe?: ProbeResult;
  links?: LinkView[];
  /** The real context menu (FixtureSpec.rightClick). */
  rightClick?: {
    /** The link right-clicked (its href) and where on the screen. */
    href: string | null;
    at: { x: number; y: number } | null;
    /** menus.onShown as the driver saw it: our item among the shown ones, the tab type. */
    shown: { menuIds: (string | number)[]; contexts: string[]; tabType: string | null } | null;
    /** menus.onClicked as the driver saw it. */
    clicked: { menuItemId: string | number; linkUrl: string | null; pageUrl: string | null; tabType: string | null } | null;
    /** The window the extension's own onClicked opened (its link and query, and what it showed), and its type. */
    window: (Omit<LinkView, 'tabId' | 'window'> & { url: string }) | null;
    windowType: string | null;
    error?: string;
  };
  getFullRaw?: unknown;
  getFull?: unknown;
}

export interface RunResult {
  outcome: 'done' | 'timeout' | 'exited';
  info: {
    uiLanguage: string;
    actionLabel: string;
    manifestVersion: number;
    /** The menu item's title in the UI language (the extension's own message). */
    menuTitle: string;
    /** What the extension passed to menus.create (test/e2e/menuwatch.js); whether a create under its id is refused as a duplicate (`exists`) and, as a control, whether one under a made-up id is (`otherRefused`). */
    menu: { watched: boolean; created: { props: Record<string, unknown>; lastError: string | null }[]; exists: boolean; otherRefused: boolean; error?: string };
  } | null;
  options: { stored: Record<string, unknown> | null; status: string | null; statusKind: string | null; bannerRegistered?: boolean; net?: NetReport | null } | null;
  /** Network observer of the background page: `analysis` after every message, `canary` after a canary fetch. */
  net: { analysis: NetReport; canary: NetReport } | null;
  /** Every request the test server received (method and path), in order. */
  requests: string[];
  results: FixtureResult[];
  errors: { error: string; stack?: string }[];
  screenshots: string[];
  profile: string;
  log: string;
  /** Spawn → the driver's first report, and the time spent taking screenshots. */
  startupMs: number;
  shotMs: number;
  ms: number;
}

/** The part of the screen a screenshot keeps: Thunderbird's main window (1152 px wide at 0,0). */
const SHOT_CROP = '1152x780+0+0';

/** Processes started by this module, so afterAll can make sure none survives. */
const live = new Set<ChildProcess>();

export function killAll(): void {
  for (const p of live) killGroup(p);
  live.clear();
}

function killGroup(p: ChildProcess): void {
  if (p.pid === undefined || p.exitCode !== null || p.signalCode !== null) return;
  try {
    process.kill(-p.pid, 'SIGKILL'); // the whole group: /usr/bin/thunderbird is a wrapper script
  } catch {
    try {
      p.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

function which(cmd: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

/** The Thunderbird executable: $AYASHII_THUNDERBIRD, else `thunderbird` on PATH. */
export function findThunderbird(): string | null {
  const env = process.env['AYASHII_THUNDERBIRD'];
  if (env) return existsSync(env) ? env : null;
  return which('thunderbird');
}

export function missingTools(screenshots: boolean): string[] {
  return (screenshots ? ['Xvfb', 'import', 'xdotool'] : []).filter((t) => !which(t));
}

/** The xpi the build produced (dist/ayashii-thunderbird-<version>.xpi). */
export function builtXpi(): string {
  const version = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8')).version as string;
  return join(PKG, 'dist', `ayashii-thunderbird-${version}.xpi`);
}

/**
 * The test xpi: the built xpi's files unchanged, plus the driver, its config, and a manifest that
 * lists the driver and lets extension pages reach the test server (connect-src 127.0.0.1 only).
 */
function stageXpi(stage: string, port: number, cfg: object): { id: string; xpi: string } {
  const files = readZip(readFileSync(builtXpi()));
  for (const [name, data] of files) {
    mkdirSync(dirname(join(stage, name)), { recursive: true });
    writeFileSync(join(stage, name), data);
  }
  const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
  // The network observer runs first in every extension context; the driver runs last.
  manifest.background.scripts.unshift('e2e-netwatch.js', 'e2e-menuwatch.js');
  manifest.background.scripts.push('e2e-driver.js');
  for (const page of ['popup.html', 'options.html', 'link.html']) {
    const html = files.get(page)!.toString('utf8');
    if (!html.includes('<script')) throw new Error(`${page}: no <script> to put the network observer before`);
    writeFileSync(join(stage, page), html.replace('<script', '<script src="e2e-netwatch.js"></script>\n  <script'));
  }
  manifest.content_security_policy.extension_pages = manifest.content_security_policy.extension_pages.replace(
    "default-src 'none';",
    `default-src 'none'; connect-src 'self' http://127.0.0.1:${port};`,
  );
  writeFileSync(join(stage, 'manifest.json'), JSON.stringify(manifest, null, 2));
  copyFileSync(join(HERE, 'driver.js'), join(stage, 'e2e-driver.js'));
  copyFileSync(join(HERE, 'netwatch.js'), join(stage, 'e2e-netwatch.js'));
  copyFileSync(join(HERE, 'menuwatch.js'), join(stage, 'e2e-menuwatch.js'));
  writeFileSync(join(stage, 'test-config.json'), JSON.stringify({ port, ...cfg }));
  const id = manifest.browser_specific_settings.gecko.id as string;
  return { id, xpi: join(stage, '..', `${id}.xpi`) };
}

async function startXvfb(): Promise<{ display: string; proc: ChildProcess }> {
  // -displayfd: Xvfb picks a free display number and writes it to fd 3.
  // The screen is tall on purpose: without a window manager, Thunderbird closes a popup at once
  // when it is taller than roughly a third of the screen (seen: 300 px dies on 1280×800, 590 px
  // dies on 1280×1200, lives on 1280×1600). Screenshots are cropped to SHOT_CROP.
  const proc = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1600x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    detached: true,
  });
  live.add(proc);
  const fd3 = proc.stdio[3] as NodeJS.ReadableStream;
  const n = await new Promise<string>((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 5 s')), 5000);
    fd3.on('data', (c: Buffer) => {
      buf += c.toString();
      if (buf.includes('\n')) {
        clearTimeout(timer);
        resolve(buf.trim());
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code})`));
    });
  });
  return { display: `:${n}`, proc };
}

export async function runThunderbird(opts: RunOptions): Promise<RunResult> {
  const t0 = Date.now();
  const tb = findThunderbird();
  if (!tb) throw new Error('thunderbird not found');
  const results: FixtureResult[] = [];
  const errors: RunResult['errors'] = [];
  const screenshots: string[] = [];
  let info: RunResult['info'] = null;
  let options: RunResult['options'] = null;
  let net: RunResult['net'] = null;
  const requests: string[] = [];
  let display: string | null = null;
  let startupMs = -1;
  let shotMs = 0;
  let finish!: (o: 'done') => void;
  const finished = new Promise<'done'>((r) => (finish = r));
  const byName = new Map(opts.fixtures.map((f) => [f.name, f.path]));

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', 'content-type');
      if (req.method === 'OPTIONS') return void res.end();
      const url = req.url ?? '';
      requests.push(`${req.method} ${url}`);
      if (req.method === 'GET' && url.startsWith('/fixture/')) {
        const p = byName.get(decodeURIComponent(url.slice('/fixture/'.length)));
        if (!p) return void res.writeHead(404).end();
        return void res.end(readFileSync(p));
      }
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
      if (url === '/info') {
        info = body;
        startupMs = Date.now() - t0;
      }
      else if (url === '/options') options = body;
      else if (url === '/net') net = body;
      else if (url === '/result') results.push(body);
      else if (url === '/error') errors.push(body);
      else if (url === '/xdotool' && display) {
        // Only a mouse move, a button click and a few keys: the driver cannot ask for anything else.
        const a = Array.isArray(body?.args) ? body.args.map(String) : [];
        const ok =
          (a.length === 4 && a[0] === 'mousemove' && /^\d{1,4}$/.test(a[1]) && /^\d{1,4}$/.test(a[2]) && a[3] === 'sync') ||
          (a.length === 2 && a[0] === 'click' && /^[13]$/.test(a[1])) ||
          (a.length === 2 && a[0] === 'key' && ['Up', 'Return', 'Escape'].includes(a[1]));
        try {
          if (!ok) throw new Error(`refused: ${a.join(' ')}`);
          const args = a[0] === 'mousemove' ? ['mousemove', '--sync', a[1], a[2]] : a;
          execFileSync('xdotool', args, { timeout: 5000, env: { ...process.env, DISPLAY: display } });
          res.end('ok');
        } catch (e) {
          errors.push({ error: `xdotool failed: ${String(e)}` });
          res.end('fail');
        }
        return;
      }
      else if (url === '/screenshot' && display && opts.screenshotDir) {
        const file = join(opts.screenshotDir, `${basename(String(body.name))}.png`);
        // A window of its own (the link window) is cropped to its own geometry.
        const crop = typeof body.crop === 'string' && /^\d{1,4}x\d{1,4}\+\d{1,4}\+\d{1,4}$/.test(body.crop) ? body.crop : SHOT_CROP;
        setTimeout(() => {
          const s0 = Date.now();
          try {
            execFileSync('import', ['-display', display!, '-window', 'root', '-crop', crop, '+repage', file], { timeout: 10_000 });
            screenshots.push(file);
            shotMs += Date.now() - s0;
          } catch (e) {
            errors.push({ error: `screenshot failed: ${String(e)}` });
          }
          res.end('ok');
        }, 350);
        return;
      }
      res.end('ok');
      if (url === '/done') finish('done');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;

  const profile = mkdtempSync(join(tmpdir(), 'ayashii-tb-'));
  const home = join(profile, 'home');
  for (const d of ['extensions', 'tmp', 'home', 'stage', join('Mail', 'Local Folders')]) mkdirSync(join(profile, d), { recursive: true });
  writeFileSync(
    join(profile, 'user.js'),
    readFileSync(join(HERE, 'user.js'), 'utf8') + `user_pref("intl.locale.requested", ${JSON.stringify(opts.uiLocale)});\n`,
  );
  const { id, xpi } = stageXpi(join(profile, 'stage'), port, {
    fixtures: opts.fixtures.map((f) => ({
      name: f.name,
      expectBanner: !!f.expectBanner,
      probe: !!f.probe,
      screenshot: opts.screenshotDir ? f.screenshot : undefined,
      linksScreenshot: opts.screenshotDir ? f.linksScreenshot : undefined,
      linkListScreenshot: opts.screenshotDir ? f.linkListScreenshot : undefined,
      links: (f.links ?? []).map((l) => ({ url: l.url, noTab: !!l.noTab, screenshot: opts.screenshotDir ? l.screenshot : undefined })),
      rightClick: opts.screenshotDir && f.rightClick ? { screenshot: f.rightClick.screenshot } : undefined,
    })),
    menuId: MENU_ID,
    linkWindow: LINK_WINDOW,
    autoCheck: !!opts.autoCheck,
    options: opts.autoCheck || opts.fields ? { autoCheck: !!opts.autoCheck, fields: opts.fields } : null,
    captureGetFull: !!opts.captureGetFull,
  });
  zipDirectory(join(profile, 'stage'), xpi);
  copyFileSync(xpi, join(profile, 'extensions', `${id}.xpi`)); // the name MUST be <gecko id>.xpi

  let xvfb: ChildProcess | null = null;
  if (opts.screenshotDir) {
    mkdirSync(opts.screenshotDir, { recursive: true });
    const x = await startXvfb();
    xvfb = x.proc;
    display = x.display;
  }
  const log = join(profile, 'tb.log');
  const out = openSync(log, 'w');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    TMPDIR: join(profile, 'tmp'),
    MOZ_CRASHREPORTER_DISABLE: '1',
    MOZ_DISABLE_AUTO_SAFE_MODE: '1',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
  };
  if (display) env['DISPLAY'] = display;
  else delete env['DISPLAY'];
  const proc = spawn(tb, [...(display ? [] : ['--headless']), '--profile', profile, '--no-remote'], {
    env,
    stdio: ['ignore', out, out],
    detached: true,
  });
  live.add(proc);
  const exited = new Promise<'exited'>((r) => proc.on('exit', () => r('exited')));
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    finished,
    exited,
    new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), opts.timeoutMs ?? 45_000))),
  ]);
  clearTimeout(timer);
  killGroup(proc);
  live.delete(proc);
  if (xvfb) {
    killGroup(xvfb);
    live.delete(xvfb);
  }
  closeSync(out);
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  if (outcome === 'done' && errors.length === 0 && !process.env['AYASHII_KEEP_PROFILE']) rmSync(profile, { recursive: true, force: true });
  return { outcome, info, options, net, requests, results, errors, screenshots, profile, log, startupMs, shotMs, ms: Date.now() - t0 };
}
