import { describe, expect, it } from 'vitest';
import { decodeBytes, windows1252C1 } from '../../src/parse/charset.js';

describe('decodeBytes: windows-1252', () => {
  // Node 20's TextDecoder reads windows-1252 as ISO-8859-1; the core must read it as browsers do.
  const bytes = Uint8Array.from([0x57, 0x69, 0x6e, 0x20, 0x80, 0x32, 0x35, 0x30, 0x20, 0x93, 0x6e, 0x6f, 0x77, 0x94, 0x20, 0xe9]);
  it.each(['windows-1252', 'iso-8859-1', 'latin1', 'us-ascii'])('declared %s: € and curly quotes survive', (charset) => {
    expect(decodeBytes(bytes, charset)).toBe('Win €250 “now” é');
  });
  it('the five bytes windows-1252 leaves empty stay as their C1 control', () => {
    expect(decodeBytes(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]), 'windows-1252')).toBe('\u0081\u008d\u008f\u0090\u009d');
  });
  it('C1 characters of a UTF-8 text are left alone', () => {
    expect(decodeBytes(new TextEncoder().encode('a\u0080b'), 'utf-8')).toBe('a\u0080b');
  });
  it('windows1252C1 maps every byte 0x80–0x9F', () => {
    expect(Array.from({ length: 32 }, (_, i) => windows1252C1(0x80 + i)).join('')).toBe(
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ',
    );
  });
});

describe('decodeBytes: UTF-7 (RFC 2152), shown by Outlook and Thunderbird, used by spam to blind filters', () => {
  const ascii = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['Hi Mom -+Jjo--!', 'Hi Mom -☺-!'],
    ['+ZeVnLIqe-', '日本語'],
    ['A+ImIDkQ.', 'A≢Α.'],
    ['1 +- 1', '1 + 1'],
    ['+2D3eAA-', '\u{1F600}'],
    ['Verify +AHk-our account', 'Verify your account'],
    ['+AGkAbgBjAG8AbQBwAGwAZQB0AGU', 'incomplete'],
  ])('%s', (input, text) => {
    expect(decodeBytes(ascii(input), 'utf-7')).toBe(text);
  });
  it('an encoded word in UTF-7', async () => {
    const { decodeEncodedWords } = await import('../../src/parse/encoded-word.js');
    expect(decodeEncodedWords('=?utf-7?Q?+AFs-Alert+AF0-?=')).toBe('[Alert]');
  });
});
