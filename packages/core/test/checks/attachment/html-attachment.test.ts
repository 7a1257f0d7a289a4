import { describe, expect, it } from 'vitest';
import { png, utf8 } from '../../attachment/builders.js';
import { analyzeAttachments, analyzeDirect, checkSuite, findingsOf } from './support.js';

const ID = 'attachment/html-attachment';
const PAGE = '<!DOCTYPE html><html><body><p>Receipt</p></body></html>';

checkSuite(ID, [
  ['.html', [{ filename: 'receipt.html', contentType: 'text/html', data: PAGE }], 'hit'],
  ['.htm', [{ filename: 'ATT00001.htm', contentType: 'text/html', data: PAGE }], 'hit'],
  ['.shtml', [{ filename: 'a.shtml', contentType: 'application/octet-stream', data: PAGE }], 'hit'],
  ['.mht', [{ filename: 'a.mht', contentType: 'message/rfc822', data: 'MIME-Version: 1.0\r\n\r\nx' }], 'hit'],
  ['HTML content under an unknown extension', [{ filename: 'statement.php', contentType: 'application/octet-stream', data: PAGE }], 'hit'],
  ['declared text/html without a name', [{ filename: null, contentType: 'text/html', data: PAGE, disposition: 'attachment' }], 'hit'],
  ['SVG with a script', [{ filename: 'a.svg', contentType: 'image/svg+xml', data: '<svg><script>x()</script></svg>' }], 'hit'],
  ['plain SVG picture', [{ filename: 'logo.svg', contentType: 'image/svg+xml', data: '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>' }], 'miss'],
  ['HTML body (multipart/alternative) is not an attachment', [{ filename: 'a.png', contentType: 'image/png', data: png(), disposition: 'inline' }], 'miss'],
  ['.xls holding HTML (old report exports open in Excel)', [{ filename: 'export.xls', contentType: 'application/vnd.ms-excel', data: PAGE }], 'miss'],
  ['.txt', [{ filename: 'a.txt', contentType: 'text/plain', data: 'hello' }], 'miss'],
]);

describe(ID, () => {
  it('caution alone', () => {
    const v = analyzeAttachments([{ filename: 'receipt.html', contentType: 'text/html', data: utf8(PAGE) }]);
    expect(findingsOf(v, ID)[0]).toMatchObject({ weight: 15, params: { name: 'receipt.html', kind: 'html' } });
    expect(v.level).toBe('caution');
  });
  it('an SVG whose content is unknown (metadata only) is flagged', () => {
    const v = analyzeDirect([{ filename: 'a.svg', contentType: 'image/svg+xml', size: 100 }], [{ what: 'attachment-bytes', reason: 'x' }]);
    expect(findingsOf(v, ID)[0]?.params).toEqual({ name: 'a.svg', kind: 'svg' });
  });
});
