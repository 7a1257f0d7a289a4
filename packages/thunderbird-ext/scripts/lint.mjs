#!/usr/bin/env node
/**
 * `web-ext lint` on the built extension (dist/extension). Fails on any error, notice or warning
 * except these, which are expected for a Thunderbird-only MailExtension:
 *  - MANIFEST_PERMISSIONS for Thunderbird-only permissions (the linter knows Firefox's list only);
 *  - KEY_FIREFOX[_ANDROID]_UNSUPPORTED_BY_MIN_VERSION for `gecko.data_collection_permissions`:
 *    strict_min_version is Thunderbird's 128, and Mozilla documents that older versions ignore the key.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const source = join(here, 'dist', 'extension');
if (!existsSync(join(source, 'manifest.json'))) {
  console.error('lint: dist/extension is missing; run the build first');
  process.exit(2);
}

const THUNDERBIRD_PERMISSIONS = new Set([
  'accountsFolders', 'accountsIdentities', 'accountsRead', 'addressBooks', 'compose', 'compose.save',
  'compose.send', 'messagesDelete', 'messagesImport', 'messagesModify', 'messagesMove', 'messagesRead',
  'messagesTags', 'messagesTagsList', 'messagesUpdate', 'sensitiveDataUpload',
]);

function allowed(m) {
  if (m.code === 'MANIFEST_PERMISSIONS') {
    const name = /Invalid permissions "([^"]+)"/.exec(m.message ?? '')?.[1];
    return !!name && THUNDERBIRD_PERMISSIONS.has(name);
  }
  if (m.code === 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION' || m.code === 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION') {
    return /data_collection_permissions/.test(m.description ?? '');
  }
  return false;
}

const webExt = join(here, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
if (!existsSync(webExt)) {
  console.error('lint: web-ext is not installed (pnpm install)');
  process.exit(2);
}
const r = spawnSync(process.execPath, [webExt, 'lint', '--source-dir', source, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
} catch {
  console.error('lint: web-ext gave no JSON report\n' + r.stdout + r.stderr);
  process.exit(2);
}
const all = [...report.errors, ...report.warnings, ...report.notices];
const bad = all.filter((m) => m._type === 'error' || !allowed(m));
for (const m of all) {
  const mark = bad.includes(m) ? 'FAIL' : 'ok  ';
  console.log(`${mark} ${m._type} ${m.code} ${m.file ?? ''} ${m.message}${m.description ? ' — ' + m.description : ''}`);
}
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices; ${bad.length} not allowed`);
process.exit(bad.length ? 1 : 0);
