/**
 * Manifests: generated from manifest.source.json, committed, and checked offline
 * (shared/docs/addins.md B.2): XML well-formed + structural test, unified JSON through
 * `office-addin-manifest validate` with its bundled schemas. The checks are also shown to catch
 * broken manifests, so a green run means something.
 */
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM scripts without type declarations
import { loadSource, OUT_DIR, renderAll, renderUnified, renderXml, staleFiles } from '../scripts/gen-manifests.mjs';
// @ts-expect-error plain ESM scripts without type declarations
import { checkUnified, checkWellFormed, checkXmlStructure, validateUnified } from '../scripts/manifest-checks.mjs';

interface Variant {
  file: string;
  id: string;
  baseUrl: string;
  developer: { websiteUrl: string };
}
const src = loadSource();
const variants = Object.entries(src.variants as Record<string, Variant>);
const expectFor = (v: Variant) => ({ id: v.id, baseUrl: v.baseUrl, mailbox: src.requirements.mailbox, supportUrl: v.developer.websiteUrl });
const tmp = mkdtempSync(join(tmpdir(), 'ayashii-manifests-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('generated manifests', () => {
  it('are up to date with manifest.source.json', () => {
    expect(staleFiles()).toEqual([]);
    expect(Object.keys(renderAll()).sort()).toEqual(
      ['manifest.xml', 'manifest.json', 'manifest.ja-jp.json', 'manifest.debug.xml', 'manifest.debug.json', 'manifest.debug.ja-jp.json'].sort(),
    );
  });

  it('production and debug differ only where they should (id, URLs, name suffix)', () => {
    expect(src.variants.production.id).not.toBe(src.variants.debug.id);
    expect(src.variants.debug.baseUrl).toBe('https://localhost:3000/');
    const debugXml = renderXml(src, 'debug') as string;
    expect(debugXml).not.toContain(src.variants.production.baseUrl);
    expect(renderXml(src, 'production')).not.toContain('localhost');
  });

  describe.each(variants)('%s', (_name, v) => {
    it('XML: well-formed', async () => {
      expect(await checkWellFormed(join(OUT_DIR, `${v.file}.xml`))).toEqual([]);
    });
    it('XML: MailApp, ReadItem, Mailbox 1.8, message-read button opening the task pane, every resid resolved, https only', async () => {
      expect(await checkXmlStructure(join(OUT_DIR, `${v.file}.xml`), expectFor(v))).toEqual([]);
    });
    it('unified JSON: office-addin-manifest validate (offline schemas)', () => {
      expect(validateUnified(join(OUT_DIR, `${v.file}.json`))).toEqual([]);
    }, 60_000);
    it('unified JSON: MailboxItem.Read.User only, mailRead ribbon, localization files', () => {
      expect(checkUnified(join(OUT_DIR, `${v.file}.json`), expectFor(v))).toEqual([]);
    });
  });
});

describe('the manifest checks catch broken manifests', () => {
  const v = src.variants.production as Variant;
  const write = (name: string, text: string) => {
    const f = join(tmp, name);
    writeFileSync(f, text);
    return f;
  };

  it('XML: a dangling resid, a broader permission and an http URL', async () => {
    const xml = (renderXml(src, 'production') as string)
      .replace('<Title resid="ayashii.check.label"/>', '<Title resid="ayashii.nowhere"/>')
      .replace('<Permissions>ReadItem</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>')
      .replace('DefaultValue="https://ayashii.example/outlook/assets/icon-64.png"', 'DefaultValue="http://ayashii.example/outlook/assets/icon-64.png"');
    const problems = (await checkXmlStructure(write('bad.xml', xml), expectFor(v))) as string[];
    expect(problems.join('\n')).toMatch(/resid ayashii\.nowhere does not resolve/);
    expect(problems.join('\n')).toMatch(/Permissions> must be ReadItem/);
    expect(problems.join('\n')).toMatch(/URL is not https: http:\/\/ayashii\.example/);
  });

  it('XML: not well-formed', async () => {
    const problems = (await checkWellFormed(write('broken.xml', '<OfficeApp><Id>x</OfficeApp>'))) as string[];
    expect(problems.length).toBeGreaterThan(0);
  });

  it('unified JSON: schema violations are reported by office-addin-manifest', () => {
    const m = JSON.parse(renderUnified(src, 'production') as string);
    m.accentColor = 'red';
    m.name.short = 'x'.repeat(40);
    const f = write('bad.json', JSON.stringify(m));
    copyFileSync(join(OUT_DIR, 'manifest.ja-jp.json'), join(tmp, 'manifest.ja-jp.json'));
    const problems = (validateUnified(f) as string[]).join('\n');
    expect(problems).toMatch(/accentColor/);
    expect(problems).toMatch(/name\/short/);
  }, 60_000);

  it('unified JSON: a broader permission is caught', () => {
    const m = JSON.parse(renderUnified(src, 'production') as string);
    m.authorization.permissions.resourceSpecific = [{ name: 'Mailbox.ReadWrite.User', type: 'Delegated' }];
    copyFileSync(join(OUT_DIR, 'manifest.ja-jp.json'), join(tmp, 'manifest.ja-jp.json'));
    expect((checkUnified(write('perm.json', JSON.stringify(m)), expectFor(v)) as string[]).join('\n')).toMatch(/MailboxItem\.Read\.User/);
  });
});
