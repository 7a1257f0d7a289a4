import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { bytes, lnk, pdf, pe, zip } from '../../attachment/builders.js';
import { analyzeAttachments, analyzeDirect, checkSuite, findingsOf } from './support.js';

const ID = 'attachment/executable-file';

checkSuite(ID, [
  ['Microsoft filter list: .exe', [{ filename: 'setup.exe', contentType: 'application/octet-stream', data: pe() }], 'hit'],
  ['.scr screensaver', [{ filename: 'photo.scr', contentType: 'application/octet-stream', data: pe() }], 'hit'],
  ['.js script (WSH)', [{ filename: 'invoice.js', contentType: 'application/javascript', data: 'WScript.Echo(1)' }], 'hit'],
  ['.vbs script', [{ filename: 'a.vbs', contentType: 'text/plain', data: 'MsgBox 1' }], 'hit'],
  ['.hta HTML application', [{ filename: 'a.hta', contentType: 'application/hta', data: '<html>' }], 'hit'],
  ['.lnk shortcut', [{ filename: 'document.lnk', contentType: 'application/octet-stream', data: lnk() }], 'hit'],
  ['.url internet shortcut', [{ filename: 'open.url', contentType: 'application/octet-stream', data: '[InternetShortcut]\r\nURL=file://x' }], 'hit'],
  ['.mobileconfig profile (installs VPN/certificates)', [{ filename: 'Security_Update.mobileconfig', contentType: 'application/octet-stream', data: bytes([0x30, 0x82, 0x14, 0x5a]) }], 'hit'],
  ['.msi installer', [{ filename: 'setup.msi', contentType: 'application/x-msi', data: 'x' }], 'hit'],
  ['.iqy Excel web query', [{ filename: 'report.iqy', contentType: 'text/plain', data: 'WEB\r\n1\r\nhttps://example.net/' }], 'hit'],
  ['trailing dot and space (Win32 strips them)', [{ filename: 'run.exe. ', contentType: 'application/octet-stream', data: 'x' }], 'hit'],
  ['declared as an executable type with no extension', [{ filename: 'update', contentType: 'application/x-msdownload', data: 'x' }], 'hit'],
  ['PE content under an unknown extension', [{ filename: 'update.bin', contentType: 'application/octet-stream', data: pe() }], 'hit'],
  ['PE content named .zip', [{ filename: 'files.zip', contentType: 'application/zip', data: pe() }], 'hit'],
  ['PE content with no name at all', [{ filename: null, contentType: 'application/octet-stream', data: pe() }], 'hit'],
  ['a document declared as an executable type', [{ filename: 'invoice.pdf', contentType: 'application/x-msdownload', data: 'x' }], 'hit'],
  ['JSON that a server labelled text/javascript', [{ filename: 'data.json', contentType: 'text/javascript', data: '{}' }], 'miss'],
  ['a PDF', [{ filename: 'invoice.pdf', contentType: 'application/pdf', data: pdf() }], 'miss'],
  ['a shell script between developers is not a Windows script', [{ filename: 'build.sh', contentType: 'application/x-sh', data: '#!/bin/sh\nmake\n' }], 'miss'],
  ['a Python file', [{ filename: 'tool.py', contentType: 'text/x-python', data: 'print(1)' }], 'miss'],
  ['a patch', [{ filename: 'fix.patch', contentType: 'text/x-diff', data: '--- a\n+++ b\n' }], 'miss'],
  ['PE content named .pdf is type-mismatch, not this check', [{ filename: 'invoice.pdf', contentType: 'application/pdf', data: pe() }], 'miss'],
  ['a ZIP holding an .exe is risky-file-in-archive, not this check', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'a.exe', data: pe() }]) }], 'miss'],
  ['a full-width ".ｅｘｅ" does not run as .exe', [{ filename: 'a.ｅｘｅ', contentType: 'application/octet-stream', data: bytes('x') }], 'miss'],
]);

describe(ID, () => {
  it('params say how it was found; weight 40 reaches suspicious alone', () => {
    const v = analyzeAttachments([{ filename: 'update.bin', contentType: 'application/octet-stream', data: pe() }]);
    expect(findingsOf(v, ID)[0]).toMatchObject({ weight: 40, severity: 'danger', params: { name: 'update.bin', ext: 'Windows EXE/DLL', kind: 'executable', via: 'content' } });
    expect(v.level).toBe('suspicious');
  });

  it('works on metadata only (Outlook attachments without content)', () => {
    const v = analyzeDirect([{ filename: '請求書.js', contentType: 'application/octet-stream', size: 1200 }], [{ what: 'attachment-bytes', reason: 'host gives metadata only' }]);
    expect(findingsOf(v, ID)[0]?.params).toEqual({ name: '請求書.js', ext: 'js', kind: 'script', via: 'name' });
  });

  it('follows attached messages (message/rfc822)', () => {
    const v = analyzeDirect([{ filename: 'fwd.eml', contentType: 'message/rfc822', size: 10, nested: [{ filename: 'a.exe', contentType: 'application/octet-stream', size: 1 }] }]);
    expect(findingsOf(v, ID)[0]?.evidence[0]?.value).toBe('fwd.eml › a.exe');
  });

  it('renders in Japanese and English', () => {
    const v = analyzeAttachments([{ filename: 'setup.exe', contentType: 'application/octet-stream', data: pe() }]);
    expect(explain(v, { locale: 'ja' }).items[0]?.detail).toBe('添付ファイル「setup.exe」は実行ファイル（.exe）で、開くとパソコン上でプログラムが動きます。');
    expect(explain(v, { locale: 'en' }).items[0]?.detail).toBe('The attachment “setup.exe” is a program (.exe): opening it runs code on your computer.');
  });
});
