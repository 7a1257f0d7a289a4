import { describe, expect, it } from 'vitest';
import { decodeEncodedWords, decodeRfc2231 } from '../../src/parse/encoded-word.js';
import { decodeBytes, sniffCharset } from '../../src/parse/charset.js';

const b64 = (s: string) => btoa(String.fromCharCode(...s.split('').map((c) => c.charCodeAt(0))));

describe('RFC 2047 encoded-words', () => {
  it.each([
    ['=?UTF-8?B?44Ki44Or44OV44Kh44Oh44O844Or?=', 'アルファメール'],
    ['=?utf-8?q?H=C3=B6rst=2C_Kenny?=', 'Hörst, Kenny'],
    ['=?ISO-2022-JP?B?GyRCJCo7WUonJCRKfUshJE4bKEI=?=', 'お支払い方法の'],
    ['plain text', 'plain text'],
    ['=?UTF-8?B?QQ==?= =?UTF-8?B?Qg==?=', 'AB'],
    ['=?UTF-8?B?QQ==?= x =?UTF-8?B?Qg==?=', 'A x B'],
    ['=?unknown-charset?B?QUJD?=', 'ABC'],
    ['=?UTF-8?B?broken', '=?UTF-8?B?broken'],
  ])('decodes %s', (input, out) => {
    expect(decodeEncodedWords(input)).toBe(out);
  });

  it('RFC 2047 §6.2: joins adjacent words of one charset at the byte level (UTF-8 split mid-character)', () => {
    const bytes = new TextEncoder().encode('重要');
    const a = btoa(String.fromCharCode(...bytes.slice(0, 4)));
    const b = btoa(String.fromCharCode(...bytes.slice(4)));
    expect(decodeEncodedWords(`=?UTF-8?B?${a}?= =?UTF-8?B?${b}?=`)).toBe('重要');
  });

  it('ISO-2022-JP words that each end in ASCII (RFC 1468) join without a U+FFFD between them', () => {
    // 「対」 and 「処」 in two words, each ESC $ B … ESC ( B: joined, the decoder sees ESC ( B ESC $ B
    const a = btoa(String.fromCharCode(0x1b, 0x24, 0x42, 0x42, 0x50, 0x1b, 0x28, 0x42));
    const b = btoa(String.fromCharCode(0x1b, 0x24, 0x42, 0x3d, 0x68, 0x1b, 0x28, 0x42));
    expect(decodeEncodedWords(`=?ISO-2022-JP?B?${a}?=\r\n =?ISO-2022-JP?B?${b}?=`)).toBe('対処');
  });

  it('decodes Shift_JIS and EUC-JP words', () => {
    // 「請求書」 in Shift_JIS: 90 BF 8B 81 8F 91 ; in EUC-JP: C0 C1 B5 E1 BD F1
    const sjis = btoa(String.fromCharCode(0x90, 0xbf, 0x8b, 0x81, 0x8f, 0x91));
    const euc = btoa(String.fromCharCode(0xc0, 0xc1, 0xb5, 0xe1, 0xbd, 0xf1));
    expect(decodeEncodedWords(`=?Shift_JIS?B?${sjis}?=`)).toBe('請求書');
    expect(decodeEncodedWords(`=?EUC-JP?B?${euc}?=`)).toBe('請求書');
    expect(decodeEncodedWords(`=?CP932?B?${sjis}?=`)).toBe('請求書');
    expect(b64('A')).toBe('QQ==');
  });

  it('RFC 2231: decodes extended parameter values', () => {
    expect(decodeRfc2231("UTF-8''%E8%AB%8B%E6%B1%82.pdf")).toBe('請求.pdf');
  });
});

describe('charset sniffing for unlabelled 8-bit text', () => {
  it('recognises UTF-8, Shift_JIS and EUC-JP', () => {
    expect(sniffCharset(new TextEncoder().encode('請求書'))).toBe('utf-8');
    expect(sniffCharset(Uint8Array.from([0x90, 0xbf, 0x8b, 0x81, 0x8f, 0x91]))).toBe('shift_jis');
    expect(decodeBytes(Uint8Array.from([0xc0, 0xc1, 0xb5, 0xe1, 0xbd, 0xf1]), 'euc-jp')).toBe('請求書');
  });
  it('falls back when the label is wrong', () => {
    expect(decodeBytes(Uint8Array.from([0x90, 0xbf, 0x8b, 0x81, 0x8f, 0x91]), 'utf-8')).toBe('請求書');
  });
  it('eight-bit bytes labelled ISO-2022-JP (a 7-bit charset) are read as what they are', () => {
    // a carrier's bounce notice in EUC-JP under an ISO-2022-JP label
    expect(decodeBytes(Uint8Array.from([0xc0, 0xc1, 0xb5, 0xe1, 0xbd, 0xf1]), 'iso-2022-jp')).toBe('請求書');
    expect(decodeBytes(Uint8Array.from([0x90, 0xbf, 0x8b, 0x81, 0x8f, 0x91]), 'ISO-2022-JP')).toBe('請求書');
    // real ISO-2022-JP is untouched
    expect(decodeBytes(Uint8Array.from([0x1b, 0x24, 0x42, 0x40, 0x41, 0x35, 0x61, 0x3d, 0x71, 0x1b, 0x28, 0x42]), 'iso-2022-jp')).toBe('請求書');
  });
});
