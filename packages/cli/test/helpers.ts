/**
 * Test helpers: the built CLI (rebuilt when a source file is newer), a runner, and synthetic
 * messages written in code (RFC 2606 names; nothing from the shared corpus).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../core/test/attachment/builders.js';

export const CLI_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = join(CLI_DIR, '../..');
export const CLI = join(CLI_DIR, 'dist/ayashii.mjs');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/ayashii.mjs (its worker and the analysis bundle) unless all are newer than every source file of the CLI and the core. */
export function ensureBuilt(): void {
  let built = 0;
  try {
    built = Math.min(...[CLI, 'dist/ayashii-worker.cjs', 'dist/ayashii-analysis.cjs'].map((f) => statSync(join(CLI_DIR, f)).mtimeMs));
  } catch {
    built = 0;
  }
  const src = Math.max(newest(join(CLI_DIR, 'src')), newest(join(ROOT, 'packages/core/src')), statSync(join(CLI_DIR, 'build.mjs')).mtimeMs);
  if (built > src) return;
  execFileSync(process.execPath, [join(CLI_DIR, 'build.mjs')], { env: { ...process.env, AYASHII_BUILD_QUIET: '1' }, stdio: 'inherit' });
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A clean environment: English, no colour settings, no locale surprises. */
export function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? '/tmp', LANG: 'en_US.UTF-8' };
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function run(args: readonly string[], opts: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: opts.input ?? '',
    env: baseEnv(opts.env),
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Like run, but asynchronous (for tests that run several scans side by side). */
export function runAsync(args: readonly string[], opts: { env?: Record<string, string | undefined>; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [CLI, ...args], { env: baseEnv(opts.env), cwd: opts.cwd ?? ROOT });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.stdin.end();
    p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export function jsonl(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** `ayashii: 12 scanned: 10 messages (safe 6, caution 1, suspicious 1, dangerous 2), 2 errors; …` */
export function summaryOf(stderr: string): { scanned: number; messages: number; errors: number; levels: Record<string, number> } {
  const m = /ayashii: (\d+) scanned: (\d+) messages? \(safe (\d+), caution (\d+), suspicious (\d+), dangerous (\d+)\), (\d+) errors?;/.exec(stderr);
  if (!m) throw new Error(`no summary line in:\n${stderr}`);
  const n = m.slice(1).map(Number) as number[];
  return { scanned: n[0]!, messages: n[1]!, errors: n[6]!, levels: { safe: n[2]!, caution: n[3]!, suspicious: n[4]!, dangerous: n[5]! } };
}

export function tempDir(prefix = 'ayashii-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function write(path: string, content: string | Uint8Array): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const encoded = (s: string): string => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${b64(s)}?=`);

export interface MailSpec {
  readonly fromName?: string;
  readonly from?: string;
  readonly to?: string;
  readonly subject?: string;
  readonly body?: string;
  readonly html?: boolean;
  /** `dmarc=fail` etc. for an Authentication-Results header from mx.kousya.example */
  readonly auth?: string;
  readonly id?: string;
  /** The Date header's value ('' for none); by default Mon, 23 Nov 2026 09:00:00 +0900. */
  readonly date?: string;
}

/** A synthetic message (LF line ends). */
export function mail(spec: MailSpec = {}): string {
  const from = spec.from ?? 'news@example.com';
  const fromName = spec.fromName ?? 'Example News';
  const lines = [
    'Delivered-To: taro@kousya.example',
    ...(spec.auth ? [`Authentication-Results: mx.kousya.example; ${spec.auth}`] : []),
    `From: ${fromName ? `"${encoded(fromName)}" ` : ''}<${from}>`,
    `To: ${spec.to ?? 'taro@kousya.example'}`,
    `Subject: ${encoded(spec.subject ?? 'Hello')}`,
    ...(spec.date === '' ? [] : [`Date: ${spec.date ?? 'Mon, 23 Nov 2026 09:00:00 +0900'}`]),
    `Message-ID: <${spec.id ?? Math.random().toString(36).slice(2)}@example.com>`,
    'MIME-Version: 1.0',
    `Content-Type: ${spec.html ? 'text/html' : 'text/plain'}; charset="UTF-8"`,
    'Content-Transfer-Encoding: 8bit',
    '',
    spec.body ?? 'Hello, this is a test message.',
    '',
  ];
  return lines.join('\n');
}

/** A display-name brand spoof (dangerous with the bundled brands). */
export function phish(id = 'p'): string {
  return mail({
    fromName: 'Amazon.co.jp',
    from: 'account@shipping-notice.example',
    subject: '【Amazon】お支払い方法の確認',
    auth: 'spf=pass smtp.mailfrom=shipping-notice.example; dmarc=pass header.from=shipping-notice.example',
    id,
  });
}

/** A plain, harmless message. */
export function ham(id = 'h'): string {
  return mail({ id, auth: 'spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com' });
}

/** Messages joined as an mboxrd file (body lines starting with "From " quoted). */
export function mbox(messages: readonly string[]): string {
  return messages
    .map((m, i) => `From sender${i}@example.com Mon Nov 23 09:00:0${i % 10} 2026\n${m.replace(/^(>*From )/gm, '>$1')}\n`)
    .join('');
}

/** The rows of an HTML report: every `ayashii-rows` block, in order (output/html.ts ROWS_PER_BLOCK). */
export function reportRows<T = Record<string, unknown>>(html: string): T[] {
  const blocks = [...html.matchAll(/<script type="application\/json" class="ayashii-rows">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  if (blocks.length === 0) throw new Error('no ayashii-rows block in the report');
  return blocks.flatMap((b) => JSON.parse(b) as T[]);
}

/** Seeded whole numbers below `n` (the core's mulberry32), for randomised tests that replay. */
export function seeded(seed: number): (n: number) => number {
  const next = mulberry32(seed);
  return (n) => Math.floor(next() * n);
}

/** `n` seeded random bytes. */
export function randomBytes(seed: number, n: number): Buffer {
  const rnd = seeded(seed);
  return Buffer.from(Array.from({ length: n }, () => rnd(256)));
}

/** A tar header block (512 bytes) with its checksum: type 0 file, 1 hard link, 2 symbolic link, 5 folder, L GNU long name, x pax. */
export function tarHeader(name: string, size: number, type = '0', opts: { link?: string; prefix?: string; gnu?: boolean; base256?: boolean } = {}): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  h.write('0000644\0', 100, 'latin1');
  h.write('0001750\0', 108, 'latin1');
  h.write('0001750\0', 116, 'latin1');
  if (opts.base256) {
    h[124] = 0x80;
    let n = size;
    for (let i = 135; i > 124; i--) {
      h[i] = n % 256;
      n = Math.floor(n / 256);
    }
  } else h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  h.write('14000000000\0', 136, 'latin1');
  h.write(type, 156, 'latin1');
  if (opts.link) h.write(opts.link, 157, 100, 'utf8');
  h.write(opts.gnu ? 'ustar  \0' : 'ustar\x0000', 257, 'latin1');
  if (opts.prefix) h.write(opts.prefix, 345, 155, 'utf8');
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return h;
}

export const tarPad = (b: Buffer): Buffer => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
export const tarFile = (name: string, data: string | Buffer, opts?: Parameters<typeof tarHeader>[3]): Buffer => {
  const d = Buffer.from(data);
  return Buffer.concat([tarHeader(name, d.length, '0', opts), tarPad(d)]);
};

/** A tar archive of files (name, data), with its end blocks. */
export function tarOf(files: readonly (readonly [string, string | Buffer])[]): Buffer {
  return Buffer.concat([...files.map(([n, d]) => tarFile(n, d)), Buffer.alloc(1024)]);
}

/**
 * What the heap holds more after `run` than before it (a full collection before and after: V8's
 * `gc`, exposed just long enough to take it), and what `run` returned.
 */
export function heapHeldBy<T>(run: () => T): { held: number; value: T } {
  setFlagsFromString('--expose-gc');
  let gc: () => void;
  try {
    gc = runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  gc();
  const before = getHeapStatistics().used_heap_size;
  const value = run();
  gc();
  return { held: getHeapStatistics().used_heap_size - before, value };
}
