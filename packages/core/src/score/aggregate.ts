import type { Category, Finding } from '../model/finding.js';
import type { VerdictLevel } from '../model/verdict.js';
import { CATEGORY_CAP, CATEGORY_CAPS, levelFor } from './thresholds.js';

export interface Aggregate {
  readonly score: number;
  readonly level: VerdictLevel;
  /** Points each category contributed after its cap. */
  readonly byCategory: ReadonlyMap<Category, number>;
}

/**
 * Pure: findings → score (capped sum, capped per category) → level. A forwarded original's
 * score is not added to the forward's: the mail scores the higher of the two, since the links
 * and text the forward's own checks saw are the original's.
 */
export function aggregate(findings: readonly Finding[]): Aggregate {
  const byCategory = new Map<Category, number>();
  for (const f of findings) byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + Math.max(0, f.weight));
  let total = 0;
  let forwarded = 0;
  for (const [c, v] of byCategory) {
    const capped = Math.min(CATEGORY_CAPS[c] ?? CATEGORY_CAP, v);
    byCategory.set(c, capped);
    if (c === 'forwarded-message') forwarded = capped;
    else total += capped;
  }
  if (forwarded > 0) {
    byCategory.set('forwarded-message', Math.max(0, forwarded - total));
    total = Math.max(total, forwarded);
  }
  const score = Math.min(100, Math.round(total));
  return { score, level: levelFor(score), byCategory };
}
