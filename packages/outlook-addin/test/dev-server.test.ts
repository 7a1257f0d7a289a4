/**
 * `pnpm dev`: the HTTPS dev server with office-addin-dev-certs certificates (generated offline into
 * a temporary directory), serving the built pane on 127.0.0.1. The certificate must verify against
 * the generated CA for the name `localhost`, which is what Outlook will check once the CA is trusted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, PKG } from './harness.js';

function get(port: number, path: string, ca: Buffer): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, servername: 'localhost', ca, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), type: String(res.headers['content-type'] ?? '') }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

describe('dev server (HTTPS, office-addin-dev-certs)', () => {
  const certDir = mkdtempSync(join(tmpdir(), 'ayashii-dev-certs-'));
  let child: ChildProcess | undefined;
  let port = 0;
  let log = '';

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/ is missing: run `npx --yes pnpm@10 --filter @ayashii/outlook-addin build` first');
    // --no-build: serve the dist/ the other tests use instead of rebuilding it under them.
    child = spawn(process.execPath, ['scripts/dev-server.mjs', '--port', '0', '--no-build'], {
      cwd: PKG,
      env: { ...process.env, AYASHII_DEV_CERT_DIR: certDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dev server did not start within 30 s:\n${log}`)), 30_000);
      const onData = (d: Buffer) => {
        log += d.toString();
        const m = /listening on 127\.0\.0\.1:(\d+)/.exec(log);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      };
      child?.stdout?.on('data', onData);
      child?.stderr?.on('data', onData);
      child?.on('exit', (code) => reject(new Error(`dev server exited (${code}):\n${log}`)));
    });
  }, 40_000);

  afterAll(() => {
    if (child?.pid && child.exitCode === null) child.kill('SIGTERM');
    rmSync(certDir, { recursive: true, force: true });
  });

  it('generates the CA and localhost certificate offline, without trusting them unasked', () => {
    for (const f of ['ca.crt', 'localhost.crt', 'localhost.key']) expect(existsSync(join(certDir, f))).toBe(true);
    expect(log).toContain('--trust');
  });

  it('serves the task pane over HTTPS with a certificate valid for localhost', async () => {
    const ca = readFileSync(join(certDir, 'ca.crt'));
    const page = await get(port, '/taskpane.html', ca);
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.body).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(page.body).toContain('Content-Security-Policy');
    const js = await get(port, '/taskpane.js', ca);
    expect(js.status).toBe(200);
    expect(js.type).toContain('javascript');
    const manifest = await get(port, '/manifests/manifest.debug.xml', ca);
    expect(manifest.body).toContain('https://localhost:3000/taskpane.html');
  });

  it('serves nothing outside dist/', async () => {
    const ca = readFileSync(join(certDir, 'ca.crt'));
    expect((await get(port, '/../package.json', ca)).status).toBe(404);
    expect((await get(port, '/%2e%2e/package.json', ca)).status).toBe(404);
  });
});
