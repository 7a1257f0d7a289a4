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
  it('three categories of at least 5 points each add the corroboration points; two, or a weak third, do not', () => {
    const three = aggregate([f('sender-authentication', 12), f('social-engineering', 10), f('url-redirect', 10)]);
    expect(three.agreeingCategories).toBe(3);
    expect(three.corroboration).toBe(5);
    expect(three.score).toBe(37);
    expect(three.level).toBe('suspicious');
    const two = aggregate([f('sender-authentication', 12), f('social-engineering', 10), f('url-redirect', 4)]);
    expect(two.agreeingCategories).toBe(2);
    expect(two.corroboration).toBe(0);
    expect(two.score).toBe(26);
    // Two findings of one category are one kind of sign.
    const same = aggregate([f('url-redirect', 10), f('url-redirect', 10), f('reply-path', 8)]);
    expect(same.corroboration).toBe(0);
    expect(same.score).toBe(28);
    // Counted after the cap: social-engineering's 30 counts as its capped 22, still one category.
    const capped = aggregate([f('social-engineering', 30), f('reply-path', 5), f('header-anomaly', 5)]);
    expect(capped.score).toBe(22 + 5 + 5 + 5);
  });
  it('two categories that each reach caution on their own (12 points) add the corroboration points; 11 does not', () => {
    const two = aggregate([f('sender-authentication', 12), f('url-redirect', 20)]);
    expect(two.agreeingCategories).toBe(2);
    expect(two.corroboration).toBe(5);
    expect(two.score).toBe(37);
    expect(two.level).toBe('suspicious');
    const weak = aggregate([f('sender-authentication', 11), f('url-redirect', 20)]);
    expect(weak.corroboration).toBe(0);
    expect(weak.score).toBe(31);
    // Two strong findings of one category are one kind of sign.
    const same = aggregate([f('url-redirect', 20), f('url-redirect', 14)]);
    expect(same.corroboration).toBe(0);
    // Counted after the cap: social-engineering is capped at 22, which still counts as 12 or more.
    const capped = aggregate([f('social-engineering', 30), f('reply-path', 12)]);
    expect(capped.score).toBe(22 + 12 + 5);
    // Both rules met: the points are added once.
    const both = aggregate([f('sender-authentication', 12), f('url-redirect', 20), f('reply-path', 5)]);
    expect(both.corroboration).toBe(5);
    expect(both.score).toBe(42);
  });
  it('the forwarded original is not one of the agreeing kinds', () => {
    const a = aggregate([f('forwarded-message', 20), f('reply-path', 8), f('header-anomaly', 10)]);
    expect(a.agreeingCategories).toBe(2);
    expect(a.corroboration).toBe(0);
    expect(a.score).toBe(20);
    const b = aggregate([f('forwarded-message', 30), f('reply-path', 14)]);
    expect(b.corroboration).toBe(0);
    expect(b.score).toBe(30);
  });
});
