/**
 * The attachment fixtures are generated from `fixture-specs.ts`. This test fails when a file is
 * missing or differs from its spec; `AYASHII_WRITE_FIXTURES=1` (re)writes them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { eml } from './builders.js';
import { FIXTURE_SPECS } from './fixture-specs.js';

const DIR = join(FIXTURES, 'eml', 'attachment');
const WRITE = process.env.AYASHII_WRITE_FIXTURES === '1';

describe('generated attachment fixtures', () => {
  it.each(FIXTURE_SPECS.map((f) => [f.file, f] as const))('%s is up to date', (_name, f) => {
    const path = join(DIR, f.file);
    const text = eml(f.spec);
    if (WRITE) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    expect(existsSync(path), `${f.file} missing: run with AYASHII_WRITE_FIXTURES=1`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('every hit has a miss twin in the same folder', () => {
    const folders = new Map<string, Set<string>>();
    for (const f of FIXTURE_SPECS) {
      const [dir, name] = f.file.split('/') as [string, string];
      const kinds = folders.get(dir) ?? new Set<string>();
      kinds.add(name.split('--')[0] as string);
      folders.set(dir, kinds);
    }
    for (const [dir, kinds] of folders) expect([...kinds].sort(), dir).toEqual(['hit', 'miss']);
  });
});
