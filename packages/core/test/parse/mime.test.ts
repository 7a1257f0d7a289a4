import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { parseMimeBody, parseParams } from '../../src/parse/mime.js';

const multipart = [
  'From: a@example.com',
  'Subject: test',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="XYZ"',
  '',
  'preamble',
  '--XYZ',
  'Content-Type: multipart/alternative; boundary=ALT',
  '',
  '--ALT',
  'Content-Type: text/plain; charset=ISO-2022-JP',
  'Content-Transfer-Encoding: 7bit',
  '',
  '\x1b$B$3$s$K$A$O\x1b(B',
  '--ALT',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<a href=3D"https://www.example.com/">=E3=81=93=E3=82=93</a>',
  '--ALT--',
  '--XYZ',
  'Content-Type: application/pdf; name="=?UTF-8?B?6KuL5rGC5pu4LnBkZg==?="',
  'Content-Disposition: attachment; filename*=UTF-8\'\'%E8%AB%8B%E6%B1%82%E6%9B%B8.pdf',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQK',
  '--XYZ--',
  '',
].join('\r\n');

describe('MIME walker (RFC 2045/2046)', () => {
  it('decodes text, html (QP) and attachments with RFC 2231 names', () => {
    const m = fromRawMessage(multipart);
    expect(m.bodies?.text).toBe('こんにちは');
    expect(m.bodies?.html).toBe('<a href="https://www.example.com/">こん</a>');
    expect(m.attachments).toHaveLength(1);
    const a = m.attachments![0]!;
    expect(a).toMatchObject({ filename: '請求書.pdf', contentType: 'application/pdf', disposition: 'attachment' });
    expect(new TextDecoder().decode(a.bytes)).toBe('%PDF-1.4\n');
  });
  it('builds the bodies once: every read returns the same object', () => {
    const m = fromRawMessage(multipart);
    const first = m.bodies;
    expect(m.bodies).toBe(first);
    expect(first).toEqual({ text: 'こんにちは', html: '<a href="https://www.example.com/">こん</a>' });
  });
  it('is lazy: headers only until the body is asked for', () => {
    const m = fromRawMessage(multipart);
    expect(m.headers.find((h) => h.name === 'subject')?.value).toBe('test');
    expect(m.limitsHit).toEqual([]);
  });
  it('bounds nesting depth and part count', () => {
    let body = 'x';
    for (let i = 199; i >= 0; i--) body = `--b${i}\r\nContent-Type: multipart/mixed; boundary=b${i + 1}\r\n\r\n${body}\r\n--b${i}--`;
    const m = fromRawMessage(`From: a@example.com\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n${body}`);
    expect(() => m.attachments).not.toThrow();
    expect((m.limitsHit ?? []).map((l) => l.limit)).toContain('mime-depth');
  });
  it.each([
    ['text/plain; charset="utf-8"; name="a;b.txt"', 'text/plain', [['charset', 'utf-8'], ['name', 'a;b.txt']]],
    ['attachment; filename="say \\"hi\\".txt"', 'attachment', [['filename', 'say "hi".txt']]],
    ['attachment; filename="back\\\\slash"; size=3', 'attachment', [['filename', 'back\\slash'], ['size', '3']]],
    ['Multipart/Mixed;boundary=XYZ;', 'multipart/mixed', [['boundary', 'XYZ']]],
    ['text/html; charset="unterminated; x=1', 'text/html', [['charset', 'unterminated; x=1']]],
    ['', '', []],
  ])('RFC 2045 §5.1 parameters: %j', (input, head, params) => {
    const p = parseParams(input);
    expect(p.value).toBe(head);
    expect([...p.params]).toEqual(params);
  });
  it('parses RFC 2231 continuations', () => {
    const p = parseParams("attachment; filename*0*=UTF-8''%E8%AB%8B; filename*1*=%E6%B1%82.pdf");
    expect(p.params.get('filename')).toBe('請求.pdf');
  });
});

describe('MIME walker: boundary search', () => {
  const latin1 = (b: Uint8Array): string => String.fromCharCode(...b);
  const enc = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
  const headers = (boundary: string) => [{ name: 'content-type', value: `multipart/mixed; boundary="${boundary}"` }];
  const summary = (m: ReturnType<typeof parseMimeBody>) => ({
    text: m.text,
    html: m.html,
    attachments: m.attachments.map((a) => ({ filename: a.filename, type: a.contentType, bytes: a.bytes ? latin1(a.bytes) : null })),
    limits: m.limitsHit,
  });

  it('RFC 2046 §5.1.1: finds delimiters at line starts after CRLF or LF, not inside a line', () => {
    const body = [
      'preamble',
      '--XYZ',
      'Content-Type: text/plain',
      '',
      'first --XYZ not at a line start',
      '--XYZ',
      'Content-Type: text/plain',
      '',
      'second',
      '--XYZ--',
      'epilogue',
    ].join('\r\n');
    const m = parseMimeBody(enc(body), headers('XYZ'));
    expect(m.text).toBe('first --XYZ not at a line start\nsecond');
    const lf = parseMimeBody(enc(body.replace(/\r\n/g, '\n')), headers('XYZ'));
    expect(lf.text).toBe(m.text);
  });

  it('reads a body cut off before its closing delimiter, and one that ends right after a delimiter', () => {
    const cut = parseMimeBody(enc('--b\r\nContent-Type: text/plain\r\n\r\nno end'), headers('b'));
    expect(cut.text).toBe('no end');
    expect(parseMimeBody(enc('--b'), headers('b')).text).toBeUndefined();
    expect(parseMimeBody(enc(''), headers('b')).text).toBeUndefined();
  });

  it('never matches a boundary no byte sequence reads as', () => {
    const m = parseMimeBody(enc('--\u4e00\r\nContent-Type: text/plain\r\n\r\nx\r\n'), headers('\u4e00'));
    expect(m.text).toBeUndefined();
  });

  it('finds the same parts in bytes as in their byte-view string (seeded random bodies)', () => {
    let seed = 2046;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed / 4294967296;
    };
    const boundaries = ['b', 'ab', '==_Part_1', 'aaaa', 'abab', '----=_NextPart_000_0001', 'x.y+z'];
    const pieces = (b: string) => [`--${b}\r\n`, `--${b}\n`, `--${b}--\r\n`, `\r\n--${b}\r\n`, `--${b.slice(0, -1)}\r\n`, 'Content-Type: text/plain\r\n\r\n', 'Content-Type: application/octet-stream\r\n\r\n', 'text ', '\r\n', `-${b}`, b, 'Content-Transfer-Encoding: base64\r\n\r\nQUJD\r\n'];
    for (let t = 0; t < 800; t++) {
      const boundary = boundaries[Math.floor(rnd() * boundaries.length)] as string;
      const ps = pieces(boundary);
      let s = '';
      const n = Math.floor(rnd() * 25);
      for (let i = 0; i < n; i++) s += ps[Math.floor(rnd() * ps.length)];
      const fromBytes = parseMimeBody(enc(s), headers(boundary));
      const fromString = parseMimeBody(s, headers(boundary));
      expect(summary(fromBytes)).toEqual(summary(fromString));
    }
  });
});
