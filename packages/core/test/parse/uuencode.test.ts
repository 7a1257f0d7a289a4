import { describe, expect, it } from 'vitest';
import { findUuFiles } from '../../src/parse/uuencode.js';
import { analyzeText, eml, ids } from '../helpers.js';
import { fromRawMessage } from '../../src/adapters/raw-message.js';

/** POSIX uuencode, written out here (the encoder the tests check the decoder against). */
function uuencode(name: string, bytes: Uint8Array, mode = '644'): string {
  const ch = (v: number) => (v === 0 ? '`' : String.fromCharCode(0x20 + v));
  const lines = [`begin ${mode} ${name}`];
  for (let i = 0; i < bytes.length; i += 45) {
    const chunk = bytes.subarray(i, i + 45);
    let line = ch(chunk.length);
    for (let k = 0; k < chunk.length; k += 3) {
      const a = chunk[k] ?? 0;
      const b = chunk[k + 1] ?? 0;
      const c = chunk[k + 2] ?? 0;
      line += ch(a >> 2) + ch(((a & 3) << 4) | (b >> 4)) + ch(((b & 15) << 2) | (c >> 6)) + ch(c & 63);
    }
    lines.push(line);
  }
  lines.push('`', 'end');
  return lines.join('\n');
}

const bytes = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + seed * 11 + (i >> 3)) & 0xff);

describe('findUuFiles', () => {
  it.each([0, 1, 2, 3, 44, 45, 46, 200, 4096])('round-trips %i bytes', (n) => {
    if (n === 0) {
      expect(findUuFiles(uuencode('empty.bin', new Uint8Array(0)))).toEqual([]);
      return;
    }
    const b = bytes(n);
    const [f] = findUuFiles(`Hello,\n\n${uuencode('data.bin', b)}\n\nBye.\n`);
    expect(f?.name).toBe('data.bin');
    expect(Buffer.from(f?.bytes ?? []).equals(Buffer.from(b))).toBe(true);
  });
  it('the block range covers begin … end, so the text around it stays', () => {
    const text = `Hello,\n${uuencode('a.exe', bytes(100))}\nBye.\n`;
    const [f] = findUuFiles(text);
    expect(text.slice(0, f?.start)).toBe('Hello,\n');
    expect(text.slice(f?.end)).toBe('Bye.\n');
  });
  it('CRLF lines and trailing spaces stripped by a mailer', () => {
    const text = uuencode('b.bin', bytes(90)).replace(/ +$/gm, '').replace(/\n/g, '\r\n');
    expect(findUuFiles(text)[0]?.bytes.length).toBe(90);
  });
  it('prose that starts with "begin 644" is not a file', () => {
    expect(findUuFiles('To send a file, type:\nbegin 644 notes.txt\nthen paste the lines and end with\nend\n')).toEqual([]);
    expect(findUuFiles('begin 644 x.bin\nM86)C\n')).toEqual([]);
  });
});

describe('uuencoded attachments in a message', () => {
  const mz = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, ...bytes(300)]);
  const H = ['From: "Accounts" <billing@invoices.example.net>', 'To: taro@kousya.example', 'Subject: Invoice 4471'];
  it('a uuencoded .exe in the text becomes an attachment, and its noise leaves the text', () => {
    const raw = eml([...H, 'Content-Type: text/plain; charset=us-ascii'], `Please see the invoice.\r\n\r\n${uuencode('invoice.exe', mz).replace(/\n/g, '\r\n')}\r\n\r\nRegards\r\n`);
    const input = fromRawMessage(raw);
    expect(input.attachments?.map((a) => [a.filename, a.size])).toEqual([['invoice.exe', mz.length]]);
    expect(input.bodies?.text).not.toContain('begin 644');
    expect(input.bodies?.text).toContain('Regards');
    expect(ids(analyzeText(raw))).toContain('attachment/executable-file');
  });
  it('a part sent as Content-Transfer-Encoding: x-uuencode', () => {
    const raw = eml(
      [...H, 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"'],
      ['--b', 'Content-Type: text/plain', '', 'See attached.', '--b', 'Content-Type: application/octet-stream; name="invoice.exe"', 'Content-Disposition: attachment; filename="invoice.exe"', 'Content-Transfer-Encoding: x-uuencode', '', uuencode('invoice.exe', mz).replace(/\n/g, '\r\n'), '--b--', ''].join('\r\n'),
    );
    const a = fromRawMessage(raw).attachments?.[0];
    expect(a?.bytes?.slice(0, 2)).toEqual(Uint8Array.from([0x4d, 0x5a]));
    expect(ids(analyzeText(raw))).toContain('attachment/executable-file');
  });
  it('legitimate twin: a uuencoded text file is an attachment and nothing more', () => {
    const notes = new TextEncoder().encode('Meeting notes: agenda, budget, next steps.\n'.repeat(5));
    const raw = eml([...H.slice(0, 2), 'Subject: notes', 'Content-Type: text/plain'], `Notes attached.\r\n${uuencode('notes.txt', notes).replace(/\n/g, '\r\n')}\r\n`);
    const v = analyzeText(raw);
    expect(fromRawMessage(raw).attachments?.[0]?.filename).toBe('notes.txt');
    expect(ids(v).filter((i) => i.startsWith('attachment/'))).toEqual([]);
    expect(v.level).toBe('safe');
  });
});
