import { describe, expect, it } from 'vitest';
import { hasBareCr, parseHeaderBlock } from '../../src/parse/header-block.js';

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
  it.each([
    ['LF line ends', 'A: 1\nB: 2\n 3\n\n', [['a', '1'], ['b', '2 3']]],
    ['mixed CRLF and LF folds', 'A: 1\r\n 2\n\t3\r\n\r\n', [['a', '1 2\t3']]],
    ['a bare CR stays inside the value', 'A: x\ry\r\n\r\n', [['a', 'x\ry']]],
    ['two CRs before LF: one is the line end', 'A: x\r\r\n y\r\n\r\n', [['a', 'x\r y']]],
    ['a blank-only continuation line', 'A: x\r\n \r\nB: y\r\n\r\n', [['a', 'x'], ['b', 'y']]],
    ['no final line break', 'A: x\r\n y', [['a', 'x y']]],
    ['a BOM before the first field', '\uFEFFSubject: x\n\n', [['subject', 'x']]],
    ['"From :" is a field, not an envelope line', 'From : a@example.com\n\n', [['from', 'a@example.com']]],
    ['upper-case names are lower-cased', 'X-MS-Exchange-Foo:  v \n\n', [['x-ms-exchange-foo', 'v']]],
  ])('§2.2.3 unfolding: %s', (_, raw, expected) => {
    expect(parseHeaderBlock(raw).headers.map((h) => [h.name, h.value])).toEqual(expected);
  });
  it('records a continuation before any field, a field without a name and a bare CR', () => {
    const hb = parseHeaderBlock(' lost\r\n: no name\r\nA: x\ry\r\n\r\n');
    expect(hb.syntax).toEqual([
      { kind: 'bare-cr', line: '' },
      { kind: 'malformed-line', line: ' lost' },
      { kind: 'empty-name', line: ': no name' },
    ]);
    expect(hb.headers).toEqual([{ name: 'a', value: 'x\ry' }]);
  });
  it('cuts the block at maxHeaderBytes, also inside a line', () => {
    const hb = parseHeaderBlock('A: 1\r\nB: 22222\r\n 3\r\n\r\n', { maxHeaderBytes: 12 });
    expect(hb.headers).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: '222' },
    ]);
  });
  it('matches a line-by-line reading on seeded random header blocks', () => {
    // The straightforward reading: split into lines (a CR before LF belongs to the line end),
    // append continuation lines to the open field, classify every other line.
    const reference = (text: string) => {
      const lines = text.split('\n').map((l, i, all) => (i < all.length - 1 && l.endsWith('\r') ? l.slice(0, -1) : l));
      if (lines[0]?.startsWith('\uFEFF')) lines[0] = lines[0].slice(1);
      const field = /^([\x21-\x39\x3b-\x7e]+)([ \t]*):/;
      const out: [string, string][] = [];
      const notes: string[] = [];
      let open: [string, string] | null = null;
      const close = () => {
        if (open) out.push([open[0], open[1].trim()]);
        open = null;
      };
      lines.forEach((line, i) => {
        if (i === 0 && line.startsWith('From ') && !field.test(line)) return;
        if (line === '') return;
        if ((line[0] === ' ' || line[0] === '\t') && open) {
          open[1] += line;
          return;
        }
        close();
        const m = field.exec(line);
        if (m) {
          open = [(m[1] as string).toLowerCase(), line.slice(m[0].length)];
          if (m[2]) notes.push('space-before-colon');
        } else notes.push(line.startsWith(':') ? 'empty-name' : 'malformed-line');
      });
      close();
      return { out, notes };
    };
    let seed = 5322;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed / 4294967296;
    };
    const pieces = ['Subject', 'X-A', 'From', 'From ', ':', ' :', ': ', 'value', ' ', '\t', '\r\n', '\n', '\r', '\r\n ', '\n\t', '\x00'];
    for (let t = 0; t < 2000; t++) {
      let s = rnd() < 0.1 ? '\uFEFF' : '';
      const n = Math.floor(rnd() * 20);
      for (let i = 0; i < n; i++) s += pieces[Math.floor(rnd() * pieces.length)];
      // Only the header block: stop before the first blank line, as the parser does.
      const blank = s.search(/\n\r?\n/);
      const text = blank >= 0 ? s.slice(0, blank + 1) : s;
      if (text.startsWith('\n') || text.startsWith('\r\n')) continue;
      const hb = parseHeaderBlock(text);
      const ref = reference(text);
      expect(hb.headers.map((h) => [h.name, h.value])).toEqual(ref.out);
      expect(hb.syntax.map((x) => x.kind).filter((k) => k !== 'bare-cr' && k !== 'nul')).toEqual(ref.notes);
    }
  });
  it('hasBareCr agrees with /\r(?!\n)/ (CR at the end, CRCRLF, LF only, no CR)', () => {
    for (const t of ['', 'a', 'a\r', '\r', '\r\n', 'a\r\nb\r\n', 'a\r\r\nb', 'a\nb\n', 'a\rb', '\n\r', 'x\r\n\r\ny\r']) {
      expect(hasBareCr(t), JSON.stringify(t)).toBe(/\r(?!\n)/.test(t));
    }
  });
});

