import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { cfb, iso, jpeg, lnk, ooxml, pdf, pe, png, rtf, utf8, zip } from '../../attachment/builders.js';
import { analyzeAttachments, checkSuite, findingsOf } from './support.js';

const ID = 'attachment/type-mismatch';

checkSuite(ID, [
  ['.pdf that is a PE', [{ filename: 'invoice.pdf', contentType: 'application/pdf', data: pe() }], 'hit'],
  ['.jpg that is a LNK', [{ filename: 'photo.jpg', contentType: 'image/jpeg', data: lnk() }], 'hit'],
  ['.docx that is an MSI', [{ filename: 'a.docx', contentType: 'application/octet-stream', data: cfb(['x'], { rootClsid: '000C1084-0000-0000-C000-000000000046' }) }], 'hit'],
  ['.pdf that is an ISO', [{ filename: 'a.pdf', contentType: 'application/pdf', data: iso() }], 'hit'],
  ['.png that is HTML', [{ filename: 'a.png', contentType: 'image/png', data: '<html><body>x</body></html>' }], 'hit'],
  ['.pdf that is a ZIP', [{ filename: 'a.pdf', contentType: 'application/pdf', data: zip([{ name: 'a.exe', data: 'x' }]) }], 'hit'],
  ['no extension, declared application/pdf, PE content', [{ filename: 'invoice', contentType: 'application/pdf', data: pe() }], 'hit'],
  ['.doc that is RTF', [{ filename: 'a.doc', contentType: 'application/msword', data: rtf() }], 'miss'],
  ['.jpg that is PNG', [{ filename: 'a.jpg', contentType: 'image/jpeg', data: png() }], 'miss'],
  ['.xls that is HTML (report export)', [{ filename: 'a.xls', contentType: 'application/vnd.ms-excel', data: '<html><table></table></html>' }], 'miss'],
  ['.doc that is OOXML', [{ filename: 'a.doc', contentType: 'application/msword', data: ooxml('word') }], 'miss'],
  ['.pages (a ZIP by design)', [{ filename: 'a.pages', contentType: 'application/octet-stream', data: zip([{ name: 'Index/Document.iwa', data: 'x' }]) }], 'miss'],
  ['.txt with unknown text', [{ filename: 'a.txt', contentType: 'text/plain', data: 'hello' }], 'miss'],
  ['.pdf that is a PDF', [{ filename: 'a.pdf', contentType: 'application/pdf', data: pdf() }], 'miss'],
  ['.jpg that is a JPEG', [{ filename: 'a.jpg', contentType: 'image/jpeg', data: jpeg() }], 'miss'],
  ['.zip that is a ZIP', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([]) }], 'miss'],
]);

describe(ID, () => {
  it('a disguised program is near-certain (45); explained with the real format', () => {
    const v = analyzeAttachments([{ filename: '請求書.pdf', contentType: 'application/pdf', data: pe() }]);
    expect(findingsOf(v, ID)[0]).toMatchObject({ weight: 45, params: { name: '請求書.pdf', claimed: 'pdf', actual: 'Windows EXE/DLL', actualKind: 'executable' } });
    expect(explain(v, { locale: 'ja' }).items[0]?.detail).toBe('添付ファイル「請求書.pdf」は PDF ファイルの名前ですが、中身は実行ファイル（Windows EXE/DLL）です。');
    expect(v.level).toBe('suspicious');
  });
  it('graded: disk image 30, archive 20', () => {
    expect(findingsOf(analyzeAttachments([{ filename: 'a.pdf', contentType: 'application/pdf', data: iso() }]), ID)[0]?.weight).toBe(30);
    expect(findingsOf(analyzeAttachments([{ filename: 'a.pdf', contentType: 'application/pdf', data: zip([]) }]), ID)[0]?.weight).toBe(20);
    expect(findingsOf(analyzeAttachments([{ filename: 'a.png', contentType: 'image/png', data: utf8('<html></html>') }]), ID)[0]?.weight).toBe(30);
  });
});
