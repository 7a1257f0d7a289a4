/** csvCell (output/csv.ts): RFC 4180 quoting and formula defusing, on seeded hostile strings. */
import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/output/csv.js';
import { seeded } from './helpers.js';

/** One RFC 4180 field, as a reader takes it back. */
function readCell(cell: string): string {
  if (!cell.startsWith('"')) {
    expect(cell).not.toMatch(/[",\r\n]/);
    return cell;
  }
  expect(cell.endsWith('"')).toBe(true);
  const inner = cell.slice(1, -1);
  expect(inner.replace(/""/g, '')).not.toContain('"');
  return inner.replace(/""/g, '"');
}

describe('csvCell', () => {
  it('reads back as written (an apostrophe before what a spreadsheet would run as a formula)', () => {
    const rnd = seeded(4180);
    const bits = ['=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', '""', ',', ' ', 'a', 'メール', 'HYPERLINK("http://x.example")', "'", ';'];
    for (let k = 0; k < 3000; k++) {
      const s = Array.from({ length: rnd(7) }, () => bits[rnd(bits.length)]).join('');
      const back = readCell(csvCell(s));
      expect(back).toBe(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
      expect(back).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-1)).toBe('-1'); // numbers are ours (scores), not text from a message
  });
});
