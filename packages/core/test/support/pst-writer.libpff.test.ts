/**
 * The test writer's 4 KiB-page files (Outlook 2013's offline stores, the format [MS-PST] does not
 * describe) checked by two independent readers, libpff's `pffexport` and libpst's `readpst`
 * (Debian's pff-tools and pst-utils, which scripts/test-all.sh installs): each must read a 4K file
 * exactly as it reads the Unicode .pst of the same content. Skipped, with the reason, where the
 * tools are missing.
 *
 * Left out, and why: compressed files with permute encoding (libpff 20180714 decrypts only the
 * stored length of an inflated block, so multi-block data comes out wrong in any order of encoding
 * and compressing); compressed files in readpst (libpst 0.6.76 takes the inflated size from the
 * block B-tree entry, where libpff and this writer keep the reference count).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { MsgSpec } from './msg-writer.js';
import { writePst, type PstFolderSpec, type PstOptions } from './pst-writer.js';

const PFFEXPORT = '/usr/bin/pffexport';
const READPST = '/usr/bin/readpst';
const deflate = (b: Uint8Array) => new Uint8Array(deflateSync(b));
const utf8 = (s: string) => new TextEncoder().encode(s);

const long = (c: string) => c.repeat(1500);
const rich: MsgSpec = {
  subject: '請求書のご確認',
  senderName: '経理部',
  senderSmtp: 'keiri@kousya.example',
  body: 'ご確認ください。\r\n'.repeat(400),
  html: utf8(`<p>${'お支払い方法を更新してください。'.repeat(300)}</p><a href="https://login.example.net/">更新</a>`),
  internetCpid: 65001,
  recipients: [{ type: 1, name: '山田 太郎', smtp: 'taro@customer.example' }],
  attachments: [{ longFilename: 'invoice.pdf', mimeTag: 'application/pdf', data: new Uint8Array(20_000).map((_, i) => (i * 7) & 0xff) }],
};
// Properties that fill a heap of several blocks.
const wide: MsgSpec = { subject: long('s'), body: long('b'), html: utf8(`<p>${long('t')}</p>`), internetCpid: 65001 };
const folders: PstFolderSpec[] = [
  { name: '受信トレイ', messages: [rich, wide], folders: [{ name: '取引先', messages: [{ subject: 'hello', body: 'world' }] }] },
  { name: 'Archive', messages: Array.from({ length: 300 }, (_, i) => ({ subject: `Archived ${i}`, body: `本文 ${i}` })) },
];

/** Every file under `dir`: its path (relative) and bytes (as Latin-1 text, so that ASCII can be looked for). */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p).toString('latin1');
    }
  };
  walk(dir);
  return out;
}

function written(options: PstOptions, ext: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ayashii-pff-')), `store.${ext}`);
  writeFileSync(file, writePst(folders, options));
  return file;
}

function pffexport(file: string): Record<string, string> {
  execFileSync(PFFEXPORT, ['-q', '-t', `${file}-out`, file], { stdio: 'pipe', timeout: 60_000 });
  return tree(`${file}-out.export`);
}

function readpst(file: string): Record<string, string> {
  const out = `${file}-mbox`;
  execFileSync('mkdir', ['-p', out]);
  execFileSync(READPST, ['-q', '-o', out, file], { stdio: 'pipe', timeout: 60_000 });
  // readpst's MIME boundaries carry a random number (seeded by the clock): the same for both files.
  return Object.fromEntries(Object.entries(tree(out)).map(([k, v]) => [k, v.replace(/iamunique-\d+_/g, 'iamunique-N_')]));
}

const cases: [string, PstOptions][] = [
  ['no encoding', { crypt: 'none' }],
  ['permute', { crypt: 'permute' }],
  ['cyclic', { crypt: 'cyclic' }],
  ['no encoding, compressed', { crypt: 'none', deflate }],
  ['cyclic, compressed', { crypt: 'cyclic', deflate }],
  ['no encoding, compressed, 64 KiB blocks', { crypt: 'none', deflate, maxBlockData: 65512 }],
];

describe.skipIf(!existsSync(PFFEXPORT))(`libpff (${PFFEXPORT}) reads the writer's 4 KiB-page stores as its Unicode files`, () => {
  it.each(cases)('%s', (_, options) => {
    const { deflate: _d, maxBlockData: _m, ...plain } = options;
    const unicode = pffexport(written({ ...plain, format: 'unicode' }, 'pst'));
    expect(Object.keys(unicode).length).toBeGreaterThan(300 * 3);
    expect(Object.keys(unicode).some((p) => p.includes('取引先'))).toBe(true);
    expect(Object.values(unicode).join('')).toContain('Archived 299');
    expect(pffexport(written({ ...options, format: '4k' }, 'ost'))).toEqual(unicode);
  });
});

describe.skipIf(!existsSync(READPST))(`libpst (${READPST}) reads the writer's 4 KiB-page stores as its Unicode files`, () => {
  it.each(cases.filter(([, o]) => !o.deflate))('%s', (_, options) => {
    const unicode = readpst(written({ ...options, format: 'unicode' }, 'pst'));
    expect(Object.keys(unicode).length).toBeGreaterThanOrEqual(3);
    expect(Object.values(unicode).join('')).toContain('Subject: Archived 299');
    expect(readpst(written({ ...options, format: '4k' }, 'ost'))).toEqual(unicode);
  });
});
