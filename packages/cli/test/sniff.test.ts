/**
 * messageProblem's byte classes are counted with a regex over the `latin1` view of the bytes; this
 * checks the count against a plain loop over the bytes, on every byte value and on seeded junk.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { countControl, hasGzipName, hasZipName, isGzip, isZip, messageProblem } from '../src/input/sniff.js';
import { hasTarName } from '../src/input/tar.js';
import { crc32, tableCrc32 } from '../src/input/zip-part.js';

/** The reference: NUL, C0 controls but tab, LF, FF, CR and ESC, and DEL. */
function controlBytes(b: Uint8Array): number {
  let n = 0;
  for (const c of b) if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f) n++;
  return n;
}

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

describe('messageProblem byte classes', () => {
  it('counts each of the 256 byte values as the byte loop does', () => {
    for (let c = 0; c < 256; c++) {
      const b = Uint8Array.of(0x41, c, 0x42);
      expect(countControl(latin1(b)), `byte 0x${c.toString(16)}`).toBe(controlBytes(b));
    }
  });
  it('matches the byte loop on seeded random input', () => {
    let a = 7;
    for (let round = 0; round < 200; round++) {
      const b = new Uint8Array(1 + (round * 37) % 600);
      for (let i = 0; i < b.length; i++) {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = Math.imul(a ^ (a >>> 15), a | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        // Mostly text, with control bytes mixed in.
        b[i] = round % 3 === 0 ? ((t ^ (t >>> 14)) >>> 0) & 0xff : 0x20 + (((t >>> 3) & 0xff) % 0x60);
      }
      expect(countControl(latin1(b))).toBe(controlBytes(b));
    }
  });
  it('tells blank and binary messages from mail', () => {
    expect(messageProblem(Buffer.from(' \r\n\t\n'))?.code).toBe('format/blank-message');
    expect(messageProblem(Buffer.from(' \r\n\f\n'))?.code).not.toBe('format/blank-message');
    expect(messageProblem(Buffer.from('From: a@example.com\r\n\r\nx\0\0\0'))).toBeNull();
    expect(messageProblem(Buffer.from('From: a@example.com\r\n\r\n' + '\x01\x02'.repeat(20)))?.code).toBe('format/binary');
  });
});

describe('compressed input: names, signatures and the ZIP reader\'s CRC-32', () => {
  it('tells gzip and ZIP by name (what routes them to the main thread) and by their first bytes', () => {
    expect(['a.mbox.gz', 'Inbox.GZ', 'x.eml.gzip', '2026-November.txt.gz', 'Maildir.tgz'].map(hasGzipName)).toEqual([true, true, true, true, true]);
    expect(['a.mbox', 'gz', 'a.gzx', 'a.tgzx'].map(hasGzipName)).toEqual([false, false, false, false]);
    expect(['a.tar', 'B.TAR.GZ', 'c.tgz', 'd.tar.gzip'].map(hasTarName)).toEqual([true, true, true, true]);
    expect(['a.tar.zip', 'tar', 'a.tarx', 'a.gz', 'a.mbox'].map(hasTarName)).toEqual([false, false, false, false, false]);
    expect(['a.zip', 'B.ZIP'].map(hasZipName)).toEqual([true, true]);
    expect(['a.zipx', 'zip', 'a.zip.gz'].map(hasZipName)).toEqual([false, false, false]);
    expect(isGzip(gzipSync('x'))).toBe(true);
    expect(isGzip(Buffer.from('From: a@example.com'))).toBe(false);
    expect(isZip(Buffer.from('PK\x03\x04rest', 'latin1'))).toBe(true);
    expect(isZip(Buffer.from('PK\x05\x06', 'latin1'))).toBe(true); // an empty archive: only the end record
    expect(isZip(Buffer.from('PKZIP is a program', 'latin1'))).toBe(false);
  });

  it('computes the CRC-32 ZIP uses, in pieces as in one (zlib\'s where Node has it, and the table)', () => {
    for (const f of [crc32, tableCrc32]) {
      expect(f(0, Buffer.from('123456789'))).toBe(0xcbf43926);
      expect(f(0, Buffer.alloc(0))).toBe(0);
      const all = Buffer.from('The quick brown fox jumps over the lazy dog');
      expect(f(0, all)).toBe(0x414fa339);
      expect(f(f(0, all.subarray(0, 10)), all.subarray(10))).toBe(0x414fa339);
    }
  });
});
