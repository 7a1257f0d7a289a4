/** File names as bytes: what the walk lists is what the file system opens (input/fs-path.ts). */
import { describe, expect, it } from 'vitest';
import { fsPath, nameFromBytes } from '../src/input/fs-path.js';
import { seeded } from './helpers.js';

describe('nameFromBytes / fsPath', () => {
  it('UTF-8 names (Japanese, emoji) stay plain strings, and are passed to the file system as they are', () => {
    for (const name of ['a.eml', 'メール.eml', 'inbox 💩.mbox', '']) {
      expect(nameFromBytes(Buffer.from(name))).toBe(name);
      expect(fsPath(`/x/${name}`)).toBe(`/x/${name}`);
    }
  });

  it('other bytes are kept as lone surrogates U+DC80–U+DCFF, and given back exactly', () => {
    const cases = [
      Buffer.from([0x83, 0x81, 0x81, 0x5b, 0x83, 0x8b, 0x2e, 0x65, 0x6d, 0x6c]), // Shift_JIS メール.eml
      Buffer.from('caf\xe9', 'latin1'),
      Buffer.concat([Buffer.from('ok-'), Buffer.from('é😀'), Buffer.from([0xff, 0xc3]), Buffer.from('-end')]), // valid UTF-8 around bad bytes, a cut sequence at the end of a run
      Buffer.from([0xed, 0xb2, 0x80]), // UTF-8 of a surrogate: not valid UTF-8
    ];
    for (const b of cases) {
      const name = nameFromBytes(b);
      expect(name).toMatch(/[\uDC80-\uDCFF]/);
      expect(Buffer.compare(Buffer.from(fsPath(`/x/${name}`)), Buffer.concat([Buffer.from('/x/'), b]))).toBe(0);
    }
    expect(nameFromBytes(Buffer.from('caf\xe9', 'latin1'))).toBe('caf\udce9');
  });

  it('any bytes round-trip (seeded: 3,000 names of random bytes, many of them UTF-8 sequences cut or malformed)', () => {
    const rnd = seeded(26);
    // Bytes from the places where UTF-8 goes wrong: leads, continuations, overlongs, surrogates, above U+10FFFF.
    const pool = [0x41, 0x2e, 0x7f, 0x80, 0x8f, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xa0, 0xef, 0xf0, 0xf4, 0x90, 0xf5, 0xff];
    for (let k = 0; k < 3000; k++) {
      const b = Buffer.from(Array.from({ length: 1 + rnd(12) }, () => (rnd(3) === 0 ? 0x20 + rnd(0x5f) : (pool[rnd(pool.length)] as number))));
      const name = nameFromBytes(b);
      expect(Buffer.compare(Buffer.from(fsPath(`/d/${name}`)), Buffer.concat([Buffer.from('/d/'), b])), b.toString('hex')).toBe(0);
    }
  });
});
