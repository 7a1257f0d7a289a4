/**
 * `scan --links`: every link of each message and where it really goes (unwrapped), for the table,
 * jsonl and json; the other formats and the default output keep their shape.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, jsonl, mail, run, tempDir, write } from './helpers.js';

let box: string;

beforeAll(() => {
  ensureBuilt();
  box = join(tempDir('ayashii-links-'), 'mail');
  write(
    join(box, 'a-wrapped.eml'),
    mail({
      id: 'l1',
      fromName: 'Shop',
      from: 'news@shop.example',
      subject: 'Sale',
      html: true,
      body:
        '<p><a href="https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.shop.example%2Fsale&amp;data=05%7C01">Sale</a></p>' +
        '<p><a href="https://bit.ly/3abcd"><img src="cid:banner"></a></p>',
    }),
  );
  write(join(box, 'b-no-links.eml'), mail({ id: 'l2', subject: 'Hello', body: 'No links here.' }));
}, 120_000);

describe('scan --links', () => {
  it('jsonl: each record lists its links with the visible text, the unwrapped target, the hosts on the way and the domain', () => {
    const recs = jsonl(run(['scan', '--links', '--format', 'jsonl', '--jobs', '2', box]).stdout);
    const links = recs[0]?.['links'] as { text: string | null; target: string; domain: string; via: string[]; image: boolean; shortener: string | null }[];
    expect(links.map((l) => [l.text, l.target, l.domain, l.via, l.image, l.shortener])).toEqual([
      ['Sale', 'https://www.shop.example/sale', 'shop.example', ['nam12.safelinks.protection.outlook.com'], false, null],
      [null, 'https://bit.ly/3abcd', 'bit.ly', [], true, 'bit.ly'],
    ]);
    expect(recs[1]?.['links']).toEqual([]);
    // The same with --jobs 1 (analysed on the main thread).
    expect(jsonl(run(['scan', '--links', '--format', 'jsonl', '--jobs', '1', box]).stdout)).toEqual(recs);
  });

  it('without the flag the records keep their shape; csv is unchanged by it', () => {
    expect(jsonl(run(['scan', '--format', 'jsonl', box]).stdout).every((r) => !('links' in r))).toBe(true);
    expect(run(['scan', '--links', '--format', 'csv', box]).stdout).toBe(run(['scan', '--format', 'csv', box]).stdout);
  });

  it('table: one line per link, what the reader sees → where it goes, in the chosen language', () => {
    const en = run(['scan', '--links', '--no-color', '--lang', 'en', box]).stdout;
    expect(en).toContain('→ Sale → https://www.shop.example/sale');
    expect(en).toContain('→ [image] → https://bit.ly/3abcd');
    expect(run(['scan', '--links', '--no-color', '--lang', 'ja', box]).stdout).toContain('→ [画像] → https://bit.ly/3abcd');
  });

  it('is an option of scan only', () => {
    expect(run(['url', '--links', 'https://www.example.com/']).stderr).toContain('url: --links is an option of "scan" only');
  });
});
