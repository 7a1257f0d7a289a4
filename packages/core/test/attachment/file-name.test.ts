import { describe, expect, it } from 'vitest';
import { analyzeFileName, visualOrder } from '../../src/attachment/file-name.js';

describe('analyzeFileName', () => {
  it.each([
    // [name, ext, extClass, decoyExt, padded]
    ['invoice.pdf', 'pdf', 'document', null, false],
    ['setup.exe', 'exe', 'executable', null, false],
    ['請求書.pdf.exe', 'exe', 'executable', 'pdf', false],
    ['scan.jpg          .js', 'js', 'script', 'jpg', true],
    ['scan.pdf\u3000\u3000\u3000.exe', 'exe', 'executable', 'pdf', true],
    ['invoice.pdf.html', 'html', 'html', 'pdf', false],
    ['報告書．ｐｄｆ.scr', 'scr', 'executable', 'pdf', false],
    ['archive.tar.gz', 'gz', 'archive', 'tar', false],
    ['setup.v2.exe', 'exe', 'executable', null, false],
    ['Mr. Smith.exe', 'exe', 'executable', null, false],
    ['trailing.exe. . ', 'exe', 'executable', null, false],
    ['C:\\Users\\x\\run.bat', 'bat', 'script', null, false],
    ['../../evil.lnk', 'lnk', 'shortcut', null, false],
    ['README', '', null, null, false],
    ['.bashrc', '', null, null, false],
    ['notes.', '', null, null, false],
    ['report.R01', 'r01', 'archive', null, false],
    ['data.unknownext', 'unknownext', null, null, false],
  ])('%s → .%s', (name, ext, extClass, decoyExt, padded) => {
    const r = analyzeFileName(name);
    expect(r.ext).toBe(ext);
    expect(r.extClass).toBe(extClass);
    expect(r.decoyExt).toBe(decoyExt);
    expect(r.padded).toBe(padded);
  });

  it('null and empty names', () => {
    expect(analyzeFileName(null)).toMatchObject({ ext: '', extClass: null, display: '', bidi: [] });
    expect(analyzeFileName('')).toMatchObject({ ext: '', extClass: null });
  });

  it('UAX #9: RLO makes invoice\\u202Efdp.exe display as invoiceexe.pdf, real extension exe', () => {
    const r = analyzeFileName('invoice\u202Efdp.exe');
    expect(r.ext).toBe('exe');
    expect(r.bidi).toEqual(['U+202E']);
    expect(r.shownAs).toBe('invoiceexe.pdf');
    expect(r.shownExt).toBe('pdf');
    expect(r.display).toBe('invoice⟨U+202E⟩fdp.exe');
  });

  it('bidi isolates and embeddings are reported even without a visual change', () => {
    expect(analyzeFileName('a\u2067b.exe').bidi).toEqual(['U+2067']);
    expect(analyzeFileName('a\u202Bb\u202C.txt').bidi).toEqual(['U+202B', 'U+202C']);
    expect(analyzeFileName('a\u202Bb.txt').shownAs).toBeNull();
  });

  it('implicit marks (LRM/RLM) in Hebrew or Arabic names are not bidi controls', () => {
    expect(analyzeFileName('\u05D3\u05D5\u05D7\u200F.pdf').bidi).toEqual([]);
  });

  it('visualOrder stops the reversal at PDF (U+202C)', () => {
    expect(visualOrder('ab\u202Ecd\u202Cef')).toBe('abdcef');
  });

  it('caps absurdly long names', () => {
    const r = analyzeFileName('a'.repeat(100_000) + '.pdf.exe');
    expect(r.ext).toBe('exe');
    expect(r.decoyExt).toBe('pdf');
    expect(r.display.length).toBeLessThanOrEqual(201);
  });
});
