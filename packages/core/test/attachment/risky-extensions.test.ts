import { describe, expect, it } from 'vitest';
import data from '../../src/data/risky-extensions.json';
import schema from '../../src/data/risky-extensions.schema.json';
import { classOfContentType, classOfExtension, riskyExtensionEntries } from '../../src/attachment/risky-extensions.js';

describe('data/risky-extensions.json', () => {
  it('each extension belongs to exactly one class, in lower case without a dot', () => {
    const all = Object.values(data.classes).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const e of all) expect(e).toMatch(/^[a-z0-9][a-z0-9-]{0,23}$/);
    expect(riskyExtensionEntries().length).toBe(all.length);
  });

  it('classes and content types use the schema’s risk classes', () => {
    const classes = new Set(schema.$defs.riskClass.enum);
    for (const c of Object.keys(data.classes)) expect(classes.has(c)).toBe(true);
    for (const c of Object.values(data.contentTypes)) expect(classes.has(c)).toBe(true);
    expect(data.snapshot).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('covers Microsoft’s 53 default common-attachment types that are not plain archives (field notes §3.10)', () => {
    const ms = 'ace ani apk app appx arj bat cab cmd com deb dex dll docm elf exe hta img iso jar jnlp kext lha lib library lnk lzh macho msc msi msix msp mst pif ppa ppam reg rev scf scr sct sys uif vb vbe vbs vxd wsc wsf wsh xll xz z'.split(' ');
    // deliberately not listed: ani (cursor), deb (Linux package), kext, lib, library, rev, uif, ppa — rare or developer-only
    const skipped = new Set(['ani', 'deb', 'kext', 'lib', 'library', 'rev', 'uif', 'ppa']);
    for (const e of ms) if (!skipped.has(e)) expect(classOfExtension(e), e).not.toBeNull();
  });

  it('lookups', () => {
    expect(classOfExtension('exe')).toBe('executable');
    expect(classOfExtension('r07')).toBe('archive');
    expect(classOfExtension('')).toBeNull();
    expect(classOfContentType('APPLICATION/X-MSDOWNLOAD')).toBe('executable');
    expect(classOfContentType('application/octet-stream')).toBeNull();
  });
});
