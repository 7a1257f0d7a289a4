import type { Category, Finding } from '../model/finding.js';
import type { VerdictLevel } from '../model/verdict.js';
import { CATEGORY_CAP, CATEGORY_CAPS, levelFor } from './thresholds.js';

export interface Aggregate {
  readonly score: number;
  readonly level: VerdictLevel;
  /** Points each category contributed after its cap. */
  readonly byCategory: ReadonlyMap<Category, number>;
}

/** Pure: findings → score (capped sum, capped per category) → level. */
export function aggregate(findings: readonly Finding[]): Aggregate {
  const byCategory = new Map<Category, number>();
  for (const f of findings) byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + Math.max(0, f.weight));
  let total = 0;
  for (const [c, v] of byCategory) {
    const capped = Math.min(CATEGORY_CAPS[c] ?? CATEGORY_CAP, v);
    byCategory.set(c, capped);
    total += capped;
  }
  const score = Math.min(100, Math.round(total));
  return { score, level: levelFor(score), byCategory };
}
