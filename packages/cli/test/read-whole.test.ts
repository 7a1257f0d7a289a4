/**
 * `readWhole` (a buffer reused from file to file) against `readFileSync`: the same bytes for files
 * of seeded random sizes around the buffer's growth points, each read checked before the next one
 * overwrites it; the same error records for a missing file and a directory; and files over the
 * reuse limit in a buffer of their own.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWhole, scanFile, type ScanConfig } from '../src/scan-message.js';
import { mulberry32 } from '../../core/test/attachment/builders.js';
import { tempDir } from './helpers.js';

describe('readWhole = readFileSync', () => {
  it('on files of seeded random sizes, read one after the other', () => {
    const dir = tempDir();
    const next = mulberry32(41);
    const sizes = [0, 1, 2, 65535, 65536, 65537, 131071, 131072, 300_000, 5, 1 << 20, 7, 8 * 1024 * 1024 - 1, 3];
    for (let k = 0; k < 40; k++) sizes.push(Math.floor(next() * (next() < 0.2 ? 600_000 : 4000)));
    sizes.forEach((size, k) => {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i += 97) bytes[i] = Math.floor(next() * 256);
      writeFileSync(join(dir, `f${k}`), bytes);
    });
    sizes.forEach((_, k) => {
      const path = join(dir, `f${k}`);
      const got = readWhole(path);
      expect(Buffer.compare(got, readFileSync(path)), path).toBe(0);
    });
  });

  it('files at or over the reuse limit get their own buffer', () => {
    const dir = tempDir();
    const big = new Uint8Array(8 * 1024 * 1024 + 5).fill(0x61);
    writeFileSync(join(dir, 'big'), big);
    writeFileSync(join(dir, 'small'), 'x');
    const a = readWhole(join(dir, 'big'));
    const b = readWhole(join(dir, 'small'));
    expect(a.length).toBe(big.length);
    expect(a.every((c) => c === 0x61)).toBe(true);
    expect(b.toString()).toBe('x');
  });

  it('the same error records as readFileSync', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub.eml'));
    const cfg: ScanConfig = { options: {}, lang: 'en', detail: false, maxMessageBytes: 64 << 20 };
    expect(scanFile(join(dir, 'missing.eml'), cfg)).toEqual([{ error: { code: 'io/ENOENT', params: {} } }]);
    expect(scanFile(join(dir, 'sub.eml'), cfg)).toEqual([{ error: { code: 'io/EISDIR', params: {} } }]);
  });
});
