/**
 * Decoding helpers of URL inspection: base64 found in a URL is read as UTF-8 when it is valid
 * UTF-8 (RFC 3629, as the WHATWG decoder reads it) and as Latin-1 otherwise.
 */
import { describe, expect, it } from 'vitest';
import { base64HasByte, bytesToText, decodeBase64Bytes, decodeBase64Text, isUtf8, withScheme } from '../../src/url/parse-url.js';

describe('isUtf8 (RFC 3629 well-formed UTF-8)', () => {
  it.each([
    ['ASCII', [0x61, 0x62]],
    ['two bytes', [0xc3, 0xa9]],
    ['three bytes', [0xe6, 0x97, 0xa5]],
    ['four bytes', [0xf0, 0x9f, 0x98, 0x80]],
    ['the last code point', [0xf4, 0x8f, 0xbf, 0xbf]],
    ['a BOM', [0xef, 0xbb, 0xbf, 0x61]],
    ['nothing', []],
  ])('accepts %s', (_, b) => {
    expect(isUtf8(Uint8Array.from(b))).toBe(true);
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong two-byte form', [0xc0, 0xaf]],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf]],
    ['an overlong four-byte form', [0xf0, 0x80, 0x80, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['F5', [0xf5, 0x80, 0x80, 0x80]],
    ['a sequence cut off at the end', [0x61, 0xe6, 0x97]],
    ['a bad second continuation byte', [0xe6, 0x97, 0x41]],
  ])('rejects %s', (_, b) => {
    expect(isUtf8(Uint8Array.from(b))).toBe(false);
  });

  it('agrees with the fatal WHATWG decoder on seeded random bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const edges = [0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
    let seed = 3629;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return Math.floor((seed / 4294967296) * n);
    };
    for (let t = 0; t < 20000; t++) {
      const b = Uint8Array.from({ length: rnd(8) }, () => (rnd(10) < 6 ? (edges[rnd(edges.length)] as number) : rnd(256)));
      let valid = true;
      try {
        strict.decode(b);
      } catch {
        valid = false;
      }
      expect(isUtf8(b), [...b].join(',')).toBe(valid);
    }
  });
});

describe('bytesToText', () => {
  it('reads valid UTF-8 as UTF-8 and anything else as Latin-1', () => {
    expect(bytesToText(new TextEncoder().encode('taro@例え.jp'))).toBe('taro@例え.jp');
    expect(bytesToText(Uint8Array.from([0x74, 0x40, 0xe9, 0x78]))).toBe('t@\u00e9x');
    expect(decodeBase64Text('dGFyb0BleGFtcGxlLmpw')).toBe('taro@example.jp');
    expect(decodeBase64Text('not base64!')).toBeNull();
  });
});

describe('base64HasByte', () => {
  it('says whether the decoded bytes would hold the byte, for valid base64 only', () => {
    expect(base64HasByte('dGFyb0BleGFtcGxlLmpw', 0x40)).toBe(true);
    expect(base64HasByte('dGFyb0BleGFtcGxlLmpw', 0x40, 4)).toBe(false);
    expect(base64HasByte('dGFyb0BleGFtcGxlLmpw!', 0x40)).toBe(false);
    expect(base64HasByte('QA', 0x40)).toBe(true);
    expect(base64HasByte('QA==', 0x40)).toBe(true);
    expect(base64HasByte('Q', 0x40)).toBe(false);
  });
  it('agrees with decoding and searching on seeded random runs', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_=QAB.';
    let seed = 4648;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return Math.floor((seed / 4294967296) * n);
    };
    for (let t = 0; t < 5000; t++) {
      const s = Array.from({ length: rnd(24) }, () => alphabet[rnd(alphabet.length)]).join('');
      const max = rnd(3) === 0 ? rnd(24) : 2048;
      const bytes = decodeBase64Bytes(s, max);
      expect(base64HasByte(s, 0x40, max), s).toBe(bytes !== null && bytes.includes(0x40));
    }
  });
});

describe('withScheme', () => {
  it.each([
    ['example.io/login.php', 'http', 'http://example.io/login.php'],
    ['www.example.com:8080/x', 'https', 'https://www.example.com:8080/x'],
    ['a-b.example.jp', 'http', 'http://a-b.example.jp'],
    ['shop.example?q=1', 'https', 'https://shop.example?q=1'],
  ] as const)('%s', (value, scheme, url) => {
    expect(withScheme(value, scheme)).toBe(url);
  });
  it.each(['README', '/path/x', 'token/abc', '', 'exa mple.com/x'])('not a URL: %s', (value) => {
    expect(withScheme(value, 'http')).toBeNull();
  });
});
