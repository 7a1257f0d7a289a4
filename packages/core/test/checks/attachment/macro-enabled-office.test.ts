import { describe, expect, it } from 'vitest';
import { ooxml } from '../../attachment/builders.js';
import { analyzeAttachments, analyzeDirect, checkSuite, findingsOf } from './support.js';

const ID = 'attachment/macro-enabled-office';

checkSuite(ID, [
  ['.xlsm', [{ filename: '見積書.xlsm', contentType: 'application/vnd.ms-excel.sheet.macroEnabled.12', data: ooxml('xl') }], 'hit'],
  ['.docm', [{ filename: 'a.docm', contentType: 'application/octet-stream', data: ooxml('word') }], 'hit'],
  ['.pptm', [{ filename: 'a.pptm', contentType: 'application/octet-stream', data: ooxml('ppt') }], 'hit'],
  ['.xlam add-in', [{ filename: 'a.xlam', contentType: 'application/octet-stream', data: ooxml('xl') }], 'hit'],
  ['declared macro-enabled type without an extension', [{ filename: 'book', contentType: 'application/vnd.ms-excel.sheet.macroenabled.12', data: ooxml('xl') }], 'hit'],
  ['.xlsx', [{ filename: 'a.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data: ooxml('xl') }], 'miss'],
  ['.docx', [{ filename: 'a.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: ooxml('word') }], 'miss'],
  ['.doc', [{ filename: 'a.doc', contentType: 'application/msword', data: 'x' }], 'miss'],
]);

describe(ID, () => {
  it('caution alone (a .xlsm without a VBA project)', () => {
    const v = analyzeAttachments([{ filename: 'a.xlsm', contentType: 'application/octet-stream', data: ooxml('xl') }]);
    expect(findingsOf(v, ID)[0]).toMatchObject({ weight: 15, params: { name: 'a.xlsm', ext: 'xlsm' } });
    expect(v.level).toBe('caution');
  });
  it('suspicious once the VBA project is there', () => {
    expect(analyzeAttachments([{ filename: 'a.xlsm', contentType: 'application/octet-stream', data: ooxml('xl', { vba: true }) }]).level).toBe('suspicious');
  });
  it('runs on metadata only', () => {
    expect(findingsOf(analyzeDirect([{ filename: 'a.docm', contentType: 'application/octet-stream', size: 1 }], [{ what: 'attachment-bytes', reason: 'x' }]), ID)).toHaveLength(1);
  });
});
