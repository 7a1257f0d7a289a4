/**
 * Hostile input (issue "Hostile input"): each case finishes within the time budget with bounded
 * memory, and a hit limit is reported as a header-anomaly/limit-exceeded finding.
 */
import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { analyze } from '../../src/analyze.js';

const BUDGET_MS = 4000; // generous for a loaded 2-core CI machine; the default analyze budget is 2 s

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

function limits(v: ReturnType<typeof analyze>): string[] {
  return v.findings.filter((f) => f.checkId === 'header-anomaly/limit-exceeded').map((f) => (f.params as { limit: string }).limit);
}

describe('hostile input stays bounded', () => {
  it('a 10 MB single header line', () => {
    const msg = 'From: <a@example.com>\r\nSubject: ' + 'A'.repeat(10 * 1024 * 1024) + '\r\n\r\nbody';
    const [v, ms] = timed(() => analyze(fromRawMessage(msg)));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(limits(v)).toContain('header-bytes');
  });

  it('a 50 MB message (one huge base64 attachment)', () => {
    const b64 = 'QUFB'.repeat((50 * 1024 * 1024) / 4);
    const msg = [
      'From: <a@example.com>',
      'Content-Type: multipart/mixed; boundary=B',
      '',
      '--B',
      'Content-Type: text/plain',
      '',
      'see attached',
      '--B',
      'Content-Type: application/octet-stream; name=big.bin',
      'Content-Transfer-Encoding: base64',
      '',
      b64,
      '--B--',
    ].join('\r\n');
    const [v, ms] = timed(() => analyze(fromRawMessage(msg)));
    expect(ms).toBeLessThan(BUDGET_MS * 2);
    expect(limits(v)).toContain('attachment-bytes');
  });

  it('a 4 MB UTF-7 body of one endless shift, and one of 1,000,000 "+-"', () => {
    for (const body of ['+' + 'AGEA'.repeat(1024 * 1024), '+-'.repeat(1_000_000)]) {
      const msg = `From: <a@example.com>\r\nContent-Type: text/plain; charset=utf-7\r\n\r\n${body}\r\n`;
      const [v, ms] = timed(() => analyze(fromRawMessage(msg)));
      expect(ms).toBeLessThan(BUDGET_MS);
      expect(v.level).toBeDefined();
    }
  });

  it('200,000 uuencode "begin" lines, each followed by data that never ends', () => {
    const block = 'begin 644 x.exe\r\nM' + '0'.repeat(60) + '\r\n';
    const msg = `From: <a@example.com>\r\nContent-Type: text/plain\r\n\r\n${block.repeat(200_000)}`;
    const [v, ms] = timed(() => analyze(fromRawMessage(msg)));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(v.findings.filter((f) => f.category === 'attachment')).toEqual([]);
  });

  it('a PDF of 200 object streams, each an 8 MiB inflation bomb', async () => {
    const { deflateSync } = await import('node:zlib');
    const bomb = deflateSync(new Uint8Array(8 * 1024 * 1024));
    const obj = Buffer.concat([Buffer.from(`1 0 obj << /Type /ObjStm /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`), bomb, Buffer.from('\nendstream endobj\n')]);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.5\n'), ...Array.from({ length: 200 }, () => obj)]);
    const msg = [
      'From: <a@example.com>',
      'Content-Type: multipart/mixed; boundary=B',
      '',
      '--B',
      'Content-Type: application/pdf; name=a.pdf',
      'Content-Transfer-Encoding: base64',
      '',
      pdf.toString('base64'),
      '--B--',
      '',
    ].join('\r\n');
    const [v, ms] = timed(() => analyze(fromRawMessage(msg)));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(v.level).toBeDefined();
  });

  it('1,000-deep multipart nesting', () => {
    let body = 'leaf';
    for (let i = 999; i >= 0; i--) body = `--b${i}\r\nContent-Type: multipart/mixed; boundary=b${i + 1}\r\n\r\n${body}\r\n--b${i}--`;
    const msg = `From: <a@example.com>\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n${body}`;
    const [v, ms] = timed(() => analyze(fromRawMessage(msg)));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(limits(v)).toContain('mime-depth');
  });

  it('100,000 URLs in the body', () => {
    const links = Array.from({ length: 100_000 }, (_, i) => `<a href="https://host${i}.example.com/p?q=${i}">link ${i}</a>`).join('\n');
    const msg = `From: <a@example.com>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>${links}</body></html>`;
    const [v, ms] = timed(() => analyze(fromRawMessage(msg)));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(limits(v)).toContain('urls');
  });

  it('10,000 MIME parts', () => {
    const parts = Array.from({ length: 10_000 }, (_, i) => `--B\r\nContent-Type: text/plain\r\n\r\npart ${i}`).join('\r\n');
    const msg = `From: <a@example.com>\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n${parts}\r\n--B--`;
    const [v, ms] = timed(() => analyze(fromRawMessage(msg)));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(limits(v)).toContain('mime-parts');
  });

  it('the time budget skips the remaining checks and says so', () => {
    const msg = 'From: <a@example.com>\r\nSubject: x\r\n\r\nbody';
    const v = analyze(fromRawMessage(msg), { limits: { timeBudgetMs: -1 } });
    expect(v.skipped.some((s) => s.reason === 'time-budget')).toBe(true);
    expect(limits(v)).toContain('time');
  });
});

describe('limits are options', () => {
  it('the same Limits object configures the adapter and analyze', () => {
    let body = 'leaf';
    for (let i = 9; i >= 0; i--) body = `--b${i}\r\nContent-Type: multipart/mixed; boundary=b${i + 1}\r\n\r\n${body}\r\n--b${i}--`;
    const msg = `From: <a@example.com>\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n${body}`;
    const limits = { maxMimeDepth: 3 };
    const v = analyze(fromRawMessage(msg, limits), { limits });
    expect(limits_(v)).toContain('mime-depth');
    expect(limits_(analyze(fromRawMessage(msg)))).not.toContain('mime-depth');
  });
});

function limits_(v: ReturnType<typeof analyze>): string[] {
  return v.findings.filter((f) => f.checkId === 'header-anomaly/limit-exceeded').map((f) => (f.params as { limit: string }).limit);
}
