import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { parseParams } from '../../src/parse/mime.js';

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
  it('parses RFC 2231 continuations', () => {
    const p = parseParams("attachment; filename*0*=UTF-8''%E8%AB%8B; filename*1*=%E6%B1%82.pdf");
    expect(p.params.get('filename')).toBe('請求.pdf');
  });
});
