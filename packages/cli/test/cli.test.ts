/**
 * The command line as scripts use it: exit codes, --fail-on, --min-level, --config validation,
 * the output formats, colour rules, language defaults, and output order under --jobs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePst } from '../../core/test/support/pst-writer.js';
import { baseEnv, CLI, ensureBuilt, ham, jsonl, mail, mbox, phish, reportRows, run, runAsync, summaryOf, tempDir, write } from './helpers.js';

let dir: string;
let mixed: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  mixed = join(dir, 'mixed');
  // Enough files of different sizes that two workers finish out of order.
  for (let i = 0; i < 30; i++) {
    const body = i % 4 === 0 ? 'z'.repeat(200_000) : 'short';
    write(join(mixed, `m${String(i).padStart(2, '0')}.eml`), i % 3 === 0 ? phish(`p${i}`) : mail({ id: `h${i}`, body }));
  }
  write(join(mixed, 'box.mbox'), mbox([ham('b1'), phish('b2'), ham('b3'), phish('b4')]));
  write(join(mixed, 'broken.eml'), '');
  write(join(mixed, 'sub/z.eml'), phish('z'));
  write(join(dir, 'clean/a.eml'), ham('a'));
  write(join(dir, 'clean/b.eml'), ham('b'));
  write(join(dir, 'caution/x.eml'), mail({ id: 'rt', fromName: 'Support', from: 'help@vendor.example', body: 'hi' }) + '');
});

describe('usage', () => {
  it.each([
    [['scan'], /no path given/],
    [['scan', '--format', 'xml', 'x'], /--format: unknown format "xml"/],
    [['scan', '--lang', 'fr', 'x'], /--lang: expected ja or en/],
    [['scan', '--fail-on', 'bad', 'x'], /--fail-on: unknown level "bad"/],
    [['scan', '--min-level', 'high', 'x'], /--min-level: unknown level "high"/],
    [['scan', '--jobs', '0', 'x'], /--jobs: expected a whole number/],
    [['scan', '--bogus', 'x'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j → exit 2 with a message', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['scan', '--lang', 'ja', '--format', 'xml', 'x'], {}, '--format: 不明な形式です: "xml"'],
    [['scan', '--bogus', '--lang=ja', 'x'], {}, "不明なオプションです: '--bogus'"],
    [['scan', '-f'], { LANG: 'ja_JP.UTF-8' }, "オプション '-f, --format <value>' に値がありません"],
    [['scan', '--details=3', 'x'], { LANG: 'ja_JP.UTF-8' }, "オプション '-d, --details' は値を取りません"],
    [['scan', '--jobs', '0', 'x'], { LANG: 'ja_JP.UTF-8' }, '--jobs: 1〜256 の整数を指定してください'],
    [['scan', '--min-level', 'high', 'x'], { LANG: 'ja_JP.UTF-8' }, '--min-level: 不明な判定です: "high"'],
    [['frobnicate'], { LANG: 'ja_JP.UTF-8' }, '不明なコマンドです: "frobnicate"'],
    [['scan'], { LANG: 'ja_JP.UTF-8' }, 'scan: パスが指定されていません'],
  ] as const)('%j in Japanese → exit 2 with a Japanese message and hint', (args, env, message) => {
    const r = run(args, { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('使い方は "ayashii scan --help" で表示されます。');
  });

  it('--lang en wins over a Japanese locale for usage errors; an output file that cannot be written is reported in the language', () => {
    expect(run(['scan', '--lang', 'en', '--jobs', '0', 'x'], { env: { LANG: 'ja_JP.UTF-8' } }).stderr).toContain('--jobs: expected a whole number');
    const r = run(['scan', '--lang', 'ja', '-o', join(dir, 'no/such/dir/out.jsonl'), join(dir, 'clean')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/out\.jsonl: 書き込めません: ENOENT（/);
  });

  it('--help and --version exit 0', () => {
    expect(run(['scan', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: ayashii scan') });
    expect(run(['--version']).stdout).toMatch(/^ayashii \d+\.\d+\.\d+/);
  });

  it('help is in Japanese with --lang ja or a Japanese locale, and lists the same options in both languages', () => {
    const en = run(['scan', '--help']).stdout;
    const ja = run(['scan', '--help', '--lang', 'ja']).stdout;
    expect(ja).toContain('使い方: ayashii scan [オプション]');
    expect(run(['scan', '--help'], { env: { LANG: 'ja_JP.UTF-8' } }).stdout).toBe(ja);
    expect(run(['scan', '--help', '--lang', 'en'], { env: { LANG: 'ja_JP.UTF-8' } }).stdout).toBe(en);
    expect(run([], { env: { LANG: 'ja_JP.UTF-8' } }).stdout).toContain('オプションは "ayashii scan --help" または "ayashii url --help" で表示されます');
    const options = (t: string): string[] => [...t.matchAll(/(?:^|\s)(--?[a-z][a-z[\]-]*)/gm)].map((m) => m[1] as string).sort();
    expect(options(ja)).toEqual(options(en));
    // Both fit an 80-column terminal (a CJK character takes two columns).
    for (const line of [...en.split('\n'), ...ja.split('\n')]) {
      const width = [...line].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
      expect(width, line).toBeLessThanOrEqual(80);
    }
  });

  it('an output file that is also an input is exit 2 and left as it was (not truncated before it is read)', () => {
    const eml = write(join(dir, 'self/a.eml'), ham('self'));
    const before = readFileSync(eml, 'utf8');
    const r = run(['scan', '--format', 'jsonl', '-o', eml, join(dir, 'clean'), eml]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ayashii: ${eml}: is the same file as the input (${eml})`);
    expect(readFileSync(eml, 'utf8')).toBe(before);
    const ja = run(['scan', '--lang', 'ja', '-o', eml, '-'], { input: before });
    expect(ja.code).toBe(0); // standard input here is a pipe, not the file
    const viaStdin = spawnSync('sh', ['-c', `node "${CLI}" scan --lang ja -o "${eml}" - < "${eml}"`], { env: baseEnv(), encoding: 'utf8' });
    expect(viaStdin.status).toBe(2);
    expect(viaStdin.stderr).toContain('入力（標準入力）と同じファイルです');
  });

  it('the output file inside a scanned folder is not scanned (it is being written)', () => {
    write(join(dir, 'own/a.eml'), ham('own'));
    const out = join(dir, 'own/report'); // no extension: a folder walk would take it for an mbox
    const r = run(['scan', '--format', 'jsonl', '-o', out, join(dir, 'own')]);
    expect(r.code).toBe(0);
    expect(jsonl(readFileSync(out, 'utf8')).map((x) => x['file'])).toEqual([join(dir, 'own/a.eml')]);
    const again = spawnSync('sh', ['-c', `node "${CLI}" scan --format jsonl "${join(dir, 'own')}" > "${join(dir, 'own/out2')}"`], { env: baseEnv(), encoding: 'utf8' });
    expect(again.status).toBe(0);
    // The earlier report is a file like any other now; the output being written is left out.
    expect(jsonl(readFileSync(join(dir, 'own/out2'), 'utf8')).map((x) => x['file'])).toEqual([join(dir, 'own/a.eml'), out]);
  });

  it('an output file that cannot be written is exit 2', () => {
    const r = run(['scan', '-o', join(dir, 'no/such/dir/out.jsonl'), join(dir, 'clean')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write/);
  });
});

describe('interrupted (Ctrl-C, SIGTERM)', () => {
  /** Starts a scan, sends `signal` once some output has come, and collects what the scan wrote. */
  function interrupt(args: readonly string[], signal: NodeJS.Signals): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const p = spawn(process.execPath, [CLI, ...args], { env: baseEnv() });
      let stdout = '';
      let stderr = '';
      let sent = false;
      p.stdout.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
        if (!sent) {
          sent = true;
          p.kill(signal);
        }
      });
      p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      p.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }
  let big: string;
  const total = 40_000;
  beforeAll(() => {
    big = write(join(dir, 'interrupt/big.mbox'), mbox(Array.from({ length: total }, (_, i) => mail({ id: `m${i}`, body: `note ${i}` }))));
  });

  it('SIGINT: the scan stops taking input, finishes what is in flight, ends its output (valid JSON, summary marked) and exits 130', async () => {
    const r = await interrupt(['scan', '--format', 'json', '--jobs', '2', big], 'SIGINT');
    expect(r.code).toBe(130);
    const doc = JSON.parse(r.stdout) as { messages: { file: string }[]; summary: { scanned: number; interrupted?: boolean } };
    expect(doc.summary.interrupted).toBe(true);
    expect(doc.messages.length).toBe(doc.summary.scanned);
    expect(doc.summary.scanned).toBeGreaterThan(0);
    expect(doc.summary.scanned).toBeLessThan(total);
    // In order, with no gap: the first N messages of the mbox.
    expect(doc.messages.map((m) => m.file)).toEqual(Array.from({ length: doc.summary.scanned }, (_, i) => `${big}#${i + 1}`));
    // All whole messages (alike but for their number): the bytes after the last whole one are not
    // reported as a message of their own.
    expect(new Set(doc.messages.map((m) => JSON.stringify({ ...m, file: undefined }))).size).toBe(1);
    expect(r.stderr).toContain(`ayashii: interrupted (SIGINT): the output holds only the ${doc.summary.scanned} records scanned before it stopped`);
  });

  it('SIGINT while standard input waits for more: stops reading it, writes what came whole, exit 130', async () => {
    const p = spawn(process.execPath, [CLI, 'scan', '--format', 'json', '-'], { env: baseEnv() });
    let stdout = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    // One whole message and the start of the next; the pipe stays open.
    p.stdin.write(`${mbox([phish('s1')])}From next@example.com Mon Nov 23 09:00:00 2026\nFrom: a@example.com\n`);
    const code = await new Promise<number | null>((resolve) => {
      p.on('close', resolve);
      // Time enough for the first message to be analysed even on a loaded machine (nothing shows it: the output is buffered).
      setTimeout(() => p.kill('SIGINT'), 4000);
    });
    expect(code).toBe(130);
    const doc = JSON.parse(stdout) as { messages: Record<string, unknown>[]; summary: { scanned: number; interrupted?: boolean } };
    expect(doc.summary).toMatchObject({ scanned: 1, interrupted: true });
    expect(doc.messages[0]?.['file']).toBe('-#1');
    expect(doc.messages[0]?.['verdict']).toBe('dangerous');
  });

  it('SIGTERM: exit 143, and the HTML report is a whole document that says it was interrupted', async () => {
    const r = await interrupt(['scan', '--format', 'html', '--lang', 'ja', '--jobs', '1', big], 'SIGTERM');
    expect(r.code).toBe(143);
    const rows = reportRows(r.stdout);
    const data = JSON.parse(/<script type="application\/json" id="ayashii-data">([\s\S]*?)<\/script>/.exec(r.stdout)?.[1] ?? '') as { meta: { interrupted?: boolean }; summary: { scanned: number } };
    expect(data.meta.interrupted).toBe(true);
    expect(rows.length).toBe(data.summary.scanned);
    expect(rows.length).toBeLessThan(total);
    expect(r.stdout.trimEnd().endsWith('</html>')).toBe(true);
    expect(r.stderr).toContain('SIGTERM で中断しました');
  });
});

describe('exit codes with --fail-on', () => {
  it('0 when nothing reaches the level, 1 when something does', () => {
    expect(run(['scan', '--format', 'jsonl', '--fail-on', 'caution', join(dir, 'clean')]).code).toBe(0);
    expect(run(['scan', '--format', 'jsonl', '--fail-on', 'dangerous', mixed]).code).toBe(1);
    expect(run(['scan', '--format', 'jsonl', '--fail-on', 'suspicious', join(mixed, 'm01.eml')]).code).toBe(0);
  });

  it('without --fail-on, findings do not change the exit code', () => {
    expect(run(['scan', '--format', 'jsonl', mixed]).code).toBe(0);
  });

  it('--fail-on looks at every message, also those hidden by --min-level', () => {
    const r = run(['scan', '--format', 'jsonl', '--min-level', 'dangerous', '--fail-on', 'caution', join(dir, 'caution')]);
    expect(r.stdout).toBe('');
    const v = jsonl(run(['scan', '--format', 'jsonl', join(dir, 'caution')]).stdout)[0]?.['verdict'];
    expect(r.code).toBe(v === 'safe' ? 0 : 1);
  });

  it('an I/O error wins over findings (2), like grep', () => {
    const r = run(['scan', '--format', 'jsonl', '--fail-on', 'caution', mixed, join(dir, 'missing.eml')]);
    expect(r.code).toBe(2);
  });
});

describe('--min-level', () => {
  it('prints only messages at or above the level (and errors), while the summary counts everything', () => {
    const all = jsonl(run(['scan', '--format', 'jsonl', mixed]).stdout);
    const r = run(['scan', '--format', 'jsonl', '--min-level', 'dangerous', mixed]);
    const some = jsonl(r.stdout);
    expect(some).toEqual(all.filter((x) => x['verdict'] === 'dangerous' || 'error' in x));
    expect(summaryOf(r.stderr).scanned).toBe(all.length);
  });
});

describe('order', () => {
  it('is identical under --jobs 1 and --jobs 2 (sorted by path, then mbox index)', async () => {
    const [one, two, three] = await Promise.all([
      runAsync(['scan', '--format', 'jsonl', '--jobs', '1', mixed]),
      runAsync(['scan', '--format', 'jsonl', '--jobs', '2', mixed]),
      runAsync(['scan', '--format', 'jsonl', '--jobs', '3', join(mixed, 'sub'), mixed]),
    ]);
    expect(two.stdout).toBe(one.stdout);
    const names = jsonl(one.stdout).map((x) => String(x['file']).slice(mixed.length + 1));
    expect(names.slice(0, 3)).toEqual(['box.mbox#1', 'box.mbox#2', 'box.mbox#3']);
    expect(names.at(-1)).toBe('sub/z.eml');
    expect(names).toHaveLength(30 + 4 + 1 + 1);
    // The same file named twice (a folder and a folder inside it) is scanned once per path given.
    expect(jsonl(three.stdout).length).toBeGreaterThanOrEqual(names.length);
  });
});

describe('formats', () => {
  it('json: one document with the JSONL records and a summary', () => {
    const r = run(['scan', '--format', 'json', mixed]);
    const doc = JSON.parse(r.stdout) as { tool: string; messages: Record<string, unknown>[]; summary: Record<string, unknown> };
    expect(doc.tool).toBe('ayashii');
    expect(doc.messages).toEqual(jsonl(run(['scan', '--format', 'jsonl', mixed]).stdout));
    expect(doc.summary).toMatchObject({ scanned: doc.messages.length, errors: 1 });
  });

  it('json with nothing to print is still valid JSON', () => {
    const r = run(['scan', '--format', 'json', '--min-level', 'dangerous', join(dir, 'clean')]);
    expect(JSON.parse(r.stdout)).toMatchObject({ messages: [], summary: { scanned: 2 } });
  });

  it('csv: RFC 4180 with a header row, quoting, and formula cells defused', () => {
    const p = write(join(dir, 'csv/=cmd.eml'), phish('csv'));
    const r = run(['scan', '--format', 'csv', p, join(dir, 'clean/a.eml'), join(dir, 'csv/none.eml')]);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('file,verdict,score,findings,check_ids,categories,messages,error,code');
    expect(lines.some((l) => /^.*=cmd\.eml,dangerous,\d+,\d+,brand-impersonation\/display-name-brand/.test(l))).toBe(true);
    expect(lines.some((l) => /clean\/a\.eml,safe,0,0,,,,,$/.test(l))).toBe(true);
    expect(lines.some((l) => l.endsWith('none.eml,,,,,,,cannot read: ENOENT (no such file or directory),io/ENOENT'))).toBe(true);
    expect(lines.at(-1)).toBe('');
    // A cell that starts with "=" is prefixed so a spreadsheet shows it as text.
    const q = run(['scan', '--format', 'csv', '=cmd.eml'], { cwd: join(dir, 'csv') });
    expect(q.stdout.split('\r\n')[1]?.startsWith("'=cmd.eml,")).toBe(true);
    expect(run(['scan', '--format', 'csv', '--csv-bom', p]).stdout.startsWith('\uFEFFfile,')).toBe(true);
  });

  it('table: level, score and file, then one line per finding, in the chosen language', () => {
    const en = run(['scan', '--format', 'table', '--lang', 'en', join(mixed, 'm00.eml'), join(mixed, 'broken.eml')]);
    expect(en.stdout).toMatch(/^LEVEL\s+SCORE\s+FILE \/ FINDINGS\n/);
    expect(en.stdout).toMatch(/Dangerous\s+\d+\s+.*m00\.eml\n\s+!! .*Amazon/);
    expect(en.stdout).toMatch(/ERROR\s+-\s+.*broken\.eml\n\s+empty file/);
    const ja = run(['scan', '--format', 'table', '--lang', 'ja', join(mixed, 'm00.eml')]);
    expect(ja.stdout).toMatch(/^判定\s+スコア\s+ファイル \/ 指摘\n危険\s+\d+/);
    expect(ja.stdout).toContain('表示名は「Amazon.co.jp」');
  });

  it('--details: the table gives a summary per message, then each finding\'s title, sentence, what to do and evidence', () => {
    const p = join(mixed, 'm00.eml');
    const ja = run(['scan', '--lang', 'ja', '--details', p]).stdout;
    expect(ja).toMatch(/m00\.eml\n\s+送信元: .*\n\s+件名: .*\n\s+このメールは詐欺の可能性が高いです：/);
    expect(ja).toMatch(/!! 表示名が無関係のブランドを名乗っています\n\s+表示名は「Amazon\.co\.jp」/);
    expect(ja).toMatch(/\n\s+対処: /);
    expect(ja).toMatch(/\n\s+根拠: From: "?Amazon\.co\.jp"? <account@shipping-notice\.example>/);
    const en = run(['scan', '--lang', 'en', '-d', p]).stdout;
    expect(en).toMatch(/\n\s+What to do: /);
    expect(en).toMatch(/\n\s+Evidence: From: /);
    // Without the flag, one line per finding as before.
    expect(run(['scan', '--lang', 'ja', p]).stdout).not.toContain('根拠: ');
  });

  it('--details: the table says which mail each record is (From, Date, Subject), so that a message of an mbox can be found again', () => {
    const box = join(dir, 'identity.mbox');
    write(box, mbox([ham('i1'), mail({ id: 'i2', fromName: 'Amazon.co.jp', from: 'account@shipping-notice.example', subject: '【Amazon】お支払い方法の確認' })]));
    const en = run(['scan', '--lang', 'en', '--details', box]).stdout;
    expect(en).toMatch(
      /identity\.mbox#2\n\s+From: Amazon\.co\.jp <account@shipping-notice\.example>  Date: 2026-11-23 09:00:00 \+09:00\n\s+Subject: 【Amazon】お支払い方法の確認\n\s+This mail is very likely fraudulent/,
    );
    expect(en).toMatch(/identity\.mbox#1\n\s+From: Example News <news@example\.com>  Date: 2026-11-23 09:00:00 \+09:00\n\s+Subject: Hello\n/);
    const ja = run(['scan', '--lang', 'ja', '--details', box]).stdout;
    expect(ja).toMatch(/identity\.mbox#2\n\s+送信元: Amazon\.co\.jp <account@shipping-notice\.example>  日時: 2026-11-23 09:00:00 \+09:00\n\s+件名: 【Amazon】お支払い方法の確認\n/);
    // A mail without them: no empty labels.
    const bare = join(dir, 'bare.eml');
    write(bare, 'From: someone@example.com\nTo: taro@kousya.example\n\nhello\n');
    const b = run(['scan', '--lang', 'en', '--details', bare]).stdout;
    expect(b).toMatch(/bare\.eml\n\s+From: someone@example\.com\n\s+Nothing suggests/);
    expect(b).not.toMatch(/Subject: |Date: /);
    // Without --details, the table stays one line per message and finding.
    expect(run(['scan', '--lang', 'en', box]).stdout).not.toContain('From: ');
  });

  it('--details: a message of an Outlook data file is named by its headers, or by its properties when it has none (a draft)', () => {
    const pst = join(dir, 'identity.pst');
    const received = phish('pst1').replace(/\n/g, '\r\n');
    const [head] = received.split('\r\n\r\n');
    const draft = { subject: '見積書の件', senderName: 'Hanako', senderSmtp: 'hanako@kousya.example', submitTime: new Date(Date.UTC(2026, 10, 24, 1, 2, 3)), messageId: '<draft-7@kousya.example>', body: 'hi' };
    write(pst, Buffer.from(writePst([{ name: 'Inbox', messages: [{ transportHeaders: `${head}\r\n`, subject: '【Amazon】お支払い方法の確認', body: 'x' }, draft] }])));
    const recs = jsonl(run(['scan', '--format', 'jsonl', '--details', pst]).stdout) as { file: string; from: string; subject: string; date: string; messageId: string }[];
    expect(recs.map((r) => [r.file.slice(dir.length + 1), r.from, r.subject, r.date, r.messageId])).toEqual([
      ['identity.pst/Inbox#1', 'Amazon.co.jp <account@shipping-notice.example>', '【Amazon】お支払い方法の確認', '2026-11-23T09:00:00+09:00', 'pst1@example.com'],
      ['identity.pst/Inbox#2', 'Hanako <hanako@kousya.example>', '見積書の件', '2026-11-24T01:02:03+00:00', 'draft-7@kousya.example'],
    ]);
  });

  it('--details: jsonl and json records gain which mail it is, summary, title, advice and evidence; csv gains five columns at the end', () => {
    const p = join(mixed, 'm00.eml');
    const plain = jsonl(run(['scan', '--format', 'jsonl', p]).stdout)[0] as Record<string, unknown>;
    expect(Object.keys(plain)).toEqual(['file', 'verdict', 'score', 'findings']);
    const rec = jsonl(run(['scan', '--format', 'jsonl', '--details', '--lang', 'en', p]).stdout)[0] as {
      from: string;
      subject: string;
      date: string;
      messageId: string;
      summary: string;
      findings: { checkId: string; title: string; message: string; advice?: string; evidence: { kind: string; label: string; value: string }[] }[];
    };
    expect(Object.keys(rec)).toEqual(['file', 'verdict', 'score', 'from', 'subject', 'date', 'messageId', 'summary', 'findings']);
    expect(rec).toMatchObject({ from: 'Amazon.co.jp <account@shipping-notice.example>', subject: '【Amazon】お支払い方法の確認', date: '2026-11-23T09:00:00+09:00', messageId: 'p0@example.com' });
    expect(rec.summary).toMatch(/^This mail is very likely fraudulent: /);
    const f = rec.findings.find((x) => x.checkId === 'brand-impersonation/display-name-brand');
    expect(f?.title).toBeTruthy();
    expect(f?.advice).toBeTruthy();
    expect(f?.evidence[0]).toMatchObject({ kind: 'header', label: 'From' });
    const doc = JSON.parse(run(['scan', '--format', 'json', '--details', p]).stdout) as { messages: { summary?: string; messageId?: string }[] };
    expect(doc.messages[0]?.summary).toBeTruthy();
    expect(doc.messages[0]?.messageId).toBe('p0@example.com');
    // csv: five columns after the usual ones (scripts reading by position still work); an error row leaves them empty.
    const plainCsv = run(['scan', '--format', 'csv', p]).stdout.split('\r\n');
    const csv = run(['scan', '--format', 'csv', '--lang', 'en', '--details', p, join(mixed, 'broken.eml')]).stdout.split('\r\n');
    expect(csv[0]).toBe(`${plainCsv[0]},from,subject,date,message_id,summary`);
    expect(csv[2]).toBe(`${plainCsv[1]},Amazon.co.jp <account@shipping-notice.example>,【Amazon】お支払い方法の確認,2026-11-23T09:00:00+09:00,p0@example.com,${rec.summary.includes(',') ? `"${rec.summary}"` : rec.summary}`);
    expect(csv[1]).toMatch(/broken\.eml,,,,,,,empty file,format\/empty-file,,,,,$/);
    // The new cells come from the message: a formula there is not run by a spreadsheet either.
    const formula = join(dir, 'formula.eml');
    write(formula, mail({ id: '=1+1', fromName: '', from: 'x@example.com', subject: '=HYPERLINK("https://attacker.example","click")' }));
    const cells = run(['scan', '--format', 'csv', '--details', formula]).stdout.split('\r\n')[1] ?? '';
    expect(cells).toContain(`,x@example.com,"'=HYPERLINK(""https://attacker.example"",""click"")",2026-11-23T09:00:00+09:00,'=1+1@example.com,`);
  });

  it('the table never passes control characters from a message to the terminal', () => {
    const p = join(dir, 'esc.eml');
    write(p, mail({ fromName: 'Amazon.co.jp \u001b[31m\u009b2J', from: 'account@shipping-notice.example', id: 'esc' }));
    const out = run(['scan', '--lang', 'en', '--details', p]).stdout;
    expect(out).not.toMatch(/[\u001b\u009b]/);
    expect(out).toContain('Amazon.co.jp');
    // The error list on stderr too (a file name is the scanned archive's, not ours).
    const bad = join(dir, 'esc\u001b[2Jname.eml');
    write(bad, '');
    const e = run(['scan', '--format', 'jsonl', bad]);
    expect(e.stderr).toContain('name.eml: empty file');
    expect(e.stderr).not.toMatch(/\u001b/);
    // Bidi controls would reorder a line (a name that reads as another): shown, not obeyed.
    const rlo = join(dir, 'invoice\u202egnp.eml');
    write(rlo, mail({ id: 'rlo', subject: 'Re: \u202etxt.exe' }));
    const t = run(['scan', '--lang', 'en', '--details', rlo]).stdout;
    expect(t).toContain('invoice⟨U+202E⟩gnp.eml');
    expect(t).toContain('Subject: Re: ⟨U+202E⟩txt.exe');
    expect(t).not.toMatch(/\u202e/);
  });

  it('the format follows the -o extension when --format is not given', () => {
    const out = join(dir, 'out.jsonl');
    run(['scan', '-o', out, join(dir, 'clean')]);
    expect(jsonl(readFileSync(out, 'utf8'))).toHaveLength(2);
  });
});

describe('colour and language', () => {
  it('NO_COLOR (any non-empty value) turns colours off even with a forced terminal; --color forces them on', () => {
    const p = join(mixed, 'm00.eml');
    expect(run(['scan', '--format', 'table', '--color', p]).stdout).toContain('\u001b[');
    expect(run(['scan', '--format', 'table', p], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(run(['scan', '--format', 'table', p]).stdout).not.toContain('\u001b['); // not a terminal
    expect(run(['scan', '--format', 'table', '--no-color', '--color', p]).stdout).not.toContain('\u001b[');
  });

  it('progress goes to stderr only when asked or when stderr is a terminal', () => {
    const quiet = run(['scan', '--format', 'jsonl', mixed]);
    expect(quiet.stderr).not.toContain('\r');
    const forced = run(['scan', '--format', 'jsonl', '--progress', mixed]);
    expect(forced.stderr).toMatch(/\r.*\d+ scanned · \d+\/s/);
    expect(forced.stderr).toMatch(/\r\u001b\[K(?:[^\r]*\n)?ayashii: \d+ scanned:/); // cleared before the summary
    expect(forced.stdout).toBe(quiet.stdout);
  });

  it.skipIf(!existsSync('/usr/bin/script'))('a terminal on stderr gets the progress line without asking', () => {
    const cmd = `${process.execPath} ${CLI} scan --format jsonl -o /dev/null ${mixed}`;
    const r = spawnSync('/usr/bin/script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: baseEnv() });
    expect(r.stdout).toMatch(/\d+ scanned · \d+\/s/);
    expect(r.stdout).toMatch(/ayashii: \d+ scanned: \d+ messages/);
  });

  it('--lang defaults from LC_ALL, then LC_MESSAGES, then LANG', () => {
    const p = join(mixed, 'm00.eml');
    const msg = (env: Record<string, string | undefined>): string => String((jsonl(run(['scan', '--format', 'jsonl', p], { env }).stdout)[0]?.['findings'] as { message: string }[])[0]?.message);
    expect(msg({ LANG: 'ja_JP.UTF-8' })).toMatch(/表示名/);
    expect(msg({ LANG: 'en_US.UTF-8' })).toMatch(/display name/i);
    expect(msg({ LANG: 'en_US.UTF-8', LC_ALL: 'ja_JP.UTF-8' })).toMatch(/表示名/);
    expect(msg({ LANG: 'ja_JP.UTF-8', LC_ALL: 'C' })).toMatch(/display name/i);
    expect(msg({ LANG: 'ja_JP.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toMatch(/display name/i);
    expect(run(['scan', '--format', 'jsonl', p], { env: { LANG: 'ja_JP.UTF-8' } }).stderr).toMatch(/件を処理/);
  });
});

describe('--config', () => {
  it('applies organisation domains (an outsider naming your organisation is flagged)', () => {
    // No Delivered-To and a To elsewhere: without the config, kousya.example is not "your organisation".
    const notice = mail({ id: 'cfg', fromName: 'kousya.example メールサポート', from: 'info@clinic.example', to: 'someone@other.example', subject: 'メール送信機能停止のお知らせ', auth: 'spf=pass smtp.mailfrom=clinic.example; dmarc=pass header.from=clinic.example' });
    const p = write(join(dir, 'cfg/notice.eml'), notice.replace('Delivered-To: taro@kousya.example\n', ''));
    const cfg = write(join(dir, 'cfg/ayashii.config.json'), JSON.stringify({ organizationDomains: ['kousya.example'] }));
    const without = jsonl(run(['scan', '--format', 'jsonl', p]).stdout)[0];
    const withCfg = jsonl(run(['scan', '--format', 'jsonl', '--config', cfg, p]).stdout)[0];
    const ids = (r: Record<string, unknown> | undefined): string[] => ((r?.['findings'] ?? []) as { checkId: string }[]).map((f) => f.checkId);
    expect(ids(withCfg)).toContain('own-organization/outsider-names-own-organization');
    expect(ids(without)).not.toContain('own-organization/outsider-names-own-organization');
    // The configuration is read on the main thread, and reaches the workers as it does --jobs 1.
    for (const jobs of ['1', '2']) expect(jsonl(run(['scan', '--format', 'jsonl', '--jobs', jobs, '--config', cfg, p]).stdout)[0]).toEqual(withCfg);
  });

  it('disables checks', () => {
    const cfg = write(join(dir, 'cfg/disable.json'), JSON.stringify({ disable: ['brand-impersonation/display-name-brand'] }));
    const r = jsonl(run(['scan', '--format', 'jsonl', '--config', cfg, join(mixed, 'm00.eml')]).stdout)[0];
    expect((r?.['findings'] as { checkId: string }[]).map((f) => f.checkId)).not.toContain('brand-impersonation/display-name-brand');
  });

  it('an invalid config is exit 2 with every error and its path, before anything is scanned', () => {
    const cfg = write(
      join(dir, 'cfg/bad.json'),
      JSON.stringify({ organizationDomains: ['kousya'], disable: ['sender-authentication/dmarc-fial'], weights: { x: 1 }, colour: true }),
    );
    const r = run(['scan', '--format', 'jsonl', '--config', cfg, mixed]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('invalid configuration');
    expect(r.stderr).toContain('colour: unknown property');
    expect(r.stderr).toContain('organizationDomains[0]: "kousya" is not a domain name');
    expect(r.stderr).toContain('disable[0]: unknown check id "sender-authentication/dmarc-fial" (did you mean "sender-authentication/dmarc-fail"?)');
    expect(r.stderr).toContain('weights.x: unknown check id');
  });

  it('a config that is not JSON, or missing, is exit 2', () => {
    const cfg = write(join(dir, 'cfg/broken.json'), '{ "organizationDomains": [ }');
    expect(run(['scan', '--config', cfg, mixed])).toMatchObject({ code: 2, stderr: expect.stringMatching(/not valid JSON/) });
    expect(run(['scan', '--config', join(dir, 'cfg/none.json'), mixed])).toMatchObject({ code: 2, stderr: expect.stringMatching(/ENOENT/) });
  });

  it('the example configs of the repository are valid', () => {
    for (const p of ['examples/mailbox/ayashii.config.json', 'examples/custom-brands/ayashii.config.json']) {
      const r = run(['scan', '--format', 'jsonl', '--config', p, join(dir, 'clean/a.eml')]);
      expect(r.stderr).not.toContain('invalid');
      expect(r.code).toBe(0);
    }
  });
});
