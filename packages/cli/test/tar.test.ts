/**
 * The tar reader (input/tar.ts): archives written here block by block, and by the system's GNU tar
 * in its three formats (gnu, posix/pax, ustar) when it is installed; read whole and in seeded
 * random pieces; damaged and cut short.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, linkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTar, tarEntries, TarError, type TarEntry } from '../src/input/tar.js';
import { seeded, tarFile, tarHeader, tarPad, tempDir } from './helpers.js';

const header = tarHeader;
const pad = tarPad;
const file = tarFile;
const END = Buffer.alloc(1024);

interface Read {
  name: string;
  kind: 'file' | 'link';
  data?: string;
  target?: string;
  hard?: boolean;
}

/** Reads every entry, each file's data whole; the archive fed in pieces of the given sizes (cycled). */
async function read(tar: Buffer, pieces: readonly number[] = [tar.length]): Promise<Read[]> {
  const chunks: Buffer[] = [];
  for (let at = 0, i = 0; at < tar.length; i++) {
    const n = Math.max(1, pieces[i % pieces.length] as number);
    chunks.push(Buffer.from(tar.subarray(at, at + n))); // fresh buffers, as a stream gives
    at += n;
  }
  const out: Read[] = [];
  for await (const e of tarEntries(chunks)) out.push(await described(e));
  return out;
}

async function described(e: TarEntry): Promise<Read> {
  if (e.kind === 'link') return { name: e.name, kind: 'link', target: e.target, hard: e.hard };
  const parts: Buffer[] = [];
  for await (const p of e.data) parts.push(p);
  return { name: e.name, kind: 'file', data: Buffer.concat(parts).toString('latin1') };
}

describe('tar reader', () => {
  const longName = `Maildir/.Archive.2024/cur/${'1700000000.M1P2V0000000000000803I'.repeat(4)}.host,S=120:2,S`;
  const big = Buffer.from(Array.from({ length: 70_000 }, (_, i) => 32 + (i % 90)));
  const archive = Buffer.concat([
    header('Maildir/', 0, '5'),
    file('Maildir/cur/1700000000.M1P1.host:2,S', 'From: a@example.com\n\nhello\n'),
    file('empty.eml', ''),
    // GNU long name: an `L` record holding the name, then the header with a cut name.
    header('././@LongLink', longName.length + 1, 'L', { gnu: true }),
    pad(Buffer.from(`${longName}\0`)),
    file(longName.slice(0, 100), 'From: b@example.com\n\nlong\n', { gnu: true }),
    // pax: a path and a size record for the next file (its header says otherwise).
    header('PaxHeaders/x', 0, 'x'),
    // The header's size is 0 (as for a file over 8 GiB): the pax record's size counts.
    header('ignored-name', 0),
    pad(Buffer.from('From: c@example.com\n\npax\n')),
    // POSIX prefix + name.
    file('1700000001.M2P1.host', 'From: d@example.com\n\nprefix\n', { prefix: 'Maildir/new' }),
    header('Maildir/cur/link.eml', 0, '1', { link: 'Maildir/cur/1700000000.M1P1.host:2,S' }),
    header('Maildir/cur/sym.eml', 0, '2', { link: '../elsewhere.eml' }),
    file('big.mbox', big, { base256: true }),
    END,
  ]);
  // The pax record above is empty: write one with real records instead.
  const paxBody = (() => {
    const rec = (k: string, v: string): string => {
      const body = ` ${k}=${v}\n`;
      let len = body.length + 1;
      while (String(len).length + body.length !== len) len++;
      return `${len}${body}`;
    };
    return Buffer.from(rec('path', 'Maildir/.Sent/cur/1700000002.M3P1.host:2,S') + rec('size', '25') + rec('mtime', '1700000000.5'));
  })();
  const withPax = (() => {
    const at = archive.indexOf(Buffer.from('PaxHeaders/x'));
    return Buffer.concat([archive.subarray(0, at), header('PaxHeaders/x', paxBody.length, 'x'), pad(paxBody), archive.subarray(at + 512)]);
  })();
  const expected: Read[] = [
    { name: 'Maildir/cur/1700000000.M1P1.host:2,S', kind: 'file', data: 'From: a@example.com\n\nhello\n' },
    { name: 'empty.eml', kind: 'file', data: '' },
    { name: longName, kind: 'file', data: 'From: b@example.com\n\nlong\n' },
    { name: 'Maildir/.Sent/cur/1700000002.M3P1.host:2,S', kind: 'file', data: 'From: c@example.com\n\npax\n' },
    { name: 'Maildir/new/1700000001.M2P1.host', kind: 'file', data: 'From: d@example.com\n\nprefix\n' },
    { name: 'Maildir/cur/link.eml', kind: 'link', target: 'Maildir/cur/1700000000.M1P1.host:2,S', hard: true },
    { name: 'Maildir/cur/sym.eml', kind: 'link', target: '../elsewhere.eml', hard: false },
    { name: 'big.mbox', kind: 'file', data: big.toString('latin1') },
  ];

  it('reads files (ustar prefixes, GNU long names, pax path and size, base-256 sizes) and links, skipping folders', async () => {
    expect(await read(withPax)).toEqual(expected);
  });

  it('reads the same whatever the pieces the stream comes in (60 seeded ways)', async () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rnd = seeded(seed);
      const pieces = Array.from({ length: 16 }, () => [1, 7, 511, 512, 513, 4096, 65536][rnd(7)] as number + rnd(3));
      expect(await read(withPax, pieces), `seed ${seed}`).toEqual(expected);
    }
  });

  it('reads away what follows the end of the archive (padding a writer on a pipe is still writing), up to 16 MiB', async () => {
    let pulled = 0;
    const source = (extra: number): Iterable<Buffer> => ({
      *[Symbol.iterator]() {
        pulled = 0;
        for (const b of [withPax, Buffer.alloc(extra)]) {
          pulled += b.length;
          yield b;
        }
        for (let i = 0; i < 40; i++) {
          pulled += 1 << 20;
          yield Buffer.alloc(1 << 20);
        }
      },
    });
    const names: string[] = [];
    for await (const e of tarEntries(source(10_240))) names.push(e.name);
    expect(names).toEqual(expected.map((e) => e.name));
    // The end blocks are in the first piece; the reader went on for 16 MiB of what follows, not to the end (40 MiB).
    expect(pulled).toBeGreaterThan(16 * 2 ** 20);
    expect(pulled).toBeLessThan(20 * 2 ** 20);
  });

  it('skips what a reader leaves of a file', async () => {
    const names: string[] = [];
    for await (const e of tarEntries([withPax])) {
      names.push(e.name);
      if (e.kind === 'file') for await (const _ of e.data) break; // one piece at most
    }
    expect(names).toEqual(expected.map((e) => e.name));
  });

  it('an empty stream has no files; the end blocks may be missing only there', async () => {
    expect(await read(Buffer.alloc(0))).toEqual([]);
    expect(await read(END)).toEqual([]);
    const noEnd = file('a.eml', 'From: a@example.com\n\nx\n');
    await expect(read(noEnd)).rejects.toThrow(TarError);
  });

  it('a damaged header ends the archive with an error; the files before it stand', async () => {
    const bad = Buffer.from(withPax);
    const second = bad.indexOf(Buffer.from('empty.eml'));
    bad[second + 3] = (bad[second + 3] as number) ^ 0x20; // the name changes: the checksum no longer holds
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const e of tarEntries([bad])) seen.push((await described(e)).name);
      })(),
    ).rejects.toThrow(/damaged header \(checksum\)/);
    expect(seen).toEqual(['Maildir/cur/1700000000.M1P1.host:2,S']);
  });

  it('an archive cut inside a file: that file\'s data throws, and nothing follows', async () => {
    const at = withPax.indexOf(Buffer.from('big.mbox'));
    const cut = withPax.subarray(0, at + 512 + 30_000);
    const seen: string[] = [];
    let failed: unknown = null;
    for await (const e of tarEntries([cut])) {
      seen.push(e.name);
      if (e.kind === 'file') {
        try {
          await described(e);
        } catch (x) {
          failed = x;
        }
      }
    }
    expect(seen).toEqual(expected.map((e) => e.name));
    expect(failed).toBeInstanceOf(TarError);
    expect(String(failed)).toMatch(/ends inside this file \(29696 of 70000 bytes\)|ends inside this file \(30000 of 70000 bytes\)/);
  });

  it('tells a tar header from mail that happens to hold "ustar" where a header has it', () => {
    expect(isTar(withPax)).toBe(true);
    const mail = Buffer.alloc(600, 0x61);
    mail.write('ustar', 257, 'latin1'); // "custard" at the wrong place
    expect(isTar(mail)).toBe(false);
    expect(isTar(withPax.subarray(0, 300))).toBe(false);
  });

  it('on 2,000 seeded damaged archives, fails only with TarError and reads nothing past the input', async () => {
    const rnd = seeded(2727);
    for (let round = 0; round < 2000; round++) {
      const bad = Buffer.from(withPax.subarray(0, rnd(3) === 0 ? rnd(withPax.length) : withPax.length));
      for (let k = rnd(12); k > 0; k--) bad[rnd(bad.length)] = rnd(256);
      let bytes = 0;
      try {
        for await (const e of tarEntries([bad])) {
          if (e.kind === 'file') for await (const p of e.data) bytes += p.length;
        }
      } catch (x) {
        if (!(x instanceof TarError)) throw new Error(`round ${round}: ${String(x)}`);
      }
      expect(bytes, `round ${round}`).toBeLessThanOrEqual(bad.length);
    }
  });

  const gnuTar = spawnSync('tar', ['--version'], { encoding: 'utf8' });
  it.skipIf(gnuTar.status !== 0 || !/GNU tar/.test(gnuTar.stdout))('reads what GNU tar writes in its gnu, posix and ustar formats', async () => {
    const dir = tempDir('ayashii-tar-');
    const src = join(dir, 'src');
    const names = [
      'Maildir/cur/1700000000.M1P1.host:2,S',
      'Maildir/new/1700000001.M2P1.host',
      `Maildir/.Sent/cur/${'1700000002.M3P1V0000000000000803I'.repeat(5)}.host:2,S`, // over 100 bytes
      'Maildir/.Archive/cur/1700000003.M4P1.ホスト:2,S', // UTF-8
      'box.mbox',
      'empty.eml',
    ];
    for (const [i, n] of names.entries()) {
      mkdirSync(join(src, n, '..'), { recursive: true });
      writeFileSync(join(src, n), n === 'empty.eml' ? '' : `From: a${i}@example.com\nSubject: ${n}\n\n${'body line\n'.repeat(i * 300)}`);
    }
    linkSync(join(src, 'box.mbox'), join(src, 'hard.mbox'));
    symlinkSync('box.mbox', join(src, 'soft.mbox'));
    for (const format of ['gnu', 'posix', 'ustar']) {
      const tarFile = join(dir, `${format}.tar`);
      // ustar keeps a name as a prefix of up to 155 bytes and a last part of up to 100.
      const names2 = format === 'ustar' ? names.filter((n) => Buffer.byteLength(n.slice(n.lastIndexOf('/') + 1)) <= 100) : names;
      const r = spawnSync('tar', [`--format=${format}`, '-cf', tarFile, '-C', src, '--sort=name', ...names2, 'hard.mbox', 'soft.mbox'], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const got = await read(readFileSync(tarFile), [1000, 4096, 333]);
      const files = got.filter((e) => e.kind === 'file');
      expect(files.map((e) => e.name), format).toEqual(names2);
      for (const e of files) expect(e.data, `${format} ${e.name}`).toBe(readFileSync(join(src, e.name)).toString('latin1'));
      expect(got.filter((e) => e.kind === 'link'), format).toEqual([
        { name: 'hard.mbox', kind: 'link', target: 'box.mbox', hard: true },
        { name: 'soft.mbox', kind: 'link', target: 'box.mbox', hard: false },
      ]);
    }
  });
});
