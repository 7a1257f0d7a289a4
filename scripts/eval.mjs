#!/usr/bin/env node
// pnpm eval [--corpus DIR] [--json] [--top N] [--show LEVEL:FOLDER] [--headers-only]
// --headers-only: the message body and attachments are withheld (header checks alone, as for pasted headers).
// For each folder of the shared corpus present: how many messages reach each level, and the most
// frequent finding ids. Reads ../shared/corpus by default; skips cleanly when it is absent.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const corpus = resolve(opt('--corpus', process.env.AYASHII_CORPUS ?? join(root, '../shared/corpus')));
const top = Number(opt('--top', '8'));
const show = opt('--show', null); // e.g. suspicious:ham  → list files at >= level in folders matching
const asJson = args.includes('--json');
const headersOnly = args.includes('--headers-only');

if (!existsSync(corpus)) {
  console.log(`eval: no corpus at ${corpus}; skipped.`);
  process.exit(0);
}
const distNode = join(root, 'packages/core/dist/node.js');
if (!existsSync(distNode)) {
  console.error('eval: build first (pnpm build)');
  process.exit(2);
}
const { fromRawMessage, analyze } = (await import(distNode)).core;

const LEVELS = ['safe', 'caution', 'suspicious', 'dangerous'];
const GROUPS = [
  'phish-dev',
  'ja/phish-list-archives',
  'ham/spamassassin-easy_ham',
  'ham/spamassassin-hard_ham',
  'ham/list-usrp-users',
  'ham/list-jailhouse-dev',
  'ham/list-linux-man',
  'ham/newsletters-unspy',
  'ham/modern-fixtures',
  'ja/autoreply-list-archives',
  'ja/bounce-sisimai',
  'ja/fixtures-jpmobile',
  'ja/fixtures-mail-gem',
  'ja/fixtures-milter-manager',
  'ja/fixtures-stalwart-mail-parser',
  'bounce/sisimai',
  'spoof/espoofer',
];

function files(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (e.name.endsWith('.eml')) out.push(p);
  }
  return out.sort();
}

const results = [];
// phish-dev's collector forwarded some mails from his own mailbox, and the corpus anonymised that
// address to `phishing@pot`: such a From says nothing about the phishing mail (and, having no
// top-level domain, trips header-anomaly/invalid-sender-domain). Reported separately, for honesty.
const ANONYMISED_FROM = /^(?:.*<)?(?:phishing|phish)@pot>?\s*$/i;
const anonymised = { n: 0, caught: 0 };
const t0 = performance.now();
let total = 0;
for (const g of GROUPS) {
  const dir = join(corpus, g);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
  const counts = Object.fromEntries(LEVELS.map((l) => [l, 0]));
  const ids = new Map();
  let errors = 0;
  const listed = [];
  const fs = files(dir);
  for (const f of fs) {
    total++;
    let v;
    let input;
    try {
      const m = fromRawMessage(new Uint8Array(readFileSync(f)));
      input = headersOnly
        ? { source: m.source, headers: m.headers, headerSyntax: m.headerSyntax, unavailable: [{ what: 'body', reason: 'eval --headers-only' }, { what: 'attachments', reason: 'eval --headers-only' }] }
        : m;
      v = analyze(input);
    } catch (e) {
      errors++;
      continue;
    }
    counts[v.level]++;
    if (g === 'phish-dev' && ANONYMISED_FROM.test(input.headers.find((h) => h.name === 'from')?.value ?? '')) {
      anonymised.n++;
      if (v.level === 'suspicious' || v.level === 'dangerous') anonymised.caught++;
    }
    for (const id of new Set(v.findings.map((x) => x.checkId))) ids.set(id, (ids.get(id) ?? 0) + 1);
    if (show) {
      const [lvl, folder] = show.split(':');
      if (g.includes(folder ?? '') && LEVELS.indexOf(v.level) >= LEVELS.indexOf(lvl)) {
        listed.push(`${relative(corpus, f)}  ${v.level} ${v.score}  ${v.findings.map((x) => `${x.checkId}(${x.weight})`).join(' ')}`);
      }
    }
  }
  const n = fs.length;
  const atLeast = (lvl) => LEVELS.slice(LEVELS.indexOf(lvl)).reduce((s, l) => s + counts[l], 0);
  results.push({
    folder: g,
    messages: n,
    errors,
    counts,
    suspiciousOrAbove: atLeast('suspicious'),
    suspiciousOrAbovePct: n ? (100 * atLeast('suspicious')) / n : 0,
    topFindings: [...ids].sort((a, b) => b[1] - a[1]).slice(0, top),
  });
  if (listed.length) console.log(listed.join('\n'));
}
const ms = performance.now() - t0;

function pct(x) {
  return `${x.toFixed(1)}%`;
}
if (asJson) {
  console.log(JSON.stringify({ corpus, ms, results, phishDevAnonymisedFrom: anonymised }, null, 2));
} else {
  console.log(`ayashii eval${headersOnly ? ' (header checks only)' : ''} — corpus ${corpus} — ${total} messages in ${(ms / 1000).toFixed(1)} s\n`);
  console.log('folder'.padEnd(34) + 'n'.padStart(6) + LEVELS.map((l) => l.padStart(11)).join('') + '  ≥suspicious'.padStart(13) + '  errors');
  for (const r of results) {
    console.log(
      r.folder.padEnd(34) + String(r.messages).padStart(6) + LEVELS.map((l) => String(r.counts[l]).padStart(11)).join('') +
        pct(r.suspiciousOrAbovePct).padStart(13) + String(r.errors).padStart(8),
    );
  }
  const ham = results.filter((r) => r.folder.startsWith('ham/'));
  const hamN = ham.reduce((s, r) => s + r.messages, 0);
  const hamS = ham.reduce((s, r) => s + r.suspiciousOrAbove, 0);
  if (hamN) console.log(`\nham total: ${hamS}/${hamN} at ≥ suspicious (${pct((100 * hamS) / hamN)}); bar ≤ 1%`);
  for (const name of ['phish-dev', 'ja/phish-list-archives']) {
    const r = results.find((x) => x.folder === name);
    if (r) console.log(`${name}: ${r.suspiciousOrAbove}/${r.messages} at ≥ suspicious (${pct(r.suspiciousOrAbovePct)})`);
    if (r && name === 'phish-dev' && anonymised.n) {
      const n = r.messages - anonymised.n;
      const c = r.suspiciousOrAbove - anonymised.caught;
      console.log(`  without the ${anonymised.n} forwards whose From was anonymised to phishing@pot: ${c}/${n} (${pct((100 * c) / n)})`);
    }
  }
  console.log('\nmost frequent findings per folder:');
  for (const r of results) console.log(`  ${r.folder}: ${r.topFindings.map(([id, c]) => `${id}×${c}`).join(', ')}`);
}
