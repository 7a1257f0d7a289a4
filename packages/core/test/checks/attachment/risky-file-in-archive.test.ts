import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { gzip, ooxml, pdf, rar4, rar5, zip } from '../../attachment/builders.js';
import { analyzeAttachments, checkSuite, findingsOf } from './support.js';

const ID = 'attachment/risky-file-in-archive';

checkSuite(ID, [
  ['ZIP → .js', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'Invoice.js', data: 'x' }]) }], 'hit'],
  ['ZIP → .lnk beside decoys', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'doc.lnk' }, { name: 'x.dll' }, { name: 'a.pdf', data: pdf() }]) }], 'hit'],
  ['ZIP → .iso', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'order.iso', data: 'x' }]) }], 'hit'],
  ['RAR 4 → .exe', [{ filename: 'a.rar', contentType: 'application/octet-stream', data: rar4([{ name: 'a.exe' }]) }], 'hit'],
  ['RAR 5 → .vbs', [{ filename: 'a.rar', contentType: 'application/octet-stream', data: rar5([{ name: '見積.vbs' }]) }], 'hit'],
  ['gzip → .exe (FNAME)', [{ filename: 'a.gz', contentType: 'application/gzip', data: gzip('setup.exe') }], 'hit'],
  ['ZIP → .html (weak)', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'login.html', data: '<form>' }]) }], 'hit'],
  ['ZIP → .xlsm (weak)', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'a.xlsm', data: ooxml('xl', { vba: true }) }]) }], 'hit'],
  ['ZIP of PDFs', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'a.pdf', data: pdf() }, { name: 'b.pdf', data: pdf() }]) }], 'miss'],
  ['ZIP of photos and a text', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'a.jpg' }, { name: 'b.png' }, { name: 'readme.txt' }]) }], 'miss'],
  ['ZIP of Office files', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'a.docx', data: ooxml('word') }]) }], 'miss'],
  ['a directory named like a script', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'node.js/' }, { name: 'node.js/README.md', data: 'x' }]) }], 'miss'],
]);

describe(ID, () => {
  it('a thin archive with a script is suspicious alone', () => {
    const v = analyzeAttachments([{ filename: '請求書.zip', contentType: 'application/zip', data: zip([{ name: '請求書.js', data: 'x', utf8Flag: true }]) }]);
    expect(findingsOf(v, ID)[0]).toMatchObject({ weight: 40, params: { name: '請求書.zip', inner: '請求書.js', kind: 'script', count: 1, total: 1 } });
    expect(v.level).toBe('suspicious');
    expect(explain(v, { locale: 'ja' }).items[0]?.detail).toBe('圧縮ファイル「請求書.zip」の中にスクリプト「請求書.js」が入っています（全 1 ファイル）。');
  });

  it('a large project archive with scripts among many files is caution', () => {
    const files = Array.from({ length: 30 }, (_, i) => ({ name: `src/file${i}.c`, data: 'int x;' }));
    const v = analyzeAttachments([{ filename: 'project.zip', contentType: 'application/zip', data: zip([...files, { name: 'build.bat', data: 'make' }]) }]);
    expect(findingsOf(v, ID)[0]).toMatchObject({ weight: 15, severity: 'warn' });
  });

  it('the worst entry is reported (executable over HTML)', () => {
    const v = analyzeAttachments([{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'a.html' }, { name: 'b.scr' }]) }]);
    expect(findingsOf(v, ID)[0]?.params).toMatchObject({ inner: 'b.scr', kind: 'executable' });
  });
});
