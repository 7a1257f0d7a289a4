/**
 * `explain` without evidence and skipped checks (what the CLI's JSONL and table output render):
 * the same explanation as the full one with those two left empty, for every fixture in both
 * locales; and the full explanation keeps the key order it had with `{ ...item, advice }`.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';
import { allFixtures, analyzeFixture } from '../helpers.js';

describe('explain(…, { evidence: false, skipped: false }) = the full explanation without them', () => {
  it('on every fixture, in en and ja', () => {
    let withAdvice = 0;
    for (const rel of allFixtures()) {
      const v = analyzeFixture(rel);
      for (const locale of ['en', 'ja'] as const) {
        const full = explain(v, { locale });
        const brief = explain(v, { locale, evidence: false, skipped: false });
        expect(brief, rel).toEqual({ ...full, items: full.items.map((i) => ({ ...i, evidence: [] })), skipped: [] });
        expect(explain(v, { locale, evidence: true, skipped: true }), rel).toEqual(full);
        for (const item of full.items) {
          const keys = ['checkId', 'category', 'severity', 'weight', 'title', 'detail', 'evidence'];
          if (item.advice !== undefined) {
            keys.push('advice');
            withAdvice++;
          }
          expect(Object.keys(item), rel).toEqual(keys);
        }
      }
    }
    expect(withAdvice).toBeGreaterThan(0);
  });
});
