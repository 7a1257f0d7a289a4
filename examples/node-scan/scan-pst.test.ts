/**
 * The node-scan example's Outlook data file script: the example mailbox stored in a .pst (as
 * Outlook keeps received mail), scanned through vitest from the core's source.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { itemSpecOfEml } from '../../packages/core/test/helpers.js';
import { writePst } from '../../packages/core/test/support/pst-writer.js';
// @ts-expect-error -- a plain .mjs example without type declarations
import { scanPst } from './scan-pst.mjs';
// @ts-expect-error -- a plain .mjs example without type declarations
import { scanFolder } from './scan.mjs';

const mailbox = join(dirname(fileURLToPath(import.meta.url)), '../mailbox');

describe('examples/node-scan/scan-pst.mjs', () => {
  it('gives each message of a data file the verdict and explanations the same .eml gets', async () => {
    const names = readdirSync(mailbox).filter((n) => n.endsWith('.eml')).sort();
    const file = join(mkdtempSync(join(tmpdir(), 'ayashii-pst-')), 'mailbox.pst');
    writeFileSync(file, writePst([{ name: '受信トレイ', messages: names.map((n) => itemSpecOfEml(readFileSync(join(mailbox, n)))) }]));
    const lines: string[] = scanPst(file, { locale: 'ja' });
    const eml: string[] = await scanFolder(mailbox, { locale: 'ja' });
    // Message lines: "受信トレイ #2097188: 危険 (70)" against "01-….eml: 危険 (70)".
    const verdicts = (ls: string[]) => ls.map((l) => (l.startsWith('  - ') ? l : l.slice(l.lastIndexOf(': '))));
    expect(lines.filter((l) => !l.startsWith('  - '))).toHaveLength(names.length);
    expect(lines.every((l) => l.startsWith('  - ') || /受信トレイ #\d+: /.test(l))).toBe(true);
    expect(verdicts(lines)).toEqual(verdicts(eml));
    // The same mailbox in an offline store of Outlook 2013 and later (4 KiB pages, compressed blocks).
    const ost = join(dirname(file), 'mailbox.ost');
    writeFileSync(ost, writePst([{ name: '受信トレイ', messages: names.map((n) => itemSpecOfEml(readFileSync(join(mailbox, n)))) }], { format: '4k', client: 'ost', deflate: (b) => new Uint8Array(deflateSync(b)) }));
    expect(scanPst(ost, { locale: 'ja' })).toEqual(lines);
  });
});
