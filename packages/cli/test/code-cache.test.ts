/**
 * The analysis bundle's V8 code cache (src/pool/load.ts): used when it matches the bundle and the
 * V8 flags, and otherwise (missing, stale, damaged, made under other flags) ignored, with the same
 * results; a damaged file is never handed to V8.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_DIR, baseEnv, ensureBuilt, ham, jsonl, mbox, phish, tempDir, write } from './helpers.js';

const DIST = join(CLI_DIR, 'dist');
const TIERS = JSON.parse(readFileSync(join(CLI_DIR, 'src/tier.json'), 'utf8')) as Record<string, number>;
const BUDGETS = [...new Set(Object.values(TIERS))];
const cacheName = (budget: number): string => `ayashii-analysis.ib${budget}.v8cache`;

let dir: string;
let messages: string;

/** A copy of dist/ to spoil. */
function distCopy(): string {
  const d = tempDir('ayashii-dist-');
  for (const f of readdirSync(DIST)) if (!f.endsWith('.tmp')) copyFileSync(join(DIST, f), join(d, f));
  return d;
}

/**
 * In a process of its own (V8 flags are per process), as main.ts does: sets the budget, loads the
 * analysis from `dist` with the cache `cache`, and analyses `messages`.
 */
function load(dist: string, budget: number, cache: string | null): { cache: string; records: unknown[] } {
  const code = `
    import { setFlagsFromString } from 'node:v8';
    import { createRequire } from 'node:module';
    setFlagsFromString('--interrupt-budget=${budget}');
    const { loadAnalysis } = createRequire(import.meta.url)(${JSON.stringify(join(dist, 'ayashii-worker.cjs'))});
    const a = loadAnalysis(${JSON.stringify(dist)}, ${JSON.stringify(cache)});
    const cfg = { options: {}, lang: 'en', detail: true, maxMessageBytes: 1 << 26 };
    process.stdout.write(JSON.stringify({ cache: a.cache, records: a.runTask({ path: ${JSON.stringify(messages)} }, cfg) }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { env: baseEnv(), encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { cache: string; records: unknown[] };
}

/**
 * As `load`, with the cache data read and checked first by `verifiedCodeCache` (what the main
 * thread hands the workers); `spoilId` hands it over under another bundle id.
 */
function loadVerified(dist: string, budget: number, cache: string, spoilId = false): { cache: string; verified: boolean; records: unknown[] } {
  const code = `
    import { setFlagsFromString } from 'node:v8';
    import { createRequire } from 'node:module';
    setFlagsFromString('--interrupt-budget=${budget}');
    const { loadAnalysis, verifiedCodeCache } = createRequire(import.meta.url)(${JSON.stringify(join(dist, 'ayashii-worker.cjs'))});
    let v = verifiedCodeCache(${JSON.stringify(dist)}, ${JSON.stringify(cache)});
    const verified = v !== null;
    if (v && ${spoilId}) v = { id: v.id.replace(/./, (c) => (c === '0' ? '1' : '0')), data: new Uint8Array(v.data.length) };
    const a = loadAnalysis(${JSON.stringify(dist)}, ${JSON.stringify(cache)}, v);
    const cfg = { options: {}, lang: 'en', detail: true, maxMessageBytes: 1 << 26 };
    process.stdout.write(JSON.stringify({ cache: a.cache, verified, records: a.runTask({ path: ${JSON.stringify(messages)} }, cfg) }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { env: baseEnv(), encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { cache: string; verified: boolean; records: unknown[] };
}

function scan(cli: string, jobs: number): string {
  const r = spawnSync(process.execPath, [cli, 'scan', '--format', 'jsonl', '--jobs', String(jobs), join(dir, 'mail')], { env: baseEnv(), encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stdout;
}

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  messages = write(join(dir, 'box.mbox'), mbox([ham('c1'), phish('c2'), ham('c3')]));
  for (let i = 0; i < 6; i++) write(join(dir, `mail/m${i}.eml`), i % 2 ? phish(`e${i}`) : ham(`e${i}`));
});

describe('code cache', () => {
  it('the build makes one per --interrupt-budget, and V8 takes it under that budget', () => {
    expect(BUDGETS.length).toBeGreaterThanOrEqual(1);
    const expected = load(DIST, BUDGETS[0] as number, null);
    expect(expected.cache).toBe('none');
    expect(expected.records).toHaveLength(3);
    for (const budget of BUDGETS) {
      const used = load(DIST, budget, cacheName(budget));
      expect(used.cache).toBe('used');
      expect(used.records).toEqual(expected.records);
    }
  });

  it('checked once by the main thread and handed to the workers: used, same results; under another id the file is read instead', () => {
    const budget = BUDGETS[0] as number;
    const expected = load(DIST, budget, null).records;
    const handed = loadVerified(DIST, budget, cacheName(budget));
    expect(handed.verified).toBe(true);
    expect(handed.cache).toBe('used');
    expect(handed.records).toEqual(expected);
    const other = loadVerified(DIST, budget, cacheName(budget), true);
    expect(other.cache).toBe('used');
    expect(other.records).toEqual(expected);
    const d = distCopy();
    const file = join(d, cacheName(budget));
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] as number) ^ 0xff;
    writeFileSync(file, bytes);
    const damaged = loadVerified(d, budget, cacheName(budget));
    expect(damaged.verified).toBe(false);
    expect(damaged.cache).toBe('none');
    expect(damaged.records).toEqual(expected);
    rmSync(d, { recursive: true, force: true });
  });

  it('missing, stale, damaged or made under other flags: not used, same results', () => {
    const budget = BUDGETS[0] as number;
    const expected = load(DIST, budget, null).records;
    const d = distCopy();
    const file = join(d, cacheName(budget));
    const good = readFileSync(file);
    const nl = good.indexOf(10);

    // Made under other V8 flags: V8 refuses it.
    const other = BUDGETS.find((b) => b !== budget);
    if (other !== undefined) expect(load(d, budget, cacheName(other))).toEqual({ cache: 'rejected', records: expected });

    const spoilt: [string, Buffer][] = [
      ['data damaged', Buffer.concat([good.subarray(0, nl + 1 + 5000), Buffer.from([good[nl + 1 + 5000]! ^ 0xff]), good.subarray(nl + 1 + 5001)])],
      ['data cut short', good.subarray(0, good.length - 1000)],
      ['from another build of the bundle', Buffer.concat([Buffer.from(`ayashii-v8cache ${'0'.repeat(32)}`), good.subarray(good.indexOf(32, 16))])],
      ['no header', good.subarray(nl + 1)],
      ['empty', Buffer.alloc(0)],
      ['garbage', Buffer.from('ayashii-v8cache x y\n'.padEnd(4096, 'z'))],
    ];
    for (const [why, bytes] of spoilt) {
      writeFileSync(file, bytes);
      expect(load(d, budget, cacheName(budget)), why).toEqual({ cache: 'none', records: expected });
    }
    rmSync(file);
    expect(load(d, budget, cacheName(budget))).toEqual({ cache: 'none', records: expected });
    // The bundle changed without the cache (same length, so V8 itself would not notice).
    writeFileSync(file, good);
    const bundle = join(d, 'ayashii-analysis.cjs');
    const src = readFileSync(bundle, 'latin1');
    writeFileSync(bundle, src.replace(/^\/\/ ayashii-analysis ([0-9a-f])/, (_, c: string) => `// ayashii-analysis ${c === '0' ? '1' : '0'}`), 'latin1');
    expect(load(d, budget, cacheName(budget))).toEqual({ cache: 'none', records: expected });
  });

  it('the CLI scans the same without its caches or with damaged ones, on the main thread and in workers', () => {
    const expected = scan(join(DIST, 'ayashii.mjs'), 1);
    expect(jsonl(expected)).toHaveLength(6);
    expect(scan(join(DIST, 'ayashii.mjs'), 2)).toBe(expected);
    const without = distCopy();
    for (const f of readdirSync(without)) if (f.endsWith('.v8cache')) rmSync(join(without, f));
    const damaged = distCopy();
    for (const f of readdirSync(damaged)) if (f.endsWith('.v8cache')) writeFileSync(join(damaged, f), readFileSync(join(damaged, f)).subarray(0, 20000));
    for (const d of [without, damaged]) {
      expect(scan(join(d, 'ayashii.mjs'), 1)).toBe(expected);
      expect(scan(join(d, 'ayashii.mjs'), 2)).toBe(expected);
    }
  });
});
