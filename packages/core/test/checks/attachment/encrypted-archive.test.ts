import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { cfb, pdf, rar4, rar5, sevenZip, zip } from '../../attachment/builders.js';
import { analyzeAttachments, analyzeDirect, checkSuite, findingsOf } from './support.js';

const ID = 'attachment/encrypted-archive';

checkSuite(ID, [
  ['ZIP with the encrypted bit (Emotet password ZIP)', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'a.doc', data: 'x', encrypted: true }]) }], 'hit'],
  ['ZIP with WinZip AES', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'a.doc', data: 'x', aes: true }]) }], 'hit'],
  ['ZIP named .pdf', [{ filename: 'a.pdf', contentType: 'application/pdf', data: zip([{ name: 'a.exe', data: 'x', encrypted: true }]) }], 'hit'],
  ['RAR 4 encrypted file', [{ filename: 'a.rar', contentType: 'application/octet-stream', data: rar4([{ name: 'a.exe', encrypted: true }]) }], 'hit'],
  ['RAR 4 encrypted headers', [{ filename: 'a.rar', contentType: 'application/octet-stream', data: rar4([], { headersEncrypted: true }) }], 'hit'],
  ['RAR 5 encrypted file', [{ filename: 'a.rar', contentType: 'application/octet-stream', data: rar5([{ name: 'a.exe', encrypted: true }]) }], 'hit'],
  ['7z with encrypted headers', [{ filename: 'a.7z', contentType: 'application/x-7z-compressed', data: sevenZip({ headersEncrypted: true }) }], 'hit'],
  ['encrypted Office document (EncryptedPackage)', [{ filename: 'a.xlsx', contentType: 'application/octet-stream', data: cfb(['EncryptionInfo', 'EncryptedPackage']) }], 'hit'],
  ['plain ZIP of PDFs', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'a.pdf', data: pdf() }]) }], 'miss'],
  ['plain RAR', [{ filename: 'a.rar', contentType: 'application/octet-stream', data: rar5([{ name: 'a.pdf' }]) }], 'miss'],
  ['7z with a compressed header (undecidable: not flagged)', [{ filename: 'a.7z', contentType: 'application/x-7z-compressed', data: sevenZip() }], 'miss'],
  ['a PDF', [{ filename: 'a.pdf', contentType: 'application/pdf', data: pdf() }], 'miss'],
]);

describe(ID, () => {
  it('alone reaches suspicious; the names inside are listed', () => {
    const v = analyzeAttachments([{ filename: '請求書.zip', contentType: 'application/zip', data: zip([{ name: '請求書.doc', data: 'x', encrypted: true, utf8Flag: true }]) }]);
    expect(findingsOf(v, ID)[0]).toMatchObject({ weight: 35, params: { name: '請求書.zip', format: 'zip', namesHidden: false, entries: '請求書.doc' } });
    expect(v.level).toBe('suspicious');
    expect(explain(v, { locale: 'ja' }).items[0]?.detail).toBe(
      '添付ファイル「請求書.zip」はパスワード付きの ZIP 圧縮ファイル（中身：請求書.doc）で、セキュリティソフトが中身を検査できません。',
    );
  });

  it('an encrypted Office document is caution only', () => {
    const v = analyzeAttachments([{ filename: 'a.xlsx', contentType: 'application/octet-stream', data: cfb(['EncryptionInfo', 'EncryptedPackage']) }]);
    expect(findingsOf(v, ID)[0]).toMatchObject({ weight: 20, severity: 'warn', params: { format: 'office' } });
    expect(v.level).toBe('caution');
  });

  it('needs the bytes: skipped (not passed) when the host cannot give them', () => {
    const v = analyzeDirect([{ filename: 'a.zip', contentType: 'application/zip', size: 100 }], [{ what: 'attachment-bytes', reason: 'metadata only' }]);
    expect(v.skipped).toContainEqual({ checkId: ID, reason: 'needs-attachment-bytes', detail: 'metadata only' });
  });

  it('an attachment without bytes in an otherwise complete input: no finding, no error', () => {
    const v = analyzeDirect([{ filename: 'a.zip', contentType: 'application/zip', size: 100 }]);
    expect(findingsOf(v, ID)).toEqual([]);
    expect(v.skipped.filter((s) => s.checkId === ID)).toEqual([]);
  });
});
