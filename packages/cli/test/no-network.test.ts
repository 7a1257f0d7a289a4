/**
 * The CLI makes zero network requests while scanning: the built CLI runs with a preload that
 * refuses and records every net/tls/dns/http(s)/fetch call, in the main thread and the workers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'packages/cli/dist/ayashii.mjs');
const PRELOAD = fileURLToPath(new URL('./support/deny-network.mjs', import.meta.url));

describe('no network', () => {
  it('scanning the example mailbox with 2 workers makes no request (and the trap works)', () => {
    expect(existsSync(CLI), 'build the CLI first (pnpm build)').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'ayashii-net-'));
    const log = join(dir, 'net.log');
    const env = { ...process.env, AYASHII_NET_LOG: log };
    const r = spawnSync(process.execPath, [`--import=${PRELOAD}`, CLI, 'scan', join(ROOT, 'examples/mailbox'), '--jobs', '2', '--format', 'html', '-o', join(dir, 'r.html')], { env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(log), 'the preload ran').toBe(true);
    const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    expect(lines.filter((l) => l === '# trapped worker').length, 'the workers were trapped too').toBeGreaterThanOrEqual(1);
    expect(lines.filter((l) => !l.startsWith('#'))).toEqual([]);
    // The trap itself: a worker that does try to connect is recorded.
    const probe = spawnSync(
      process.execPath,
      [`--import=${PRELOAD}`, '--input-type=module', '-e', "import { Worker } from 'node:worker_threads'; new Worker(\"import('node:dns').then((d) => d.default.lookup('example.com', () => {}))\", { eval: true }).on('error', () => process.exit(3));"],
      { env, encoding: 'utf8', timeout: 20_000 },
    );
    expect(probe.status, probe.stderr).not.toBe(0);
    expect(readFileSync(log, 'utf8')).toContain('dns.lookup');
  });
});
