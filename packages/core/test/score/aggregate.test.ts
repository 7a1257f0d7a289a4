import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { aggregate } from '../../src/score/aggregate.js';

const f = (category: string, weight: number): Finding => ({ checkId: `${category}/x`, category, severity: 'warn', weight, params: {}, evidence: [] }) as unknown as Finding;

describe('aggregate', () => {
  it('sums categories, each capped', () => {
    expect(aggregate([f('url-obfuscation', 40), f('url-obfuscation', 40), f('reply-path', 8)]).score).toBe(68);
    expect(aggregate([f('social-engineering', 12), f('social-engineering', 10), f('social-engineering', 10)]).score).toBe(22);
  });
  it('a forwarded original is the alternative, not an addition: the higher of the two', () => {
    const a = aggregate([f('forwarded-message', 70), f('url-obfuscation', 20)]);
    expect(a.score).toBe(70);
    expect(a.byCategory.get('forwarded-message')).toBe(50);
    const b = aggregate([f('forwarded-message', 15), f('url-obfuscation', 40)]);
    expect(b.score).toBe(40);
    expect(b.byCategory.get('forwarded-message')).toBe(0);
  });
});
