/**
 * `ayashii url`: links judged on their own, without opening them. The links are written here
 * (RFC 2606 names, the mission's url-shield shape); nothing is fetched.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, jsonl, run } from './helpers.js';

beforeAll(() => ensureBuilt(), 120_000);

const SHIELD = 'https://url-shield.example.net/?a=1&u=http://www.Kousya35698900.stbasil.attacker.example/?vc=mailer-daemon@kousya.example';

describe('ayashii url', () => {
  it('unwraps the mission url-shield link and, given the recipient, finds their domain and address in it', () => {
    const r = run(['url', '--format', 'jsonl', '--recipient', 'mailer-daemon@kousya.example', SHIELD]);
    expect(r.code).toBe(0);
    const [rec] = jsonl(r.stdout);
    expect(rec?.['target']).toBe('http://www.kousya35698900.stbasil.attacker.example/?vc=mailer-daemon@kousya.example');
    expect(rec?.['via']).toEqual([{ host: 'url-shield.example.net', wrapper: 'generic', param: 'u' }]);
    expect(rec?.['verdict']).toBe('dangerous');
    const ids = (rec?.['findings'] as { checkId: string }[]).map((f) => f.checkId);
    expect(ids).toEqual(expect.arrayContaining(['recipient-targeting/recipient-in-link-host', 'recipient-targeting/recipient-in-link', 'url-redirect/third-party-redirect', 'url-redirect/insecure-target']));
    expect(rec?.['skipped']).toEqual([]);
    // Only what the link shows: a lone link has no sender, and no finding says it lacks one.
    expect(ids.every((id) => !id.startsWith('header-anomaly/') && !id.startsWith('sender-'))).toBe(true);
  });

  it('without a recipient, the recipient checks are named as not run, once on stderr in the table', () => {
    const j = jsonl(run(['url', '--format', 'jsonl', SHIELD]).stdout)[0];
    expect(j?.['verdict']).toBe('caution');
    expect((j?.['skipped'] as { checkId: string }[]).map((s) => s.checkId).sort()).toEqual(['recipient-targeting/recipient-in-link', 'recipient-targeting/recipient-in-link-host']);
    const t = run(['url', SHIELD, 'https://www.example.com/']);
    expect(t.stderr.match(/not looked for: the recipient/g)?.length).toBe(1);
    expect(t.stdout).toContain('via: url-shield.example.net');
    expect(t.stdout).toContain('goes to: http://www.kousya35698900.stbasil.attacker.example/');
  });

  it('legitimate twins stay safe: a Safe Links-wrapped internal link, a plain shop link, a Japanese IDN shop', () => {
    const safe = [
      'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fintranet.kousya.example%2Fnews&data=05%7C01%7Ctaro%40kousya.example',
      'https://shop.example.jp/items/123?ref=mail',
      'https://xn--eckwd4c7c.xn--zckzah/',
    ];
    const recs = jsonl(run(['url', '--format', 'jsonl', '--recipient', 'taro@kousya.example', ...safe]).stdout);
    expect(recs.map((x) => x['verdict'])).toEqual(['safe', 'safe', 'safe']);
    expect(recs[0]?.['target']).toBe('https://intranet.kousya.example/news');
    expect(recs.map((x) => (x['findings'] as unknown[]).length)).toEqual([0, 0, 0]);
  });

  it('a brand in front of another domain, a homograph and a lone shortener, in Japanese', () => {
    const r = run(['url', '--lang', 'ja', '--format', 'json', 'www.smbc-card.com.vpass-login.example/login', 'https://xn--pple-43d.com/', 'https://bit.ly/3abcd']);
    const recs = JSON.parse(r.stdout) as { url: string; verdict: string; summary: string; findings: { checkId: string; message: string }[] }[];
    // Schemeless www. links are read as a mail client links them.
    expect(recs[0]?.url).toBe('http://www.smbc-card.com.vpass-login.example/login');
    expect(recs[0]?.findings.map((f) => f.checkId)).toContain('lookalike-domain/brand-in-subdomain');
    expect(recs[1]?.verdict).toBe('suspicious');
    expect(recs[1]?.summary).toBe('このリンクは怪しい点があります：見た目の似た別の文字を使ったドメインです。確認するまで開かないでください。');
    expect(recs[2]?.verdict).toBe('caution');
    // A lone link is not "every link of this mail".
    expect(recs[2]?.findings[0]?.message).not.toContain('このメール');
  });

  it('reads links from standard input, skipping blank and # lines; --fail-on sets the exit code', () => {
    const input = `# reported by users\n\n${SHIELD}\nhttps://www.example.com/\n`;
    const r = run(['url', '--format', 'jsonl', '--recipient', 'taro@kousya.example', '--fail-on', 'suspicious', '-'], { input });
    expect(jsonl(r.stdout).map((x) => x['url'])).toEqual([SHIELD, 'https://www.example.com/']);
    expect(r.code).toBe(1);
    expect(run(['url', '--fail-on', 'dangerous', 'https://www.example.com/']).code).toBe(0);
  });

  it('defanged links (hxxps://, [.], (.), [:]) are read as the links they stand for', () => {
    const recs = jsonl(run(['url', '--format', 'jsonl', 'hxxps://login.smbc-card.com.vpass-login[.]example/x', 'hXXp[:]//www.example(.)com/', 'www[.]example[.]org']).stdout);
    expect(recs.map((x) => x['url'])).toEqual(['https://login.smbc-card.com.vpass-login.example/x', 'http://www.example.com/', 'http://www.example.org']);
    expect((recs[0]?.['findings'] as { checkId: string }[]).map((f) => f.checkId)).toContain('lookalike-domain/brand-in-subdomain');
  });

  it('a line that is not a link is an error record (exit 2), and the others are still judged', () => {
    const r = run(['url', '--format', 'jsonl', 'not a link', 'https://www.example.com/']);
    expect(r.code).toBe(2);
    const recs = jsonl(r.stdout);
    expect(recs[0]).toMatchObject({ url: 'not a link', code: 'url/not-a-link' });
    expect(recs[1]?.['verdict']).toBe('safe');
  });

  it('terminal controls in a link are shown as U+FFFD in the table', () => {
    const r = run(['url', 'https://www.example.com/\u001b[31m']);
    expect(r.stdout).not.toContain('\u001b');
  });

  it('usage errors name the url help; scan-only options are refused; help fits 80 columns in both languages', () => {
    const e = run(['url', '--jobs', '2', 'https://www.example.com/']);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('url: --jobs is an option of "scan" only');
    expect(e.stderr).toContain('Run "ayashii url --help" for usage.');
    expect(run(['url', '--format', 'csv', 'x'], { env: { LANG: 'ja_JP.UTF-8' } }).stderr).toContain('使い方は "ayashii url --help" で表示されます。');
    expect(run(['url', '--recipient', 'nobody', 'x']).code).toBe(2);
    expect(run(['scan', '--recipient', 'a@b.example', 'x']).stderr).toContain('--recipient is an option of "url"');
    const en = run(['url', '--help']).stdout;
    const ja = run(['url', '--help', '--lang', 'ja']).stdout;
    expect(en).toContain('Usage: ayashii url [options] <url|->...');
    expect(ja).toContain('使い方: ayashii url [オプション] <URL|->...');
    expect(run(['help', 'url']).stdout).toBe(en);
    const options = (t: string): string[] => [...t.matchAll(/(?:^|\s)(--?[a-z][a-z[\]-]*)/gm)].map((m) => m[1] as string).sort();
    expect(options(ja)).toEqual(options(en));
    const main = run(['--help']).stdout + run(['--help', '--lang', 'ja']).stdout;
    for (const line of [...en.split('\n'), ...ja.split('\n'), ...main.split('\n')]) {
      const width = [...line].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
      expect(width, line).toBeLessThanOrEqual(80);
    }
  });
});
