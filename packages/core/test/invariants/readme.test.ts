import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module shared with scripts/gen-readme.mjs
import { checksTable, replaceBetweenMarkers } from '../../../../scripts/checks-table.mjs';
import { checks } from '../../src/checks/info.js';
import { catalogs } from '../../src/explain/explain.js';

describe('generated docs', () => {
  it('README checks table matches the registry (run `node scripts/gen-readme.mjs` after `pnpm build`)', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    expect(replaceBetweenMarkers(readme, checksTable(checks, catalogs))).toBe(readme);
  });
});
