/**
 * House rule: every attack fixture has a legitimate twin (`miss--*.eml`), and a legitimate twin
 * never reaches `suspicious`, whatever other checks it happens to trip. A new check that pushes a
 * twin over the line has found a false positive.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFixtures, analyzeFixture } from '../helpers.js';

const twins = allFixtures().filter((rel) => basename(rel).startsWith('miss--'));

describe('legitimate twins stay at or below caution', () => {
  it('there are twins to check', () => {
    expect(twins.length).toBeGreaterThan(100);
  });
  it.each(twins)('%s', (rel) => {
    const v = analyzeFixture(rel);
    expect(['safe', 'caution'], `${rel}: ${v.score} ${v.findings.map((f) => `${f.checkId}:${f.weight}`).join(' ')}`).toContain(v.level);
  });
});
