/**
 * The legitimate twins of the issue (signed PDF, ordinary .docx/.xlsx, a .zip of PDFs, an .ics
 * invite, inline images, a plain .doc, RTF-as-.doc) score 0 attachment points, and no attachment
 * miss fixture goes above `caution`.
 */
import { describe, expect, it } from 'vitest';
import { allFixtures, analyzeFixture } from '../helpers.js';
import { LEGITIMATE_TWINS } from './fixture-specs.js';

function attachmentPoints(rel: string): { level: string; points: number } {
  const v = analyzeFixture(rel);
  const points = Math.min(60, v.findings.filter((f) => f.category === 'attachment').reduce((n, f) => n + f.weight, 0));
  return { level: v.level, points };
}

describe('legitimate twins', () => {
  it.each(LEGITIMATE_TWINS.map((t) => [t.file, t.maxAttachmentPoints] as const))('%s: ≤ %i attachment points', (file, max) => {
    const r = attachmentPoints(`eml/attachment/${file}`);
    expect(r.points).toBeLessThanOrEqual(max);
    expect(['safe', 'caution']).toContain(r.level);
  });

  it.each(allFixtures().filter((f) => f.startsWith('eml/attachment/') && f.includes('/miss--')))('%s stays at caution or below', (rel) => {
    expect(['safe', 'caution']).toContain(analyzeFixture(rel).level);
  });
});
