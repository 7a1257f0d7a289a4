import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../src/attachment/html.js';
import { sniffType } from '../../src/attachment/sniff.js';
import { bytes, cfb, gzip, iso, jpeg, latin1, lnk, onenote, ooxml, pdf, pe, png, rar4, rtf, sevenZip, tar, utf8, vhdx, zip } from './builders.js';

describe('sniffType', () => {
  it.each([
    ['PE (MZ + PE\\0\\0)', pe(), 'pe', 'executable'],
    ['ELF', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'elf', 'executable'],
    ['Mach-O 64', bytes([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]), 'macho', 'executable'],
    ['Java class', bytes([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52]), 'java-class', 'executable'],
    ['[MS-SHLLINK] LNK', lnk(), 'lnk', 'shortcut'],
    ['MSI (CFB root CLSID)', cfb(['x'], { rootClsid: '000C1084-0000-0000-C000-000000000046' }), 'msi', 'installer'],
    ['OLE2 document', cfb(['WordDocument']), 'ole', 'document'],
    ['ZIP', zip([{ name: 'a.pdf', data: 'x' }]), 'zip', 'archive'],
    ['OOXML', ooxml('word'), 'ooxml', 'document'],
    ['JAR', zip([{ name: 'META-INF/MANIFEST.MF', data: 'x' }, { name: 'a/B.class', data: 'x' }]), 'jar', 'executable'],
    ['MSIX', zip([{ name: 'AppxManifest.xml', data: 'x' }]), 'appx', 'installer'],
    ['RAR', rar4([{ name: 'a' }]), 'rar', 'archive'],
    ['7z', sevenZip(), '7z', 'archive'],
    ['gzip', gzip('a'), 'gzip', 'archive'],
    ['tar', tar(['a']), 'tar', 'archive'],
    ['ISO 9660', iso(), 'iso', 'disk-image'],
    ['VHDX', vhdx(), 'vhdx', 'disk-image'],
    ['OneNote', onenote(), 'onenote', 'onenote'],
    ['PDF', pdf(), 'pdf', 'document'],
    ['RTF', rtf(), 'rtf', 'document'],
    ['PNG', png(), 'png', 'image'],
    ['JPEG', jpeg(), 'jpeg', 'image'],
    ['HTML', utf8('\uFEFF  <!DOCTYPE html><html><body>hi</body></html>'), 'html', 'html'],
    ['HTML fragment', utf8('<div>hi</div>'), 'html', 'html'],
    ['SVG', utf8('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'svg', 'html'],
  ])('%s', (_label, b, type, cls) => {
    const r = sniffType(b);
    expect(r?.type).toBe(type);
    expect(r?.riskClass).toBe(cls);
  });

  it.each([
    ['plain text', utf8('Hello, this is a text file.')],
    ['MZ without a PE header (e.g. text starting "MZ")', latin1('MZ Trading Co. invoice list, please review the attached totals.' + ' '.repeat(40))],
    ['CSV', utf8('a,b,c\n1,2,3\n')],
    ['XML that is not HTML', utf8('<?xml version="1.0"?><invoice/>')],
    ['too short', Uint8Array.from([0x4d, 0x5a])],
    ['empty', new Uint8Array()],
  ])('%s → unknown', (_label, b) => {
    expect(sniffType(b)).toBeNull();
  });
});

describe('scanHtml', () => {
  it.each([
    ['<form action="https://login.example.net/p"><input type="password" name="p"></form>', ['password-field', 'form']],
    ["<INPUT TYPE='password'>", ['password-field']],
    ['<input type=email name=u><input type=submit>', ['form']],
    ['<script>var a=1</script>', ['script']],
    ['<body onload="go()">', ['script']],
    ['<meta http-equiv="refresh" content="0;url=https://example.net/">', ['redirect']],
    ['<script>window.location.href = "https://x.example/"</script>', ['script', 'redirect']],
    ['<script>var b = new Blob([atob(d)]); URL.createObjectURL(b)</script>', ['script', 'smuggling']],
    ['<a href="data:application/octet-stream;base64,AAAA" download="x.zip">x</a>', ['smuggling']],
    ['<iframe src="https://evil.example/"></iframe>', ['remote-frame']],
    ['<svg><foreignObject><div>x</div></foreignObject></svg>', ['script']],
  ])('%s', (html, features) => {
    expect(scanHtml(utf8(html)).features).toEqual(features);
  });

  it.each([
    ['a receipt', '<html><body><h1>Receipt</h1><p>Total: 1,000 JPY</p><a href="https://shop.example.com/">Shop</a></body></html>'],
    ['an Exchange ATT00001.htm footer', '<html><body><p>_____</p><p>This list is moderated.</p></body></html>'],
    ['text that mentions forms', '<p>Please fill in the form we sent you by post.</p>'],
  ])('%s has no active content', (_label, html) => {
    expect(scanHtml(utf8(html)).features).toEqual([]);
  });

  it('UTF-16 HTML', () => {
    const s = '<script>x</script>';
    const b = new Uint8Array(2 + s.length * 2);
    b.set([0xff, 0xfe]);
    [...s].forEach((c, i) => (b[2 + i * 2] = c.charCodeAt(0)));
    expect(scanHtml(b).features).toEqual(['script']);
  });

  it('is linear on pathological input', () => {
    const evil = utf8('<input ' + 'a'.repeat(1_000_000) + ' http-equiv' + ' '.repeat(500_000) + '<input onload '.repeat(50_000) + '<meta '.repeat(50_000));
    const t = performance.now();
    scanHtml(evil);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
