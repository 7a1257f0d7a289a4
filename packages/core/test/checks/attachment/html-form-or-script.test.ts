import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeAttachments, analyzeDirect, checkSuite, findingsOf } from './support.js';

const ID = 'attachment/html-form-or-script';

checkSuite(ID, [
  ['password form', [{ filename: 'login.html', contentType: 'text/html', data: '<form action="https://x.example.net/"><input type="password"></form>' }], 'hit'],
  ['meta refresh', [{ filename: 'a.htm', contentType: 'text/html', data: '<meta http-equiv="refresh" content="0; url=https://x.example.net/">' }], 'hit'],
  ['HTML smuggling', [{ filename: 'a.html', contentType: 'text/html', data: '<script>var b=new Blob([atob("AAAA")]);</script>' }], 'hit'],
  ['SVG smuggling', [{ filename: 'a.svg', contentType: 'image/svg+xml', data: '<svg><script>location.href="https://x.example.net/"</script></svg>' }], 'hit'],
  ['unnamed HTML content with a form', [{ filename: 'doc', contentType: 'application/octet-stream', data: '<html><form><input type=password></form></html>' }], 'hit'],
  ['plain receipt', [{ filename: 'receipt.html', contentType: 'text/html', data: '<html><body><p>Total 1,000 JPY</p><a href="https://shop.example.com/">shop</a></body></html>' }], 'miss'],
  ['.xls holding HTML with a script (opens in Excel, not a browser)', [{ filename: 'export.xls', contentType: 'application/vnd.ms-excel', data: '<html><script>x</script></html>' }], 'miss'],
  ['a .txt mentioning <script>', [{ filename: 'notes.txt', contentType: 'text/plain', data: 'Use <script> tags carefully.' }], 'miss'],
]);

describe(ID, () => {
  it('with html-attachment it reaches suspicious; the features are listed', () => {
    const v = analyzeAttachments([{ filename: 'Quota.html', contentType: 'text/html', data: '<form><input type="password"></form><script>x</script>' }]);
    expect(findingsOf(v, ID)[0]).toMatchObject({ weight: 25, params: { name: 'Quota.html', features: ['password-field', 'form', 'script'] } });
    expect(v.level).toBe('suspicious');
    expect(v.score).toBe(40);
    expect(explain(v, { locale: 'ja' }).items[0]?.detail).toBe('添付の Web ページ「Quota.html」にはパスワード入力欄、入力フォーム、スクリプトが含まれています。');
    expect(explain(v, { locale: 'en' }).items[0]?.detail).toBe('The attached web page “Quota.html” contains a password field, an input form and scripts.');
  });
  it('skipped without bytes', () => {
    const v = analyzeDirect([{ filename: 'a.html', contentType: 'text/html', size: 1 }], [{ what: 'attachment-bytes', reason: 'x' }]);
    expect(v.skipped.find((s) => s.checkId === ID)?.reason).toBe('needs-attachment-bytes');
  });
});
