/**
 * Error records in Japanese, end to end: the text follows --lang in the table, jsonl and on
 * stderr, while `code` stays the same in every language. Errors made on the main thread (a missing
 * path) and by the analysis (a .msg, an empty file, a message over --max-message-size) are both
 * rendered where the language is known, with --jobs 1 (on the main thread) and --jobs 2 (in
 * worker threads, whose records cross the thread boundary as plain objects).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, jsonl, mail, mbox, phish, reportRows, run, tempDir, write } from './helpers.js';

let dir: string;
const paths: Record<string, string> = {};

beforeAll(() => {
  ensureBuilt();
  dir = tempDir('ayashii-errors-ja-');
  paths['missing'] = join(dir, 'missing-folder');
  paths['msg'] = write(join(dir, 'outlook.msg'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4, 5, 6, 7, 8]));
  paths['empty'] = write(join(dir, 'empty.eml'), '');
  paths['big'] = write(join(dir, 'size/archive.mbox'), mbox([mail({ id: 'big', body: 'y'.repeat(20000) }), phish('after')]));
});

const CASES = [
  { name: 'a missing path', path: 'missing', file: '', code: 'io/ENOENT', ja: '読み込めません: ENOENT（ファイルまたはフォルダーがありません）', en: 'cannot read: ENOENT (no such file or directory)' },
  {
    name: 'an OLE file holding no Outlook message (a .msg that is not one)',
    path: 'msg',
    file: '',
    code: 'format/unsupported',
    ja: '対応していない形式です: Outlook のメッセージを含まない OLE 複合ファイル（Word や Excel の文書、インストーラーなど）',
    en: 'unsupported format: OLE compound file with no Outlook message in it (a Word or Excel document, an installer?)',
  },
  { name: 'an empty file', path: 'empty', file: '', code: 'format/empty-file', ja: '空のファイルです', en: 'empty file' },
  {
    name: 'a message over --max-message-size',
    path: 'big',
    file: '#1',
    code: 'format/too-large',
    ja: 'メールが大きすぎます（20 KiB、上限は 8 KiB。--max-message-size で変更できます）',
    en: 'message too large (20 KiB, the limit is 8 KiB; see --max-message-size)',
  },
] as const;

const scan = (format: string, lang: string, jobs: string, files: readonly string[]): ReturnType<typeof run> =>
  run(['scan', '--format', format, '--lang', lang, '--jobs', jobs, '--max-message-size', '8k', ...files]);

describe('error records in Japanese (--lang ja)', () => {
  it.each(CASES)('$name: Japanese text in the table and in jsonl, the same code as in English', ({ path, file, code, ja, en }) => {
    const p = paths[path] as string;
    const table = scan('table', 'ja', '1', [p]);
    expect(table.stdout).toContain(`エラー      -  ${p}${file}\n`);
    expect(table.stdout).toContain(`  ${ja}\n`);
    const lines = scan('jsonl', 'ja', '1', [p]);
    expect(jsonl(lines.stdout)[0]).toEqual({ file: `${p}${file}`, error: ja, code });
    // The error list on stderr (not printed with a table on stdout, which shows the errors itself).
    expect(lines.stderr).toContain(`ayashii: ${p}${file}: ${ja}\n`);
    const [recEn] = jsonl(scan('jsonl', 'en', '1', [p]).stdout);
    expect(recEn).toEqual({ file: `${p}${file}`, error: en, code });
  });

  it('the same records from worker threads (--jobs 2) as from the main thread (--jobs 1)', () => {
    const files = CASES.map((c) => paths[c.path] as string);
    const two = scan('jsonl', 'ja', '2', files);
    expect(two.code).toBe(2); // the missing path
    const recs = jsonl(two.stdout);
    const byPath = (path: string): (typeof CASES)[number] => CASES.find((c) => c.path === path) as (typeof CASES)[number];
    // In output order: empty.eml, missing-folder, outlook.msg, size/archive.mbox#1.
    expect(recs.filter((r) => 'error' in r)).toEqual(['empty', 'missing', 'msg', 'big'].map(byPath).map((c) => ({ file: `${paths[c.path]}${c.file}`, error: c.ja, code: c.code })));
    expect(recs.find((r) => r['file'] === `${paths['big']}#2`)).toMatchObject({ verdict: 'dangerous' });
    expect(two.stdout).toBe(scan('jsonl', 'ja', '1', files).stdout);
    expect(two.stderr).toMatch(/、エラー 4 件。\d+\.\d+ 秒、\d+ 件\/秒\n$/);
    const table = scan('table', 'ja', '2', files).stdout;
    for (const c of CASES) expect(table).toContain(`  ${c.ja}\n`);
  });

  it('json and csv carry the Japanese text and the code too', () => {
    const p = paths['empty'] as string;
    const doc = JSON.parse(scan('json', 'ja', '2', [p]).stdout) as { messages: unknown[] };
    expect(doc.messages).toEqual([{ file: p, error: '空のファイルです', code: 'format/empty-file' }]);
    const csv = scan('csv', 'ja', '2', [p]).stdout.split('\r\n');
    expect(csv[0]).toBe('file,verdict,score,findings,check_ids,categories,messages,error,code');
    expect(csv[1]).toBe(`${p},,,,,,,空のファイルです,format/empty-file`);
  });

  it('the HTML report carries each error row in both languages, with its code', () => {
    const out = join(dir, 'report.html');
    expect(run(['scan', '--format', 'html', '--lang', 'ja', '--jobs', '2', '--max-message-size', '8k', '-o', out, ...CASES.map((c) => paths[c.path] as string)]).code).toBe(2);
    const rows = reportRows<{ file: string; error?: unknown }>(readFileSync(out, 'utf8'));
    for (const c of CASES) {
      expect(rows.find((r) => r.file === `${paths[c.path]}${c.file}`)?.error).toEqual({ code: c.code, text: { en: c.en, ja: c.ja } });
    }
  });
});

describe('--config problems in the --lang language', () => {
  const bad = { organizationDomains: ['kousya.example', 'x', 'foo'], weights: { 'sender-authentication/dmarc-fail': 'a' }, colour: true };

  it('--lang ja: the heading and every problem in Japanese, paths and values as written; exit 2', () => {
    const cfg = write(join(dir, 'cfg/bad.json'), JSON.stringify(bad));
    const r = run(['scan', '--lang', 'ja', '--config', cfg, paths['empty'] as string]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `ayashii: ${cfg}: 設定ファイルに誤りがあります:`,
      'ayashii:   colour: 不明なプロパティです（使用できるのは organizationDomains, trustedAuthservIds, recipient, extraBrands, allowSenders, allowLinkDomains, disable, weights, limits）',
      'ayashii:   organizationDomains[1]: "x" はドメイン名ではありません',
      'ayashii:   organizationDomains[2]: "foo" はドメイン名ではありません',
      'ayashii:   weights["sender-authentication/dmarc-fail"]: 0〜100 の数値を指定してください（指定された値: "a"）',
    ]);
  });

  it('--lang en: the English lines, unchanged', () => {
    const cfg = write(join(dir, 'cfg/bad-en.json'), JSON.stringify(bad));
    const r = run(['scan', '--lang', 'en', '--config', cfg, paths['empty'] as string]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `ayashii: ${cfg}: invalid configuration:`,
      'ayashii:   colour: unknown property (allowed: organizationDomains, trustedAuthservIds, recipient, extraBrands, allowSenders, allowLinkDomains, disable, weights, limits)',
      'ayashii:   organizationDomains[1]: "x" is not a domain name',
      'ayashii:   organizationDomains[2]: "foo" is not a domain name',
      'ayashii:   weights["sender-authentication/dmarc-fail"]: expected a number from 0 to 100, got "a"',
    ]);
  });

  it('--lang ja: a config that is not JSON, or missing', () => {
    const broken = write(join(dir, 'cfg/broken.json'), '{ "organizationDomains": [ }');
    expect(run(['scan', '--lang', 'ja', '--config', broken, paths['empty'] as string]).stderr).toMatch(/: JSON として読み込めません（.+）\n$/);
    expect(run(['scan', '--lang', 'ja', '--config', join(dir, 'cfg/none.json'), paths['empty'] as string]).stderr).toContain('none.json: 読み込めません: ENOENT（ファイルまたはフォルダーがありません）');
  });
});
