/**
 * The HTML report is streamed: each row is written as its record comes, and only the totals wait
 * for the end (so a scan's memory does not grow with the report). The page itself is tested in
 * Chromium by report.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Output } from '../src/output/writer.js';
import type { ScanRecord } from '../src/record.js';
import { newSummary } from '../src/summary.js';
import { reportRows, seeded } from './helpers.js';

// Defined by build.mjs in the bundle (the page's script); any script will do here.
(globalThis as { __AYASHII_REPORT_CLIENT__?: string }).__AYASHII_REPORT_CLIENT__ = 'void 0;';
const { CheckTable, HtmlSink, jsonForScript, renderReport, ROWS_PER_BLOCK, toRow } = await import('../src/output/html.js');

const meta = { version: '0.0.0-test', lang: 'ja' as const, paths: ['mail/'], minLevel: 'safe' as const };

function record(i: number): ScanRecord {
  if (i % 7 === 3) return { file: `mail/${i}.eml`, error: { code: 'format/empty-file', params: {} } };
  return { file: `mail/${i}.eml`, verdict: i % 2 ? 'dangerous' : 'safe', score: i % 2 ? 80 : 0, findings: [] };
}

const dataBlock = (html: string): string => /<script type="application\/json" id="ayashii-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

describe('HtmlSink', () => {
  it('writes every row when its record arrives, and the totals at the end', () => {
    const written: string[] = [];
    const out = { write: (s: string) => void written.push(s) } as unknown as Output;
    const sink = new HtmlSink(out, meta);
    const summary = newSummary();
    let size = written.join('').length;
    for (let i = 0; i < 500; i++) {
      const r = record(i);
      sink.write(r);
      const now = written.join('');
      expect(now.length).toBeGreaterThan(size);
      expect(now.endsWith(JSON.stringify(toRow(r)))).toBe(true);
      size = now.length;
      summary.scanned++;
      if ('error' in r) summary.errors++;
      else {
        summary.messages++;
        summary.levels[r.verdict]++;
      }
    }
    expect(written.join('')).not.toContain('ayashii-data');
    sink.end(summary);
    const html = written.join('');
    const rows = reportRows<{ file: string; verdict: string | null }>(html);
    expect(rows).toHaveLength(500);
    expect(rows[3]).toMatchObject({ file: 'mail/3.eml', verdict: null });
    expect(JSON.parse(dataBlock(html))).toMatchObject({ meta: { lang: 'ja', paths: ['mail/'] }, summary: { scanned: 500, errors: 71 } });
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it(`splits the rows into blocks of ${ROWS_PER_BLOCK} (a browser string has a maximum length), each valid JSON, in order`, () => {
    const n = 2 * ROWS_PER_BLOCK + 500;
    const html = renderReport(Array.from({ length: n }, (_, i) => toRow(record(i))), newSummary(), meta);
    const blocks = [...html.matchAll(/<script type="application\/json" class="ayashii-rows">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '') as unknown[]);
    expect(blocks.map((b) => b.length)).toEqual([ROWS_PER_BLOCK, ROWS_PER_BLOCK, 500]);
    expect(reportRows<{ file: string }>(html).map((r) => r.file)).toEqual(Array.from({ length: n }, (_, i) => `mail/${i}.eml`));
  });

  it('an empty scan is a valid document with no rows', () => {
    const written: string[] = [];
    const sink = new HtmlSink({ write: (s: string) => void written.push(s) } as unknown as Output, meta);
    sink.end(newSummary());
    expect(reportRows(written.join(''))).toEqual([]);
  });

  it("CheckTable: a check's category, title and advice are written once; what differs stays with the finding", () => {
    const bi = (s: string): { en: string; ja: string } => ({ en: s, ja: `${s}（ja）` });
    const finding = (title: string, advice?: string) => ({
      checkId: 'brand-impersonation/display-name-brand',
      category: 'brand-impersonation' as const,
      severity: 'danger' as const,
      weight: 40,
      title: bi(title),
      detail: bi('detail'),
      ...(advice ? { advice: bi(advice) } : {}),
      evidence: [],
    });
    const row = (findings: ReturnType<typeof finding>[]) => ({ file: 'f', verdict: 'dangerous' as const, score: 40, subject: '', from: '', senderDomain: '', linkDomains: [], findings });
    const t = new CheckTable();
    const [a, b, c, d] = [finding('T', 'A'), finding('T', 'A'), finding('Other', 'A'), finding('T')].map((f) => t.condense(row([f])).findings[0]);
    expect(t.checks).toEqual({ 'brand-impersonation/display-name-brand': { category: 'brand-impersonation', title: bi('T'), advice: bi('A') } });
    expect(a).toEqual({ checkId: 'brand-impersonation/display-name-brand', severity: 'danger', weight: 40, detail: bi('detail'), evidence: [] });
    expect(b).toEqual(a);
    expect(c).toEqual({ ...a, title: bi('Other') });
    expect(d).toEqual({ ...a, advice: { en: '', ja: '' } });
  });

  it('jsonForScript: seeded hostile strings come back as they were, and nothing in the block can end or bend the script element', () => {
    const rnd = seeded(7);
    const bits = ['</script>', '</SCRIPT ', '<!--', '-->', '<script>', '&lt;', '&', '>', '"', "'", '\\', '\u2028', '\u2029', '\ud800', '\udce9', '\u0000', 'é', '日本', '\n', ']]>', '`${x}`'];
    for (let k = 0; k < 2000; k++) {
      const value = { s: Array.from({ length: 1 + rnd(8) }, () => bits[rnd(bits.length)]).join(''), n: [rnd(10)] };
      const out = jsonForScript(value);
      expect(out).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(out)).toEqual(value);
    }
  });
});
