/**
 * Compressed RTF ([MS-OXRTFCP]) and HTML encapsulated in RTF ([MS-OXRTFEX]), as Outlook keeps a
 * mail's HTML body in a `.msg` file that has no PR_HTML.
 */
import { describe, expect, it } from 'vitest';
import { decompressRtf, htmlFromRtf } from '../../src/parse/rtf.js';
import { lzfuLiterals } from '../support/rtf-writer.js';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array | null): string => (b ? String.fromCharCode(...b) : '<null>');

describe('decompressRtf', () => {
  it('[MS-OXRTFCP] §3.1.1: the specification\'s example with references into the primed dictionary', () => {
    const compressed = new Uint8Array([
      0x2d, 0x00, 0x00, 0x00, 0x2b, 0x00, 0x00, 0x00, 0x4c, 0x5a, 0x46, 0x75, 0xf1, 0xc5, 0xc7, 0xa7, 0x03, 0x00, 0x0a, 0x00, 0x72, 0x63, 0x70, 0x67, 0x31, 0x32, 0x35, 0x42, 0x32, 0x0a, 0xf3,
      0x20, 0x68, 0x65, 0x6c, 0x09, 0x00, 0x20, 0x62, 0x77, 0x05, 0xb0, 0x6c, 0x64, 0x7d, 0x0a, 0x80, 0x0f, 0xa0,
    ]);
    expect(text(decompressRtf(compressed))).toBe('{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n');
  });

  it('literals, the uncompressed form, the size bound; damage gives what was readable', () => {
    const raw = latin1('{\\rtf1\\ansi\\fromhtml1 {\\*\\htmltag64 <p>}x}');
    expect(text(decompressRtf(lzfuLiterals(raw)))).toBe(text(raw));
    const mela = new Uint8Array(16 + raw.length);
    new DataView(mela.buffer).setUint32(4, raw.length, true);
    new DataView(mela.buffer).setUint32(8, 0x414c454d, true);
    mela.set(raw, 16);
    expect(text(decompressRtf(mela))).toBe(text(raw));
    expect(text(decompressRtf(lzfuLiterals(raw), 10))).toBe(text(raw.subarray(0, 10)));
    const lz = lzfuLiterals(raw);
    expect(text(decompressRtf(lz.subarray(0, 30)))).toBe(text(raw.subarray(0, 12)));
    expect(decompressRtf(new Uint8Array(10))).toBeNull();
    expect(decompressRtf(new Uint8Array(40))).toBeNull(); // neither LZFu nor MELA
  });
});

describe('htmlFromRtf', () => {
  it('takes the HTML tags and the text outside \\htmlrtf spans; leaves out tables and RTF-only text', () => {
    const rtf = [
      '{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl\\red0\\green0\\blue0;}',
      '{\\*\\htmltag19 <html>}{\\*\\htmltag34 <head>}{\\*\\htmltag50 <style>p \\{color:red\\}</style>}{\\*\\htmltag41 </head>}',
      '\\htmlrtf {\\htmlrtf0 {\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 Please sign in at ',
      '{\\*\\htmltag84 <a href="https://login.account-verify.example/">}\\htmlrtf {\\field{\\*\\fldinst HYPERLINK "x"}}\\htmlrtf0 www.amazon.co.jp',
      '{\\*\\htmltag92 </a>}\\htmlrtf }\\htmlrtf0 caf\\\'e9 \\u12354\\\'3f\\par',
      '{\\*\\htmltag72 </p>}\\htmlrtf }\\htmlrtf0 {\\*\\htmltag27 </html>}}',
    ].join('\r\n');
    expect(htmlFromRtf(latin1(rtf))).toBe(
      '<html><head><style>p {color:red}</style></head><p>Please sign in at <a href="https://login.account-verify.example/">www.amazon.co.jp</a>café あ\r\n</p></html>',
    );
  });

  it('Shift_JIS escapes (\\ansicpg932) decode as pairs; RTF that is not encapsulated HTML gives null', () => {
    const rtf = "{\\rtf1\\ansi\\ansicpg932\\fromhtml1 {\\*\\htmltag64 <p>}\\'82\\'a8\\'8e\\'78\\'95\\'a5\\'82\\'a2{\\*\\htmltag72 </p>}}";
    expect(htmlFromRtf(latin1(rtf))).toBe('<p>お支払い</p>');
    expect(htmlFromRtf(latin1('{\\rtf1\\ansi\\deff0 Hello\\par}'))).toBeNull();
    expect(htmlFromRtf(latin1('not rtf'))).toBeNull();
  });

  it('hostile RTF: unbalanced groups, endless control words, a bound on the output', () => {
    const open = `{\\rtf1\\fromhtml1 ${'{'.repeat(50_000)}{\\*\\htmltag1 <b>}${'}'.repeat(70_000)}x`;
    expect(htmlFromRtf(latin1(open))).toBe('<b>x');
    const words = `{\\rtf1\\fromhtml1 ${'\\abcdefghijklmnopqrstuvwxyzabcdefghij'.repeat(20_000)}}`;
    expect(htmlFromRtf(latin1(words))).toBe('ghij'.repeat(20_000));
    expect(htmlFromRtf(latin1(`{\\rtf1\\fromhtml1 ${'y'.repeat(100_000)}}`), 1000)?.length).toBe(1000);
  });
});
