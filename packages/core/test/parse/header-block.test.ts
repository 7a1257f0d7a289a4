import { describe, expect, it } from 'vitest';
import { parseHeaderBlock } from '../../src/parse/header-block.js';

describe('RFC 5322 §2.2 header block', () => {
  it('§2.2.3: unfolds continuation lines and keeps order and duplicates', () => {
    const hb = parseHeaderBlock('From: a@example.com\r\nSubject: one\r\n two\r\nFrom: b@example.com\r\n\r\nbody');
    expect(hb.headers).toEqual([
      { name: 'from', value: 'a@example.com' },
      { name: 'subject', value: 'one two' },
      { name: 'from', value: 'b@example.com' },
    ]);
    expect(hb.bodyOffset).toBe('From: a@example.com\r\nSubject: one\r\n two\r\nFrom: b@example.com\r\n\r\n'.length);
  });
  it('skips an mbox "From " envelope line', () => {
    expect(parseHeaderBlock('From someone@example.com Mon Jan  1 00:00:00 2024\nSubject: x\n\n').headers).toEqual([{ name: 'subject', value: 'x' }]);
  });
  it('records malformed lines, space before colon and NUL', () => {
    const hb = parseHeaderBlock('From\r\n : <first@attack.test>\r\nFrom : <admin@legitimate.test>\r\nX-A: a\0b\r\n\r\n');
    expect(hb.syntax.map((s) => s.kind).sort()).toEqual(['malformed-line', 'malformed-line', 'nul', 'space-before-colon']);
    expect(hb.headers.filter((h) => h.name === 'from')).toHaveLength(1);
  });
  it('decodes raw 8-bit UTF-8 and Shift_JIS header bytes', () => {
    const utf8 = new TextEncoder().encode('Subject: 請求書\r\n\r\n');
    expect(parseHeaderBlock(utf8).headers[0]?.value).toBe('請求書');
    const sjis = Uint8Array.from([...new TextEncoder().encode('Subject: '), 0x90, 0xbf, 0x8b, 0x81, 0x8f, 0x91, 13, 10, 13, 10]);
    expect(parseHeaderBlock(sjis).headers[0]?.value).toBe('請求書');
  });
  it('enforces the header byte and count limits', () => {
    const many = Array.from({ length: 50 }, (_, i) => `X-${i}: v`).join('\r\n') + '\r\n\r\n';
    const hb = parseHeaderBlock(many, { maxHeaderCount: 10 });
    expect(hb.headers).toHaveLength(10);
    expect(hb.limitsHit[0]).toMatchObject({ limit: 'header-count', value: 50, max: 10 });
    const big = parseHeaderBlock('Subject: ' + 'a'.repeat(5000) + '\r\n\r\n', { maxHeaderBytes: 1000 });
    expect(big.limitsHit[0]?.limit).toBe('header-bytes');
  });
});
