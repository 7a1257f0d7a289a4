// Builds the `ayashii` CLI: self-contained ESM files with the core bundled in from source, runnable
// with plain `node`: dist/ayashii.mjs (the command) and dist/ayashii-worker.mjs (the worker_threads
// entry: the analysis loop alone, which starts faster than the whole command).
// The HTML report's browser script is bundled first and embedded as a string, so that the CLI can
// hash it for the report's Content-Security-Policy.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const core = join(here, '../core/src');
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));

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

const out = await build({
  entryPoints: { ayashii: join(here, 'src/main.ts'), 'ayashii-worker': join(here, 'src/worker.ts') },
  bundle: true,
  write: false,
  outdir: join(here, 'dist'),
  outExtension: { '.js': '.mjs' },
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  alias: {
    '@ayashii/core/node': join(core, 'node/index.ts'),
    '@ayashii/core': join(core, 'index.ts'),
  },
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __ayashiiCreateRequire } from 'node:module';\nconst require = __ayashiiCreateRequire(import.meta.url);",
  },
  define: {
    __AYASHII_VERSION__: JSON.stringify(pkg.version),
    __AYASHII_REPORT_CLIENT__: JSON.stringify(clientJs),
  },
  metafile: true,
});

// Write atomically: tests may build concurrently, and a half-written file must never be run. The
// worker goes first: a fresh dist/ayashii.mjs always finds a worker at least as new as itself.
mkdirSync(join(here, 'dist'), { recursive: true });
const written = {};
for (const name of ['ayashii-worker.mjs', 'ayashii.mjs']) {
  const output = out.outputFiles.find((f) => f.path.endsWith(`/${name}`));
  if (!output) throw new Error(`build: no output ${name}`);
  const file = join(here, 'dist', name);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, output.contents);
  chmodSync(tmp, 0o755);
  renameSync(tmp, file);
  written[name] = output.contents.length;
}
const kb = Math.round(written['ayashii.mjs'] / 1024);
if (!process.env.AYASHII_BUILD_QUIET) console.log(`cli: built dist/ayashii.mjs (${kb} KiB, report script ${Math.round(clientJs.length / 1024)} KiB) and dist/ayashii-worker.mjs (${Math.round(written['ayashii-worker.mjs'] / 1024)} KiB)`);
