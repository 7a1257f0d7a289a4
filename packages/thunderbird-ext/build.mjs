#!/usr/bin/env node
/**
 * Builds the MailExtension into dist/extension/ (esbuild bundles, static files, manifest with the
 * package version) and packs dist/ayashii-thunderbird-<version>.xpi. Fails over the bundle budget.
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipDirectory } from './scripts/zip.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const out = join(dist, 'extension');
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
/** Per-script budget in bytes (house style 3.11): the core is bundled into each entry. */
const BUDGET = 1_500_000;

rmSync(dist, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  entryPoints: {
    background: join(here, 'src/background.ts'),
    popup: join(here, 'src/popup.ts'),
    link: join(here, 'src/link.ts'),
    options: join(here, 'src/options.ts'),
    banner: join(here, 'src/banner.ts'),
  },
  outdir: out,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['firefox128'],
  charset: 'utf8',
  legalComments: 'inline',
  minify: false,
  metafile: true,
  alias: { '@ayashii/core': join(here, '../core/src/index.ts') },
  logLevel: 'warning',
});

for (const f of ['popup.html', 'popup.css', 'link.html', 'link.css', 'options.html', 'options.css', 'banner.css']) cpSync(join(here, 'src', f), join(out, f));
cpSync(join(here, '_locales'), join(out, '_locales'), { recursive: true });
cpSync(join(here, 'icons'), join(out, 'icons'), { recursive: true });
const manifest = JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8'));
manifest.version = pkg.version;
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

let over = false;
for (const [file, info] of Object.entries(result.metafile.outputs)) {
  const size = info.bytes;
  const flag = size > BUDGET ? '  OVER BUDGET' : '';
  if (size > BUDGET) over = true;
  console.log(`${file.replace(here + '/', '')}  ${(size / 1024).toFixed(1)} KiB${flag}`);
}
if (over) {
  console.error(`bundle budget exceeded (${BUDGET} bytes per script)`);
  process.exit(1);
}

const xpi = join(dist, `ayashii-thunderbird-${pkg.version}.xpi`);
const names = zipDirectory(out, xpi);
console.log(`${xpi.replace(here + '/', '')}  ${names.length} files, ${(statSync(xpi).size / 1024).toFixed(1)} KiB`);
