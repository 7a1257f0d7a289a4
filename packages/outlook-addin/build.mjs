// Builds the task pane into dist/: taskpane.{html,js,css}, assets/, manifests/ and the unified
// app packages (dist/ayashii-outlook{,.debug}.zip). The core is bundled from source.
//   node build.mjs            production build
//   node build.mjs --watch    rebuild on change (used by `pnpm dev`)
import { build, context } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { staleFiles, loadSource } from './scripts/gen-manifests.mjs';

const PKG = dirname(fileURLToPath(import.meta.url));
const DIST = join(PKG, 'dist');
const CORE = join(PKG, '../core/src/index.ts');
/** Bundle budget for taskpane.js (house style 3.11; MHA uses 1 MB per entry). */
export const BUNDLE_BUDGET_BYTES = 768 * 1024;

export const esbuildOptions = {
  entryPoints: [join(PKG, 'src/taskpane.ts')],
  outfile: join(DIST, 'taskpane.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  // WebView2 / Chromium (Windows, new Outlook, web) and WKWebView (Mac).
  target: ['es2020', 'chrome90', 'safari15'],
  alias: { '@ayashii/core': CORE },
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  charset: 'utf8',
};

export function copyStatic() {
  mkdirSync(DIST, { recursive: true });
  cpSync(join(PKG, 'src/taskpane.html'), join(DIST, 'taskpane.html'));
  cpSync(join(PKG, 'src/taskpane.css'), join(DIST, 'taskpane.css'));
  cpSync(join(PKG, 'src/privacy.html'), join(DIST, 'privacy.html'));
  cpSync(join(PKG, 'src/compat.js'), join(DIST, 'compat.js'));
  cpSync(join(PKG, 'assets'), join(DIST, 'assets'), { recursive: true });
  cpSync(join(PKG, 'manifests'), join(DIST, 'manifests'), { recursive: true });
}

// A stored (uncompressed) zip: enough for the unified app package (manifest + 2 icons).
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, reproducible
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    locals.push(local, n, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function appPackages() {
  const src = loadSource();
  for (const v of Object.values(src.variants)) {
    const files = [
      { name: 'manifest.json', data: readFileSync(join(PKG, 'manifests', `${v.file}.json`)) },
      { name: 'color.png', data: readFileSync(join(PKG, src.icons.color)) },
      { name: 'outline.png', data: readFileSync(join(PKG, src.icons.outline)) },
    ];
    for (const l of Object.keys(src.strings).filter((x) => x !== src.defaultLocale)) {
      const file = `${v.file}.${l.toLowerCase()}.json`;
      files.push({ name: file, data: readFileSync(join(PKG, 'manifests', file)) });
    }
    const name = v.file === 'manifest' ? 'ayashii-outlook.zip' : `ayashii-outlook.${v.file.replace(/^manifest\./, '')}.zip`;
    writeFileSync(join(DIST, name), zip(files));
  }
}

function checkBudget(metafile) {
  const out = metafile.outputs[Object.keys(metafile.outputs).find((k) => k.endsWith('taskpane.js'))];
  if (out.bytes > BUNDLE_BUDGET_BYTES) {
    throw new Error(`taskpane.js is ${out.bytes} bytes, over the ${BUNDLE_BUDGET_BYTES}-byte budget`);
  }
  return out.bytes;
}

export async function buildAll() {
  const stale = staleFiles();
  if (stale.length) throw new Error(`manifests out of date (${stale.join(', ')}): run node scripts/gen-manifests.mjs`);
  rmSync(DIST, { recursive: true, force: true });
  copyStatic();
  const result = await build(esbuildOptions);
  const bytes = checkBudget(result.metafile);
  writeFileSync(join(DIST, 'meta.json'), JSON.stringify(result.metafile));
  appPackages();
  return { bytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--watch')) {
    if (!existsSync(DIST)) mkdirSync(DIST, { recursive: true });
    copyStatic();
    const ctx = await context({
      ...esbuildOptions,
      plugins: [{ name: 'static', setup: (b) => b.onEnd(() => { copyStatic(); console.log('outlook-addin: rebuilt'); }) }],
    });
    await ctx.watch();
    console.log('outlook-addin: watching src/ …');
  } else {
    const { bytes } = await buildAll();
    console.log(`outlook-addin: built dist/ (taskpane.js ${(bytes / 1024).toFixed(0)} KiB, budget ${BUNDLE_BUDGET_BYTES / 1024} KiB)`);
  }
}
