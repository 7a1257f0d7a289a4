import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { pdf, pe } from '../../attachment/builders.js';
import { analyzeAttachments, checkSuite, findingsOf } from './support.js';

const ID = 'attachment/double-extension';

checkSuite(ID, [
  ['請求書.pdf.exe', [{ filename: '請求書.pdf.exe', contentType: 'application/octet-stream', data: pe() }], 'hit'],
  ['padded with blanks', [{ filename: 'scan.jpg            .js', contentType: 'application/octet-stream', data: 'x' }], 'hit'],
  ['padded with ideographic spaces', [{ filename: 'scan.pdf\u3000\u3000\u3000.scr', contentType: 'application/octet-stream', data: 'x' }], 'hit'],
  ['full-width dot in the decoy', [{ filename: '報告書．pdf.exe', contentType: 'application/octet-stream', data: 'x' }], 'hit'],
  ['to a web page', [{ filename: 'invoice.pdf.html', contentType: 'text/html', data: '<html></html>' }], 'hit'],
  ['to a shortcut', [{ filename: 'photo.jpg.lnk', contentType: 'application/octet-stream', data: 'x' }], 'hit'],
  ['to a disk image', [{ filename: 'order.pdf.iso', contentType: 'application/octet-stream', data: 'x' }], 'hit'],
  ['versioned name', [{ filename: 'setup.v2.exe', contentType: 'application/octet-stream', data: 'x' }], 'miss'],
  ['.tar.gz', [{ filename: 'src.tar.gz', contentType: 'application/gzip', data: 'x' }], 'miss'],
  ['dotted document name', [{ filename: 'report.2026.11.pdf', contentType: 'application/pdf', data: pdf() }], 'miss'],
  ['document behind a document', [{ filename: 'draft.doc.pdf', contentType: 'application/pdf', data: pdf() }], 'miss'],
  ['compressed PDF', [{ filename: 'invoice.pdf.zip', contentType: 'application/zip', data: 'x' }], 'miss'],
]);

describe(ID, () => {
  it('the example sentence of the brief', () => {
    const v = analyzeAttachments([{ filename: '請求書.pdf.exe', contentType: 'application/octet-stream', data: pe() }]);
    expect(findingsOf(v, ID)[0]?.params).toEqual({ name: '請求書.pdf.exe', shown: 'pdf', real: 'exe', kind: 'executable', padded: false });
    const ja = explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID);
    expect(ja?.detail).toBe('添付ファイル「請求書.pdf.exe」は PDF に見せかけた実行ファイルです（本当の拡張子は .exe）。');
    expect(v.score).toBeGreaterThanOrEqual(60);
  });

  it('alone (executable-file disabled) it still reaches suspicious', () => {
    const v = analyzeAttachments([{ filename: 'a.pdf.exe', contentType: 'application/octet-stream', data: 'x' }]);
    expect(findingsOf(v, ID)[0]?.weight).toBeGreaterThanOrEqual(35);
  });
});
