/**
 * The shape every link-check test file shares (house style 3.10): an `it.each` table of lexical
 * cases — each a small synthetic message — plus the auto-discovered fixtures of that check, where
 * `hit--*.eml` must yield at least one finding with the check's id and `miss--*.eml` none.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFixture, fixtureCases } from '../helpers.js';
import type { AnalyzeOptions } from '../../src/model/options.js';
import { analyzeMail, findingsOf, type MailSpec } from './mail.js';

export interface LexicalCase extends MailSpec {
  readonly name: string;
  /** Expected: the check fires (true) or stays silent (false). */
  readonly hit: boolean;
  /** When it fires, the finding's weight. */
  readonly weight?: number;
  /** When it fires, the finding's severity. */
  readonly severity?: 'info' | 'warn' | 'danger';
  /** When it fires, a subset of the finding's params. */
  readonly params?: Readonly<Record<string, unknown>>;
  readonly options?: AnalyzeOptions;
}

export function describeLinkCheck(checkId: string, cases: readonly LexicalCase[]): void {
  describe(checkId, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const found = findingsOf(analyzeMail(c, c.options), checkId);
      expect(found.length > 0, `${checkId} on "${c.name}"`).toBe(c.hit);
      if (c.hit) {
        expect(found).toHaveLength(1);
        const f = found[0]!;
        if (c.weight !== undefined) expect(f.weight).toBe(c.weight);
        if (c.severity !== undefined) expect(f.severity).toBe(c.severity);
        if (c.params) expect(f.params).toMatchObject(c.params);
        expect(f.evidence.length).toBeGreaterThan(0);
      }
    });
    const fixtures = fixtureCases(checkId);
    it('has hit and miss fixtures', () => {
      expect(fixtures.some((f) => f.expect === 'hit')).toBe(true);
      expect(fixtures.some((f) => f.expect === 'miss')).toBe(true);
    });
    it.each(fixtures.map((f) => [f.name, f] as const))('fixture %s', (_name, f) => {
      const n = findingsOf(analyzeFixture(f.rel), checkId).length;
      if (f.expect === 'hit') expect(n).toBeGreaterThan(0);
      else expect(n).toBe(0);
    });
  });
}
