/**
 * The node-scan example: runs it on the example mailbox (through vitest, from the core's source)
 * and, when the core's build is current, as a plain `node` script the way its README says.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs example without type declarations
import { scanFolder } from './scan.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const mailbox = join(here, '../mailbox');
const coreDir = join(here, '../../packages/core');

function newest(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
}
const distIsCurrent = existsSync(join(coreDir, 'dist/node.js')) && statSync(join(coreDir, 'dist/node.js')).mtimeMs > newest(join(coreDir, 'src'));

function check(lines: string[], safe: string, notSafe: string): void {
  expect(lines.filter((l) => !l.startsWith('  - ')).map((l) => l.split(':')[0])).toEqual(readdirSync(mailbox).filter((n) => n.endsWith('.eml')).sort());
  for (const name of ['07-genuine-newsletter.eml', '08-genuine-amazon-notice.eml', '09-internal-notice.eml', '10-genuine-invoice-pdf.eml']) {
    expect(lines).toContain(`${name}: ${safe} (0)`);
  }
  for (const name of ['01-display-name-brand-spoof.eml', '03-genuine-domain-spoof-dmarc-fail.eml', '05-lookalike-sender.eml', '06-password-zip-attachment.eml']) {
    const line = lines.find((l) => l.startsWith(`${name}: `)) ?? '';
    expect(line).not.toContain(notSafe);
    const i = lines.indexOf(line);
    expect(lines[i + 1]).toMatch(/^ {2}- /);
  }
}

describe('examples/node-scan', () => {
  it('explains every message of the example mailbox (en)', async () => {
    const lines: string[] = await scanFolder(mailbox);
    check(lines, 'Safe', ': Safe');
    expect(lines.join('\n')).toMatch(/Amazon/);
  });

  it('in Japanese too', async () => {
    const lines: string[] = await scanFolder(mailbox, { locale: 'ja' });
    check(lines, '安全', ': 安全');
    expect(lines.join('\n')).toContain('表示名は「Amazon.co.jp」');
  });

  it.skipIf(!distIsCurrent)('runs as a script: node scan.mjs ../mailbox', () => {
    const out = execFileSync(process.execPath, [join(here, 'scan.mjs'), mailbox], { encoding: 'utf8' });
    check(out.trimEnd().split('\n'), 'Safe', ': Safe');
  });
});
