import { describe, expect, it } from 'vitest';
import { readCfb } from '../../src/attachment/cfb.js';
import { officeFromCfb, officeFromZip } from '../../src/attachment/office.js';
import { readZip } from '../../src/attachment/archive.js';
import { cfb, ooxml, zip } from './builders.js';

describe('[MS-CFB] directory', () => {
  it('§2.6: reads entry names and types through the FAT chain', () => {
    const d = readCfb(cfb(['WordDocument', '1Table', 'Macros', 'VBA', 'dir', '_VBA_PROJECT', 'SummaryInformation']));
    expect(d?.entries.map((e) => e.name)).toEqual(['Root Entry', 'WordDocument', '1Table', 'Macros', 'VBA', 'dir', '_VBA_PROJECT', 'SummaryInformation']);
    expect(d?.entries[0]?.type).toBe(5);
    expect(d?.entries.find((e) => e.name === 'VBA')?.type).toBe(1);
    expect(d?.truncated).toBe(false);
  });

  it('reads the root CLSID (MSI: 000C1084-…)', () => {
    expect(readCfb(cfb(['x'], { rootClsid: '000C1084-0000-0000-C000-000000000046' }))?.rootClsid).toBe('000C1084-0000-0000-C000-000000000046');
  });

  it('a cyclic directory chain terminates', () => {
    const b = cfb(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    // FAT sector 0 (at 512): make directory sector 2 point back to sector 1
    b.set([1, 0, 0, 0], 512 + 2 * 4);
    const d = readCfb(b);
    expect(d?.truncated).toBe(true);
    expect(d?.entries.length).toBe(8);
  });

  it('not CFB, or an invalid sector shift → null', () => {
    expect(readCfb(new Uint8Array(600))).toBeNull();
    const b = cfb(['x']);
    b[0x1e] = 7;
    expect(readCfb(b)).toBeNull();
  });
});

describe('Office macros and encryption', () => {
  it('[MS-OVBA] §2.2: VBA storage in a .doc', () => {
    const b = cfb(['WordDocument', 'Macros', 'VBA', 'dir', '_VBA_PROJECT']);
    expect(officeFromCfb(readCfb(b)!, b)).toEqual({ container: 'ole', macros: ['vba'], encrypted: false });
  });
  it('a plain .doc has none', () => {
    const b = cfb(['WordDocument', '1Table', 'SummaryInformation']);
    expect(officeFromCfb(readCfb(b)!, b).macros).toEqual([]);
  });
  it('[MS-OFFCRYPTO] §2.3.4: EncryptedPackage = a password-protected OOXML document', () => {
    const b = cfb(['EncryptionInfo', 'EncryptedPackage', 'DataSpaces']);
    expect(officeFromCfb(readCfb(b)!, b).encrypted).toBe(true);
  });
  it('OOXML: vbaProject.bin and Excel 4.0 macro sheets', () => {
    expect(officeFromZip(readZip(ooxml('word', { vba: true })), 'ooxml').macros).toEqual(['vba']);
    expect(officeFromZip(readZip(ooxml('xl', { macrosheet: true })), 'ooxml').macros).toEqual(['xlm']);
    expect(officeFromZip(readZip(ooxml('xl')), 'ooxml').macros).toEqual([]);
  });
  it('ODF: Basic/ modules are macros, the empty library index is not', () => {
    const withMacro = readZip(zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }, { name: 'Basic/script-lc.xml' }, { name: 'Basic/Standard/Module1.xml', data: 'x' }]));
    const without = readZip(zip([{ name: 'mimetype', data: 'x' }, { name: 'Basic/script-lc.xml', data: 'x' }]));
    expect(officeFromZip(withMacro, 'odf').macros).toEqual(['basic']);
    expect(officeFromZip(without, 'odf').macros).toEqual([]);
  });
});
