/**
 * Macros and encryption in Office files, from their directories only:
 * - OOXML (a ZIP with `[Content_Types].xml`): `vbaProject.bin` is the VBA project
 *   ([MS-OFFMACRO2]); `xl/macrosheets/` holds Excel 4.0 (XLM) macro sheets.
 * - ODF: a `Basic/` folder holds StarBasic macros.
 * - OLE2 (`.doc`, `.xls`, `.ppt`): a `_VBA_PROJECT` stream, a `VBA` storage with a `dir` stream
 *   ([MS-OVBA] §2.2), or Word 97's `Macros` storage; `EncryptedPackage` is an encrypted OOXML
 *   document ([MS-OFFCRYPTO] §2.3.4) whose contents no scanner can see.
 * Nothing is decompressed and no stream is read.
 */
import type { ArchiveListing } from './archive.js';
import { indexOf, utf16le } from './bytes.js';
import type { CfbDirectory } from './cfb.js';

export type MacroKind = 'vba' | 'xlm' | 'basic';

export interface OfficeInfo {
  readonly container: 'ooxml' | 'odf' | 'ole';
  /** Macro code found, by kind (empty when none). */
  readonly macros: readonly MacroKind[];
  /** An encrypted (password-protected) document. */
  readonly encrypted: boolean;
}

const VBA_PROJECT_UTF16 = utf16le('_VBA_PROJECT');

export function officeFromZip(listing: ArchiveListing, container: 'ooxml' | 'odf'): OfficeInfo {
  const macros = new Set<MacroKind>();
  for (const e of listing.entries) {
    const n = e.name.toLowerCase();
    if (n.endsWith('vbaproject.bin')) macros.add('vba');
    else if (n.startsWith('xl/macrosheets/')) macros.add('xlm');
    else if (container === 'odf' && n.startsWith('basic/') && !n.endsWith('/') && !n.endsWith('script-lc.xml') && !n.endsWith('script-lb.xml')) macros.add('basic');
  }
  return { container, macros: [...macros], encrypted: listing.entries.some((e) => e.encrypted) };
}

export function officeFromCfb(dir: CfbDirectory, bytes: Uint8Array): OfficeInfo {
  const names = new Set(dir.entries.map((e) => e.name.toLowerCase()));
  let vba = names.has('_vba_project') || names.has('_vba_project_cur') || (names.has('vba') && names.has('dir')) || names.has('macros');
  // A truncated directory may have lost the VBA storage: fall back to the UTF-16 stream name.
  if (!vba && dir.truncated) vba = indexOf(bytes, VBA_PROJECT_UTF16) >= 0;
  return {
    container: 'ole',
    macros: vba ? ['vba'] : [],
    encrypted: names.has('encryptedpackage'),
  };
}
