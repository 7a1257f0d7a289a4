/**
 * The asynchronous reader (src/pool/read-ahead.ts) against `readFileSync`: the same bytes for
 * files of seeded random sizes, read many at a time, whatever size hint it is given (right, too
 * small, too large, none) and with buffers given back and reused between reads; the same error
 * records as the synchronous path; and --jobs 1's InlineAnalyser reading files through it (the
 * workers of --jobs 2 and more read synchronously: see src/pool/read-ahead.ts).
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileReader, warmPageCache } from '../src/pool/read-ahead.js';
import { InlineAnalyser } from '../src/pool/inline.js';
import type { TaskBody } from '../src/pool/protocol.js';
import { scanFile, takeReadTime, type ScanConfig } from '../src/scan-message.js';
import { mulberry32 } from '../../core/test/attachment/builders.js';
import { tempDir } from './helpers.js';

const cfg: ScanConfig = { options: {}, lang: 'en', detail: false, maxMessageBytes: 64 << 20 };

function readAsync(reader: FileReader, path: string, size: number | undefined): Promise<{ copy: Buffer | null; error: string | null; release: () => void }> {
  return new Promise((resolve) =>
    reader.read(path, size, (e, bytes, release) =>
      // A copy: the buffer goes back to the pool and is overwritten by a later read.
      resolve({ copy: bytes ? Buffer.from(bytes) : null, error: e ? (e.code ?? e.message) : null, release }),
    ),
  );
}

describe('FileReader = readFileSync', () => {
  it('on files of seeded random sizes, many reads at a time, with right, wrong and missing size hints', async () => {
    const dir = tempDir();
    const next = mulberry32(43);
    const sizes = [0, 1, 2, 65535, 65536, 65537, 131071, 131072, 300_000, 5, 1 << 20, (1 << 20) + 1, 7, 3];
    for (let k = 0; k < 60; k++) sizes.push(Math.floor(next() * (next() < 0.2 ? 600_000 : 4000)));
    const paths = sizes.map((size, k) => {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i += 97) bytes[i] = Math.floor(next() * 256);
      const p = join(dir, `f${k}`);
      writeFileSync(p, bytes);
      return p;
    });
    const reader = new FileReader();
    const hints: ((n: number) => number | undefined)[] = [(n) => n, () => undefined, () => 0, (n) => Math.floor(n / 2), (n) => n * 3 + 10];
    for (const hint of hints) {
      // Eight reads in flight at a time, each buffer given back once checked, so later reads reuse it.
      for (let i = 0; i < paths.length; i += 8) {
        const group = paths.slice(i, i + 8);
        const got = await Promise.all(group.map((p, j) => readAsync(reader, p, hint(sizes[i + j] as number))));
        got.forEach((g, j) => {
          const p = group[j] as string;
          expect(g.error, p).toBeNull();
          expect(Buffer.compare(g.copy as Buffer, readFileSync(p)), p).toBe(0);
          g.release();
        });
      }
    }
  });

  it('a file that grew after it was listed is read to its end', async () => {
    const dir = tempDir();
    const p = join(dir, 'growing.eml');
    writeFileSync(p, 'x'.repeat(1000));
    appendFileSync(p, 'y'.repeat(200_000));
    const g = await readAsync(new FileReader(), p, 1000);
    expect(g.copy?.length).toBe(201_000);
    expect(Buffer.compare(g.copy as Buffer, readFileSync(p))).toBe(0);
  });

  it('errors: a missing file, a folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub.eml'));
    const reader = new FileReader();
    expect((await readAsync(reader, join(dir, 'missing.eml'), 10)).error).toBe('ENOENT');
    expect((await readAsync(reader, join(dir, 'sub.eml'), 10)).error).toBe('EISDIR');
  });
});

describe('reading tasks asynchronously gives the records of the synchronous path', () => {
  const message = (i: number): string =>
    `From: "Shop ${i}" <news@shop${i}.example>\r\nTo: user@example.org\r\nSubject: Order ${i}\r\nContent-Type: text/plain\r\n\r\nVisit https://www.shop${i}.example/orders/${i} please.\r\n`;

  it('the InlineAnalyser (--jobs 1), for messages, a small mbox and unreadable paths', async () => {
    const dir = tempDir();
    const paths: string[] = [];
    for (let i = 0; i < 12; i++) {
      const p = join(dir, `m${i}.eml`);
      writeFileSync(p, message(i));
      paths.push(p);
    }
    const mbox = join(dir, 'box');
    writeFileSync(mbox, [0, 1, 2].map((i) => `From sender@example.com Mon Nov 23 09:00:00 2026\n${message(i).replace(/\r\n/g, '\n')}\n`).join(''));
    paths.push(mbox, join(dir, 'missing.eml'));
    mkdirSync(join(dir, 'folder.eml'));
    paths.push(join(dir, 'folder.eml'));
    writeFileSync(join(dir, 'empty.eml'), '');
    paths.push(join(dir, 'empty.eml'));

    const { runTask } = await import('../src/pool/worker.js');
    const expected = paths.map((p) => scanFile(p, cfg));
    expect(expected[12]?.length).toBe(3);
    expect(expected[13]).toEqual([{ error: { code: 'io/ENOENT', params: {} } }]);
    expect(expected[14]).toEqual([{ error: { code: 'io/EISDIR', params: {} } }]);

    const seen: TaskBody[] = [];
    const inline = new InlineAnalyser(cfg, (t, c) => {
      seen.push(t);
      return runTask(t, c);
    });
    const viaInline = await Promise.all(paths.map((path, i) => inline.run(i % 2 ? { path } : { path, size: 10 })));
    expect(viaInline).toEqual(expected);
    // The main thread read the files: the analysis got their bytes, never a path; unreadable files never reached it.
    expect(seen.length).toBe(paths.length - 2);
    expect(seen.every((t) => 'bytes' in t && t.whole === true)).toBe(true);
    await inline.close();
  });
});

describe('--jobs 2 and more: what tells the main thread to read ahead of the workers', () => {
  it('scanFile counts its reads and their time, and takeReadTime hands them over once', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.eml'), 'From: a@example.com\r\nSubject: x\r\n\r\nhello\r\n');
    writeFileSync(join(dir, 'b.eml'), 'From: b@example.com\r\nSubject: y\r\n\r\nhello\r\n');
    takeReadTime();
    for (const f of ['a.eml', 'b.eml', 'missing.eml']) scanFile(join(dir, f), cfg);
    const t = takeReadTime();
    expect(t.files).toBe(3);
    expect(t.micros).toBeGreaterThanOrEqual(0);
    expect(takeReadTime()).toEqual({ micros: 0, files: 0 });
  });

  it('warmPageCache leaves a file it cannot open to the worker (no exception, no error record)', async () => {
    const dir = tempDir();
    expect(() => warmPageCache(join(dir, 'missing.eml'), 100)).not.toThrow();
    writeFileSync(join(dir, 'a.eml'), 'x'.repeat(5000));
    expect(() => warmPageCache(join(dir, 'a.eml'), 5000)).not.toThrow();
    // Its read completes on the thread pool without touching the file.
    await new Promise((r) => setTimeout(r, 20));
    expect(readFileSync(join(dir, 'a.eml'), 'utf8')).toBe('x'.repeat(5000));
  });
});

