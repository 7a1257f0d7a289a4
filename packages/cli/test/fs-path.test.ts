/** File names as bytes: what the walk lists is what the file system opens (input/fs-path.ts). */
import { describe, expect, it } from 'vitest';
import { fsPath, nameFromBytes } from '../src/input/fs-path.js';

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
});
