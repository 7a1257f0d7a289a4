/**
 * Hostile archives: a zip bomb, a huge directory, overlapping entries, truncation, cycles and
 * random corruption must finish fast, with bounded results, and never throw. Nothing is inflated.
 */
import { describe, expect, it } from 'vitest';
import { readArchive, readZip, DEFAULT_MAX_ENTRIES } from '../../src/attachment/archive.js';
import { readCfb } from '../../src/attachment/cfb.js';
import { inspectAttachment } from '../../src/attachment/inspect.js';
import { sniffType } from '../../src/attachment/sniff.js';
import { bytes, cfb, latin1, mulberry32, onenote, ooxml, rar4, rar5, sevenZip, tar, zip } from './builders.js';

function le16(n: number) {
  return [n & 0xff, (n >>> 8) & 0xff];
}
function le32(n: number) {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

/** A central directory of `n` entries that all point at one local header (Fifield's overlap), each claiming 4 GiB. */
function overlappingBomb(n: number): Uint8Array {
  const name = latin1('0');
  const local = bytes('PK\x03\x04', le16(20), le16(0), le16(8), le16(0), le16(0), le32(0), le32(1000), le32(0xffffffff), le16(1), le16(0), name, new Uint8Array(1000));
  const entry = bytes('PK\x01\x02', le16(20), le16(20), le16(0), le16(8), le16(0), le16(0), le32(0), le32(1000), le32(0xffffffff), le16(1), le16(0), le16(0), le16(0), le16(0), le32(0), le32(0), name);
  const cd = new Uint8Array(entry.length * n);
  for (let i = 0; i < n; i++) cd.set(entry, i * entry.length);
  const eocd = bytes('PK\x05\x06', le16(0), le16(0), le16(0xffff), le16(0xffff), le32(cd.length), le32(local.length), le16(0));
  return bytes(local, cd, eocd);
}

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

describe('hostile archives', () => {
  it('zip bomb with 150,000 overlapping 4 GiB entries: ≤1,000 entries examined, nothing inflated, fast', () => {
    const bomb = overlappingBomb(150_000);
    const [z, ms] = timed(() => readZip(bomb));
    expect(z.entries.length).toBe(DEFAULT_MAX_ENTRIES);
    expect(z.truncated).toBe(true);
    expect(ms).toBeLessThan(500);
    const [i, ms2] = timed(() => inspectAttachment({ filename: 'bomb.zip', contentType: 'application/zip', size: bomb.length, bytes: bomb }));
    expect(i.archive?.files.length).toBe(DEFAULT_MAX_ENTRIES);
    expect(ms2).toBeLessThan(1000);
  });

  it('8 MiB of back-to-back local headers without a central directory: capped scan', () => {
    const one = bytes('PK\x03\x04', le16(20), le16(8), le16(8), new Array(16).fill(0), le16(1), le16(0), 'a');
    const big = new Uint8Array(8 * 1024 * 1024);
    for (let o = 0; o + one.length <= big.length; o += one.length) big.set(one, o);
    const [z, ms] = timed(() => readZip(big));
    expect(z.entries.length).toBe(DEFAULT_MAX_ENTRIES);
    expect(ms).toBeLessThan(1000);
  });

  it('a 64 MiB buffer of zeros named .zip (beyond any host cap) is not walked', () => {
    const huge = new Uint8Array(64 * 1024 * 1024);
    const [i, ms] = timed(() => inspectAttachment({ filename: 'huge.zip', contentType: 'application/zip', size: huge.length, bytes: huge }));
    expect(i.sniffedType).toBeNull();
    expect(ms).toBeLessThan(1500);
  });

  it('a truncated archive (half the bytes) finishes with what was readable', () => {
    const z = zip(Array.from({ length: 50 }, (_, k) => ({ name: `doc${k}.pdf`, data: 'x'.repeat(300) })));
    const cut = readArchive(z.subarray(0, Math.floor(z.length / 2)));
    expect(cut?.entries.length).toBeGreaterThan(10);
    expect(cut?.entries.length).toBeLessThan(50);
    expect(cut?.source).toBe('local-headers');
  });

  it('RAR headers declaring a zero or huge size do not loop', () => {
    const r = rar4([{ name: 'a.txt' }]);
    const zeroSize = r.slice();
    zeroSize[7 + 13 + 5] = 0; // first file header HEAD_SIZE = 0
    zeroSize[7 + 13 + 6] = 0;
    expect(() => readArchive(zeroSize)).not.toThrow();
    const hugeSize = rar5([{ name: 'a.txt' }]).slice();
    expect(() => readArchive(hugeSize.subarray(0, 20))).not.toThrow();
  });

  it('CFB with a DIFAT chain pointing at itself', () => {
    const b = cfb(['WordDocument']);
    b.set(le32(0), 0x44); // first DIFAT sector = sector 0
    b.set(le32(5), 0x48);
    b.set(le32(200), 0x30); // directory starts far away → needs DIFAT beyond the header
    expect(() => readCfb(b)).not.toThrow();
  });

  it('seeded fuzz: corrupted archives and containers never throw and stay bounded', () => {
    const seeds = [
      zip([{ name: 'a.pdf', data: 'x'.repeat(64) }, { name: 'b.js', data: 'y', encrypted: true }]),
      zip([{ name: 'a.pdf', data: 'x' }], { central: false, dataDescriptor: true }),
      rar4([{ name: 'a.exe', encrypted: true }, { name: 'b.txt' }]),
      rar5([{ name: 'a.exe', encrypted: true }, { name: 'b.txt' }]),
      sevenZip({ headersEncrypted: true }),
      cfb(['WordDocument', 'Macros', 'VBA', 'dir', '_VBA_PROJECT', 'a', 'b', 'c', 'd']),
      ooxml('xl', { vba: true }),
      onenote([latin1('MZ payload')]),
      tar(['a', 'b']),
    ];
    const rnd = mulberry32(20261123);
    const t = performance.now();
    for (let round = 0; round < 3000; round++) {
      const seed = seeds[round % seeds.length] as Uint8Array;
      const b = seed.slice();
      const flips = 1 + Math.floor(rnd() * 8);
      for (let k = 0; k < flips; k++) {
        const at = Math.floor(rnd() * b.length);
        b[at] = rnd() < 0.3 ? 0xff : Math.floor(rnd() * 256);
      }
      const cut = rnd() < 0.3 ? b.subarray(0, Math.floor(rnd() * b.length)) : b;
      expect(() => sniffType(cut)).not.toThrow();
      const i = inspectAttachment({ filename: 'x.zip', contentType: 'application/octet-stream', size: cut.length, bytes: cut });
      expect((i.archive?.files.length ?? 0) <= DEFAULT_MAX_ENTRIES).toBe(true);
    }
    expect(performance.now() - t).toBeLessThan(10_000);
  });
});
