// Builds the `ayashii` CLI: self-contained files with the core bundled in from source, runnable
// with plain `node`: dist/ayashii.mjs (the command), dist/ayashii-worker.cjs (the worker_threads
// entry) and dist/ayashii-analysis.cjs (the analysis: the core and the per-message loop, alone, so
// that a worker starts faster than with the whole command), which the workers and --jobs 1 load
// with V8's code cache: dist/ayashii-analysis.ib<budget>.v8cache, one for each --interrupt-budget
// the command sets (src/tier.json), made by running the analysis over the core's test messages
// (see src/pool/load.ts). Without the test messages (or when that fails) there is no cache, and
// the CLI works the same, only starts slower.
// The HTML report's browser script is bundled first and embedded as a string, so that the CLI can
// hash it for the report's Content-Security-Policy.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const here = dirname(fileURLToPath(import.meta.url));
const core = join(here, '../core/src');
const fixtures = join(here, '../core/test/fixtures/eml');
const dist = join(here, 'dist');
const quiet = Boolean(process.env.AYASHII_BUILD_QUIET);

// `node build.mjs --code-cache <budget> <file>`: the child process that makes one code cache, under
// the same V8 flags as the command (see cacheFor below).
if (process.argv[2] === '--code-cache') {
  setFlagsFromString(`--interrupt-budget=${Number(process.argv[3])}`);
  const { makeCodeCache } = createRequire(import.meta.url)(join(dist, 'ayashii-worker.cjs'));
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.eml')) files.push(join(d, e.name));
    }
  };
  walk(fixtures);
  if (files.length === 0) throw new Error(`no test messages in ${fixtures}`);
  const mbox = Buffer.concat(files.slice(0, 8).map((f) => Buffer.concat([Buffer.from('From a@example.com Mon Nov 23 09:00:00 2026\n'), readFileSync(f), Buffer.from('\n')])));
  const data = makeCodeCache(dist, ({ runTask, parseConfig }) => {
    for (const c of [{ organizationDomains: ['example.com'], disable: ['sender-authentication/dmarc-fail'] }, { organizationDomains: ['x'], disable: ['no/such-check'], weights: 1, extra: true }]) parseConfig(c);
    for (const cfg of [
      { options: {}, lang: 'ja', detail: false, maxMessageBytes: 64 << 20 },
      { options: {}, lang: 'en', detail: false, maxMessageBytes: 64 << 20 },
      { options: {}, lang: 'ja', detail: true, maxMessageBytes: 64 << 20 },
    ]) {
      for (const path of files) runTask({ path }, cfg);
      runTask({ bytes: mbox, whole: true }, cfg);
    }
  });
  if (!data) throw new Error('the analysis bundle has no id');
  writeFileSync(process.argv[4], data);
  process.exit(0);
}

const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const tiers = JSON.parse(readFileSync(join(here, 'src/tier.json'), 'utf8'));

const client = await build({
  entryPoints: [join(here, 'src/report/client.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
const clientJs = client.outputFiles[0].text.trim();

/** Options every Node bundle shares; the core is bundled in from source. */
const NODE_BUNDLE = {
  bundle: true,
  write: false,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  alias: {
    '@ayashii/core/node': join(core, 'node/index.ts'),
    '@ayashii/core': join(core, 'index.ts'),
  },
};

const out = await build({
  ...NODE_BUNDLE,
  entryPoints: [join(here, 'src/main.ts')],
  format: 'esm',
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __ayashiiCreateRequire } from 'node:module';\nconst require = __ayashiiCreateRequire(import.meta.url);",
  },
  define: {
    __AYASHII_VERSION__: JSON.stringify(pkg.version),
    __AYASHII_REPORT_CLIENT__: JSON.stringify(clientJs),
  },
});

const worker = await build({ ...NODE_BUNDLE, entryPoints: [join(here, 'src/worker.ts')], format: 'cjs' });

const analysis = await build({ ...NODE_BUNDLE, entryPoints: [join(here, 'src/analysis.ts')], format: 'cjs' });
// The first line identifies the bundle, for its code cache (src/pool/load.ts).
const analysisJs = analysis.outputFiles[0].text;
const analysisId = createHash('sha256').update(analysisJs).digest('hex').slice(0, 32);

// Write atomically: tests may build concurrently, and a half-written file must never be run. The
// analysis and the worker go first: a fresh dist/ayashii.mjs always finds them at least as new as
// itself. A code cache made from another build is never used (it names the bundle it was made from).
mkdirSync(dist, { recursive: true });
const written = {};
function put(name, contents, mode) {
  const file = join(dist, name);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  if (mode) chmodSync(tmp, mode);
  renameSync(tmp, file);
  written[name] = contents.length;
}
put('ayashii-analysis.cjs', `// ayashii-analysis ${analysisId}\n${analysisJs}`, 0o644);
put('ayashii-worker.cjs', worker.outputFiles[0].contents, 0o644);
rmSync(join(dist, 'ayashii-worker.mjs'), { force: true }); // the worker entry of older builds
await codeCaches();
put('ayashii.mjs', out.outputFiles[0].contents, 0o755);

/** One cache per budget, each made by a child process (V8 flags are per process); in parallel. */
async function codeCaches() {
  const budgets = [...new Set(Object.values(tiers))];
  const names = new Set(budgets.map((b) => `ayashii-analysis.ib${b}.v8cache`));
  for (const f of readdirSync(dist)) if (f.endsWith('.v8cache') && !names.has(f)) rmSync(join(dist, f), { force: true });
  if (!existsSync(fixtures)) {
    if (!quiet) console.log(`cli: no code cache (no test messages in ${fixtures})`);
    return;
  }
  await Promise.all(budgets.map((b) => cacheFor(b)));
}

function cacheFor(budget) {
  const name = `ayashii-analysis.ib${budget}.v8cache`;
  const file = join(dist, name);
  const tmp = `${file}.${process.pid}.tmp`;
  // No NODE_OPTIONS: V8 refuses a cache made under other flags than its own.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--code-cache', String(budget), tmp], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      if (code === 0) {
        renameSync(tmp, file);
        written[name] = readFileSync(file).length;
      } else {
        rmSync(tmp, { force: true });
        rmSync(file, { force: true });
        console.warn(`cli: no code cache ${name} (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' / ')}`);
      }
      resolve();
    });
  });
}

const kib = (name) => Math.round(written[name] / 1024);
if (!quiet) {
  const caches = Object.keys(written).filter((n) => n.endsWith('.v8cache'));
  console.log(
    `cli: built dist/ayashii.mjs (${kib('ayashii.mjs')} KiB, report script ${Math.round(clientJs.length / 1024)} KiB), dist/ayashii-worker.cjs (${kib('ayashii-worker.cjs')} KiB), dist/ayashii-analysis.cjs (${kib('ayashii-analysis.cjs')} KiB) and ${caches.length} code caches (${caches.map(kib).join(', ')} KiB)`,
  );
}
