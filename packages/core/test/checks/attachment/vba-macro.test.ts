import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { cfb, ooxml, zip } from '../../attachment/builders.js';
import { analyzeAttachments, checkSuite, findingsOf } from './support.js';

const ID = 'attachment/vba-macro';

checkSuite(ID, [
  ['[MS-OVBA] .doc with Macros/VBA storage', [{ filename: 'a.doc', contentType: 'application/msword', data: cfb(['WordDocument', 'Macros', 'VBA', 'dir', '_VBA_PROJECT']) }], 'hit'],
  ['.xls with _VBA_PROJECT_CUR', [{ filename: 'a.xls', contentType: 'application/vnd.ms-excel', data: cfb(['Workbook', '_VBA_PROJECT_CUR', 'VBA', 'dir']) }], 'hit'],
  ['.docm with vbaProject.bin', [{ filename: 'a.docm', contentType: 'application/octet-stream', data: ooxml('word', { vba: true }) }], 'hit'],
  ['.xlsx that really holds a VBA project', [{ filename: 'a.xlsx', contentType: 'application/octet-stream', data: ooxml('xl', { vba: true }) }], 'hit'],
  ['Excel 4.0 macro sheet', [{ filename: 'a.xlsm', contentType: 'application/octet-stream', data: ooxml('xl', { macrosheet: true }) }], 'hit'],
  ['OpenDocument Basic', [{ filename: 'a.odt', contentType: 'application/vnd.oasis.opendocument.text', data: zip([{ name: 'mimetype', data: 'x' }, { name: 'META-INF/manifest.xml', data: 'x' }, { name: 'Basic/Standard/Module1.xml', data: 'x' }]) }], 'hit'],
  ['plain .doc', [{ filename: 'a.doc', contentType: 'application/msword', data: cfb(['WordDocument', '1Table']) }], 'miss'],
  ['plain .docx', [{ filename: 'a.docx', contentType: 'application/octet-stream', data: ooxml('word') }], 'miss'],
  ['.xlsm without a VBA project', [{ filename: 'a.xlsm', contentType: 'application/octet-stream', data: ooxml('xl') }], 'miss'],
  ['a ZIP that merely contains a file called vbaProject.bin is an archive, not a document', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'vbaProject.bin', data: 'x' }]) }], 'miss'],
]);

describe(ID, () => {
  it('suspicious alone; explained', () => {
    const v = analyzeAttachments([{ filename: '契約書.doc', contentType: 'application/msword', data: cfb(['WordDocument', 'Macros', 'VBA', 'dir']) }]);
    expect(findingsOf(v, ID)[0]).toMatchObject({ weight: 35, params: { name: '契約書.doc', kind: 'vba' } });
    expect(v.level).toBe('suspicious');
    expect(explain(v, { locale: 'ja' }).items[0]?.detail).toBe('添付ファイル「契約書.doc」には、コンテンツを有効にすると実行される VBA マクロが含まれています。');
  });
});
