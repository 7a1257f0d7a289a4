import { readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/checks/index.js';
import { catalogs } from '../../src/explain/explain.js';
import { CATEGORIES } from '../../src/model/finding.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../src/checks');

describe('check registry', () => {
  it('ids are unique and shaped <category>/<check-name>', () => {
    const ids = allChecks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of allChecks) {
      expect(c.id).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      expect(CATEGORIES).toContain(c.category);
      expect(c.id.split('/')[0]).toBe(c.category);
    }
  });
  it('each check lives in a file named after it, in its category folder', () => {
    for (const c of allChecks) {
      const [cat, name] = c.id.split('/');
      expect(existsSync(join(SRC, cat!, `${name}.ts`)), c.id).toBe(true);
    }
  });
  it('every check file is registered', () => {
    const registered = new Set(allChecks.map((c) => c.id));
    for (const cat of CATEGORIES) {
      const dir = join(SRC, cat);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir)) {
        if (!f.endsWith('.ts') || f === 'index.ts' || f === 'shared.ts') continue;
        expect(registered.has(`${cat}/${f.replace(/\.ts$/, '')}` as never), `${cat}/${f}`).toBe(true);
      }
    }
  });
  it('every id has en and ja catalog entries, and no catalog entry is orphaned', () => {
    const ids = new Set<string>(allChecks.map((c) => c.id));
    for (const locale of ['en', 'ja'] as const) {
      const cat = catalogs[locale] as unknown as Record<string, unknown>;
      for (const id of ids) expect(cat[id], `${locale}: ${id}`).toBeDefined();
      for (const key of Object.keys(cat)) if (key !== 'ui') expect(ids.has(key), `${locale}: orphan ${key}`).toBe(true);
    }
  });
  it('every check declares a weight rationale in its header comment', async () => {
    const { readFileSync } = await import('node:fs');
    for (const c of allChecks) {
      const [cat, name] = c.id.split('/');
      const src = readFileSync(join(SRC, cat!, `${name}.ts`), 'utf8');
      expect(src, c.id).toMatch(/Weight rationale:/);
    }
  });
});
