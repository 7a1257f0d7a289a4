import { describe, expect, it } from 'vitest';
import { readArchive, readGzip, readRar, readSevenZip, readTar, readZip } from '../../src/attachment/archive.js';
import { bytes, gzip, latin1, rar4, rar5, sevenZip, tar, zip } from './builders.js';

describe('ZIP (PKWARE APPNOTE 6.3.10)', () => {
  it('§4.3.12: lists entries from the central directory', () => {
    const z = readZip(zip([{ name: 'a.pdf', data: '%PDF-' }, { name: 'dir/' }, { name: 'dir/b.pdf', data: 'x' }]));
    expect(z.source).toBe('central-directory');
    expect(z.entries.map((e) => [e.name, e.directory])).toEqual([
      ['a.pdf', false],
      ['dir/', true],
      ['dir/b.pdf', false],
    ]);
    expect(z.encrypted).toBe(false);
    expect(z.truncated).toBe(false);
    expect(z.declaredEntries).toBe(3);
  });

  it('§4.4.4 bit 0: the encrypted flag (ZipCrypto), per entry', () => {
    const z = readZip(zip([{ name: 'readme.txt', data: 'x' }, { name: '請求書.doc', data: 'y', encrypted: true, utf8Flag: true }]));
    expect(z.encrypted).toBe(true);
    expect(z.entries.map((e) => e.encrypted)).toEqual([false, true]);
    expect(z.entries[1]?.name).toBe('請求書.doc');
  });

  it('WinZip AES (method 99) sets bit 0 too', () => {
    expect(readZip(zip([{ name: 'a.js', data: 'x', aes: true }])).encrypted).toBe(true);
  });

  it('names without the UTF-8 flag: UTF-8 if valid, else Shift_JIS (Japanese Windows)', () => {
    const sjis = Uint8Array.from([0x90, 0xbf, 0x8b, 0x81, 0x8f, 0x91, 0x2e, 0x70, 0x64, 0x66]); // 請求書.pdf in CP932
    const z = readZip(zip([{ name: '', rawName: sjis, data: 'x' }, { name: 'データ.pdf', data: 'y' }]));
    expect(z.entries.map((e) => e.name)).toEqual(['請求書.pdf', 'データ.pdf']);
  });

  it('§4.3.6: a self-extractor stub in front shifts offsets; the reader re-anchors', () => {
    const z = readZip(zip([{ name: 'a.txt', data: 'x' }], { prefix: bytes('MZ', new Uint8Array(500)) }));
    expect(z.source).toBe('central-directory');
    expect(z.entries.map((e) => e.name)).toEqual(['a.txt']);
  });

  it('no central directory (truncated): falls back to local headers', () => {
    const z = readZip(zip([{ name: 'a.js', data: 'x'.repeat(100), encrypted: true }, { name: 'b.txt', data: 'y' }], { central: false }));
    expect(z.source).toBe('local-headers');
    expect(z.entries.map((e) => e.name)).toEqual(['a.js', 'b.txt']);
    expect(z.encrypted).toBe(true);
  });

  it('local headers with data descriptors (bit 3, sizes unknown) are found by signature', () => {
    const z = readZip(zip([{ name: 'a.txt', data: 'x'.repeat(50) }, { name: 'b.vbs', data: 'y' }], { central: false, dataDescriptor: true }));
    expect(z.entries.map((e) => e.name)).toEqual(['a.txt', 'b.vbs']);
  });

  it('a cut-off archive keeps what was readable', () => {
    const full = zip([{ name: 'one.pdf', data: 'a'.repeat(200) }, { name: 'two.exe', data: 'b'.repeat(200) }]);
    const z = readZip(full.subarray(0, 260));
    expect(z.entries.map((e) => e.name)).toContain('one.pdf');
    expect(z.truncated).toBe(true);
  });

  it('an empty archive', () => {
    const z = readZip(zip([]));
    expect(z.entries).toEqual([]);
    expect(z.encrypted).toBe(false);
  });
});

describe('RAR', () => {
  it('RAR 4: file headers, the per-file encrypted flag (0x04)', () => {
    const r = readRar(rar4([{ name: 'invoice.doc' }, { name: 'payload.exe', encrypted: true }]));
    expect(r.entries.map((e) => [e.name, e.encrypted])).toEqual([
      ['invoice.doc', false],
      ['payload.exe', true],
    ]);
    expect(r.encrypted).toBe(true);
    expect(r.headersEncrypted).toBe(false);
  });

  it('RAR 4: MHD_PASSWORD (0x80) hides the names', () => {
    const r = readRar(rar4([], { headersEncrypted: true }));
    expect(r).toMatchObject({ encrypted: true, headersEncrypted: true, entries: [] });
  });

  it('RAR 5: file headers and the file encryption extra record (type 1)', () => {
    const r = readRar(rar5([{ name: 'a.pdf' }, { name: '請求書.js', encrypted: true }]));
    expect(r.entries.map((e) => [e.name, e.encrypted])).toEqual([
      ['a.pdf', false],
      ['請求書.js', true],
    ]);
    expect(r.encrypted).toBe(true);
  });

  it('RAR 5: the archive encryption header (type 4) hides everything', () => {
    expect(readRar(rar5([], { headersEncrypted: true }))).toMatchObject({ encrypted: true, headersEncrypted: true });
  });

  it('RAR 5: a clean archive', () => {
    expect(readRar(rar5([{ name: 'a.pdf' }]))).toMatchObject({ encrypted: false, truncated: false });
  });
});

describe('7z (7zFormat.txt)', () => {
  it('encoded header whose coders include 7zAES: header encryption', () => {
    expect(readSevenZip(sevenZip({ headersEncrypted: true }))).toMatchObject({ encrypted: true, headersEncrypted: true });
  });
  it('encoded header with LZMA only: encryption unknown (never decompressed)', () => {
    expect(readSevenZip(sevenZip({ headersEncrypted: false }))).toMatchObject({ encrypted: null, headersEncrypted: false });
  });
  it('plain header listing a 7zAES coder', () => {
    expect(readSevenZip(sevenZip({ plainHeaderAes: true })).encrypted).toBe(true);
    expect(readSevenZip(sevenZip({ plainHeaderAes: false })).encrypted).toBe(false);
  });
  it('next-header offset beyond the bytes: truncated, unknown', () => {
    expect(readSevenZip(sevenZip({ headersEncrypted: true }).subarray(0, 40))).toMatchObject({ encrypted: null, truncated: true });
  });
});

describe('gzip, tar', () => {
  it('RFC 1952 §2.3.1: FNAME is the only entry', () => {
    expect(readGzip(gzip('invoice.pdf.exe')).entries.map((e) => e.name)).toEqual(['invoice.pdf.exe']);
  });
  it('ustar headers', () => {
    expect(readTar(tar(['a.txt', 'b/c.sh'])).entries.map((e) => e.name)).toEqual(['a.txt', 'b/c.sh']);
  });
});

describe('readArchive', () => {
  it('dispatches on the signature and returns null for anything else', () => {
    expect(readArchive(zip([{ name: 'a', data: 'x' }]))?.format).toBe('zip');
    expect(readArchive(rar5([{ name: 'a' }]))?.format).toBe('rar');
    expect(readArchive(sevenZip())?.format).toBe('7z');
    expect(readArchive(gzip('a'))?.format).toBe('gzip');
    expect(readArchive(tar(['a']))?.format).toBe('tar');
    expect(readArchive(latin1('%PDF-1.7'))).toBeNull();
    expect(readArchive(new Uint8Array())).toBeNull();
  });
});
