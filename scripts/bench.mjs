#!/usr/bin/env node
// pnpm bench [CORPUS] [--runs N] [--jobs 1,2] [--cold] [--mbox-gb X [--tar] [--gzip] [--html]] [--keep] [--json]
//
// Throughput of `ayashii scan` on a folder of .eml files (default ../shared/corpus/phish-dev),
// side by side in one run with two baselines over the same files:
//   (a) read:       reading every file, nothing else;
//   (b) mailparser: mailparser's simpleParser alone, lean options (skipHtmlToText, skipTextToHtml,
//                   skipImageLinks, skipTextLinks), one file after the other.
// Every configuration is a child process, timed from spawn to exit (Node start-up included for all),
// peak RSS from /usr/bin/time -v (or the child's own process.resourceUsage() for the baselines when
// /usr/bin/time is missing). Configurations are interleaved and run --runs times (default 3); the
// medians and the ratios scan/mailparser are printed. Targets: --jobs 1 ≥ 1.0×, --jobs 2 ≥ 1.7×.
//
// --cold evicts the corpus files from the page cache before every run (GNU dd's iflag=nocache,
// one dd per file, not timed), as when an archive is scanned that has not just been read: each
// configuration then reads from the disk. Without it the cache is warmed once and every run reads
// from memory.
//
// --mbox-gb X writes a synthetic X GiB mbox (corpus messages repeated, mboxrd-quoted) to the
// temporary folder, scans it once with --jobs 2 and reports the peak RSS (bound: 300 MB); with
// --gzip the mbox is compressed first (gzip -1) and the .gz is scanned, decompressed as it is read;
// with --tar it is packed as the one file of a tar archive first (and with --gzip that archive is
// compressed: a .tar.gz); with --html the output is the HTML report (written to the temporary
// folder) instead of JSONL.
import { spawn, spawnSync } from 'node:child_process';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const cli = join(root, 'packages/cli/dist/ayashii.mjs');
const argv = process.argv.slice(2);

// ------------------------------------------------------------------------------------------------
// Child modes: the baselines run in their own process, like the CLI.
if (argv[0] === '--child') {
  const [, mode, listFile] = argv;
  const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
  let bytes = 0;
  if (mode === 'read') {
    for (const f of files) bytes += readFileSync(f).length;
  } else if (mode === 'mailparser') {
    const { simpleParser } = await import('mailparser');
    const opts = { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true };
    for (const f of files) {
      const b = readFileSync(f);
      bytes += b.length;
      try {
        await simpleParser(b, opts);
      } catch {
        // a message mailparser cannot parse still counts as work done
      }
    }
  }
  process.stdout.write(JSON.stringify({ n: files.length, bytes, maxRssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}

// ------------------------------------------------------------------------------------------------
const opt = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : def;
};
const flags = new Set(argv.filter((a) => a.startsWith('--')));
const valued = new Set(['--runs', '--jobs', '--mbox-gb']);
const positional = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1]));
const corpus = resolve(positional[0] ?? join(root, '../shared/corpus/phish-dev'));
const runs = Math.max(1, Number(opt('--runs', '3')));
const jobsList = String(opt('--jobs', `1,${availableParallelism()}`)).split(',').map(Number).filter((n) => n >= 1);
const mboxGb = opt('--mbox-gb', null);
const asJson = flags.has('--json');
const cold = flags.has('--cold');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function log(s = '') {
  if (!asJson) console.log(s);
}

if (!['ayashii-worker.cjs', 'ayashii-analysis.cjs'].every((f) => existsSync(join(root, 'packages/cli/dist', f))) || !existsSync(cli) || flags.has('--build')) {
  log('bench: building the CLI (packages/cli/build.mjs)…');
  const b = spawnSync(process.execPath, [join(root, 'packages/cli/build.mjs')], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(2);
}

function listFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (e.isFile() && /\.eml$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** Runs a command; wall time from spawn to exit; peak RSS from /usr/bin/time -v when present. */
function measure(cmd, args) {
  return new Promise((resolvePromise, reject) => {
    const full = TIME ? [TIME, ['-v', cmd, ...args]] : [cmd, args];
    const t0 = process.hrtime.bigint();
    const p = spawn(full[0], full[1], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('error', reject);
    p.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      let rssKb = m ? Number(m[1]) : null;
      if (rssKb === null) {
        try {
          rssKb = JSON.parse(stdout).maxRssKb ?? null;
        } catch {
          rssKb = null;
        }
      }
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuS = user && sys ? Number(user[1]) + Number(sys[1]) : null;
      resolvePromise({ code, ms, rssKb, cpuS, stdout, stderr });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function throughput() {
  if (!existsSync(corpus)) {
    log(`bench: no corpus at ${corpus}; skipped (give a folder of .eml files as the first argument).`);
    return null;
  }
  const files = listFiles(corpus);
  if (files.length === 0) {
    log(`bench: no .eml files under ${corpus}`);
    return null;
  }
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  const work = mkdtempSync(join(tmpdir(), 'ayashii-bench-'));
  const listFile = join(work, 'files.txt');
  writeFileSync(listFile, files.join('\n'));

  const configs = [
    { name: '(a) read', cmd: process.execPath, args: [fileURLToPath(import.meta.url), '--child', 'read', listFile] },
    { name: '(b) mailparser', cmd: process.execPath, args: [fileURLToPath(import.meta.url), '--child', 'mailparser', listFile] },
    ...jobsList.map((j) => ({
      name: `scan --jobs ${j}`,
      jobs: j,
      cmd: process.execPath,
      args: [cli, 'scan', '--format', 'jsonl', '-o', '/dev/null', '--jobs', String(j), '--no-progress', corpus],
    })),
  ];
  log(`ayashii bench — ${files.length} messages, ${(bytes / 1e6).toFixed(1)} MB in ${corpus}`);
  log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  log(`${runs} runs per configuration, interleaved; peak RSS from ${TIME ? '/usr/bin/time -v' : 'process.resourceUsage()'}\n`);

  // Warm the page cache so that no configuration pays for the first read (--cold: evict instead).
  await measure(configs[0].cmd, configs[0].args);
  const evict = () => {
    const e = spawnSync('xargs', ['-a', listFile, '-d', '\n', '-I{}', 'dd', 'if={}', 'iflag=nocache', 'count=0', 'status=none'], { stdio: 'inherit' });
    if (e.status !== 0) {
      console.error('bench: --cold could not evict the files from the page cache (needs GNU xargs and dd)');
      process.exit(2);
    }
  };
  if (cold) log('--cold: the corpus is evicted from the page cache before every run\n');

  const results = new Map(configs.map((c) => [c.name, []]));
  for (let r = 0; r < runs; r++) {
    for (const c of configs) {
      if (cold) evict();
      const m = await measure(c.cmd, c.args);
      if (m.code !== 0) {
        console.error(`bench: ${c.name} exited with ${m.code}\n${m.stderr.slice(-2000)}`);
        process.exit(2);
      }
      if (c.jobs) {
        const s = /ayashii: (\d+) scanned: (\d+) messages?/.exec(m.stderr);
        if (s && Number(s[1]) !== files.length) log(`  note: the scan counted ${s[1]} records for ${files.length} files`);
      }
      results.get(c.name).push(m);
      log(`  run ${r + 1} ${c.name.padEnd(16)} ${(m.ms / 1000).toFixed(2).padStart(7)} s  ${m.rssKb ? `${(m.rssKb / 1024).toFixed(0)} MiB` : ''}${m.cpuS !== null ? `  cpu ${m.cpuS.toFixed(2)} s` : ''}`);
    }
  }
  rmSync(work, { recursive: true, force: true });

  const rows = configs.map((c) => {
    const ms = median(results.get(c.name).map((m) => m.ms));
    const rss = results.get(c.name).map((m) => m.rssKb).filter((x) => x !== null);
    const cpu = results.get(c.name).map((m) => m.cpuS).filter((x) => x !== null);
    return {
      cpuSeconds: cpu.length ? median(cpu) : null,
      cpuMsPerMessage: cpu.length ? (median(cpu) * 1000) / files.length : null,
      name: c.name,
      medianSeconds: ms / 1000,
      messagesPerSecond: files.length / (ms / 1000),
      mbPerSecond: bytes / 1e6 / (ms / 1000),
      peakRssMiB: rss.length ? median(rss) / 1024 : null,
      runsSeconds: results.get(c.name).map((m) => m.ms / 1000),
    };
  });
  const base = rows.find((r) => r.name === '(b) mailparser');
  const ratios = rows
    .filter((r) => r.name.startsWith('scan'))
    .map((r) => {
      const jobs = Number(r.name.split(' ').pop());
      const target = jobs === 1 ? 1.0 : 1.7;
      const ratio = r.messagesPerSecond / base.messagesPerSecond;
      return { name: r.name, ratio, target, pass: ratio >= target };
    });

  log('');
  log(`${'configuration'.padEnd(18)}${'median s'.padStart(10)}${'msg/s'.padStart(10)}${'MB/s'.padStart(9)}${'peak RSS'.padStart(11)}${'CPU s'.padStart(9)}${'CPU ms/msg'.padStart(12)}`);
  for (const r of rows) {
    log(
      `${r.name.padEnd(18)}${r.medianSeconds.toFixed(2).padStart(10)}${r.messagesPerSecond.toFixed(0).padStart(10)}${r.mbPerSecond.toFixed(1).padStart(9)}${(r.peakRssMiB === null ? '?' : `${r.peakRssMiB.toFixed(0)} MiB`).padStart(11)}${(r.cpuSeconds === null ? '?' : r.cpuSeconds.toFixed(2)).padStart(9)}${(r.cpuMsPerMessage === null ? '?' : r.cpuMsPerMessage.toFixed(2)).padStart(12)}`,
    );
  }
  log('(CPU: user+sys of the whole process, all threads; unlike wall time it hardly depends on what else the machine runs)');
  log('');
  // Two decimals, or three when two would round a miss up to the target (0.998× is not 1.00×).
  const shown = (q) => q.ratio.toFixed(!q.pass && Number(q.ratio.toFixed(2)) >= q.target ? 3 : 2);
  for (const q of ratios) log(`${q.name} / mailparser: ${shown(q)}×  (target ≥ ${q.target.toFixed(1)}×: ${q.pass ? 'met' : 'NOT met'})`);
  log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other processes on the machine skew --jobs figures)`);
  return { corpus, messages: files.length, bytes, runs, cold, rows, ratios };
}

async function bigMbox(gib) {
  const target = Math.round(gib * 1024 ** 3);
  const files = existsSync(corpus) ? listFiles(corpus).slice(0, 2000) : [];
  const samples = files.length ? files.map((f) => readFileSync(f)) : [Buffer.from('From: a@example.com\nTo: b@example.com\nSubject: x\n\nhello\n')];
  const dir = mkdtempSync(join(tmpdir(), 'ayashii-bench-mbox-'));
  const free = statfsSync(dir).bavail * statfsSync(dir).bsize;
  if (free < target * 1.1) {
    log(`bench: not enough space in ${dir} for a ${gib} GiB mbox (${(free / 1024 ** 3).toFixed(1)} GiB free); skipped`);
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const file = join(dir, 'big.mbox');
  log(`\nwriting a ${gib} GiB synthetic mbox (${samples.length} distinct messages, repeated) to ${file}…`);
  const out = createWriteStream(file, { highWaterMark: 4 * 1024 * 1024 });
  let written = 0;
  let n = 0;
  const quote = (b) => Buffer.from(b.toString('latin1').replace(/^(>*From )/gm, '>$1').replace(/\r?\n?$/, '\n'), 'latin1');
  const quoted = samples.map(quote);
  while (written < target) {
    const msg = quoted[n % quoted.length];
    const env = Buffer.from(`From bench${n}@example.com Mon Nov 23 09:00:00 2026\n`);
    const chunk = Buffer.concat([env, msg, Buffer.from('\n')]);
    written += chunk.length;
    n++;
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  let scanned = file;
  if (flags.has('--tar')) {
    // The mbox as the one file of a tar archive (a ustar header, the data, padding, the end blocks),
    // and with --gzip that archive compressed (.tar.gz).
    const size = statSync(file).size;
    const h = Buffer.alloc(512);
    h.write('archive/big.mbox', 0, 'utf8');
    h.write('0000644\0', 100, 'latin1');
    h.write('0000000\0', 108, 'latin1');
    h.write('0000000\0', 116, 'latin1');
    h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
    h.write(`${Math.floor(Date.now() / 1000).toString(8).padStart(11, '0')}\0`, 136, 'latin1');
    h.write('0', 156, 'latin1');
    h.write('ustar\x0000', 257, 'latin1');
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    const tarFile = `${file}.tar`;
    async function* tarStream() {
      yield h;
      yield* createReadStream(file, { highWaterMark: 4 * 1024 * 1024 });
      yield Buffer.alloc((512 - (size % 512)) % 512 + 1024);
    }
    await pipeline(tarStream, createWriteStream(tarFile));
    rmSync(file);
    scanned = tarFile;
    log(`  packed as a tar archive (${scanned})`);
  }
  if (flags.has('--gzip')) {
    const source = scanned;
    scanned = `${source}.gz`;
    await pipeline(createReadStream(source), createGzip({ level: 1 }), createWriteStream(scanned));
    rmSync(source);
    log(`  compressed to ${(statSync(scanned).size / 1024 ** 2).toFixed(0)} MiB (${scanned})`);
  }
  log(`  ${n} messages, ${(written / 1024 ** 3).toFixed(2)} GiB; scanning with --jobs ${Math.max(...jobsList)}…`);
  // --html: the report format, written to a file beside the mbox (its size is reported).
  const html = flags.has('--html') ? join(dir, 'report.html') : null;
  const m = await measure(process.execPath, [cli, 'scan', '--format', html ? 'html' : 'jsonl', '-o', html ?? '/dev/null', '--no-progress', '--jobs', String(Math.max(...jobsList)), scanned]);
  const htmlBytes = html && existsSync(html) ? statSync(html).size : null;
  if (!flags.has('--keep')) rmSync(dir, { recursive: true, force: true });
  const s = /ayashii: (\d+) scanned: (\d+) messages .*?, (\d+) errors?/.exec(m.stderr);
  const res = {
    gib,
    gzip: flags.has('--gzip'),
    tar: flags.has('--tar'),
    format: html ? 'html' : 'jsonl',
    reportBytes: htmlBytes,
    messages: n,
    scanned: s ? Number(s[1]) : null,
    errors: s ? Number(s[3]) : null,
    seconds: m.ms / 1000,
    messagesPerSecond: n / (m.ms / 1000),
    mbPerSecond: written / 1e6 / (m.ms / 1000),
    peakRssMiB: m.rssKb === null ? null : m.rssKb / 1024,
    exitCode: m.code,
  };
  log(
    `  ${res.seconds.toFixed(1)} s, ${res.messagesPerSecond.toFixed(0)} msg/s, ${res.mbPerSecond.toFixed(1)} MB/s, peak RSS ${res.peakRssMiB?.toFixed(0) ?? '?'} MiB (bound 300 MB: ${res.peakRssMiB !== null && res.peakRssMiB * 1.048576 < 300 ? 'met' : 'NOT met'}); scanned ${res.scanned} of ${n}, ${res.errors} errors${htmlBytes === null ? '' : `; HTML report ${(htmlBytes / 1e6).toFixed(0)} MB`}`,
  );
  return res;
}

const summary = { throughput: mboxGb && flags.has('--mbox-only') ? null : await throughput() };
if (mboxGb) summary.mbox = await bigMbox(Number(mboxGb));
if (asJson) console.log(JSON.stringify(summary, null, 2));
