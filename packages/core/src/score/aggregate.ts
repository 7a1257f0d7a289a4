import type { Category, Finding } from '../model/finding.js';
import type { VerdictLevel } from '../model/verdict.js';
import { ALTERNATIVE_CATEGORIES, CATEGORY_CAP, CATEGORY_CAPS, CORROBORATION, levelFor } from './thresholds.js';

export interface Aggregate {
  readonly score: number;
  readonly level: VerdictLevel;
  /** Points each category contributed after its cap. */
  readonly byCategory: ReadonlyMap<Category, number>;
  /** How many categories contributed at least `CORROBORATION.minPoints` (the forwarded original aside). */
  readonly agreeingCategories: number;
  /** Points added because that many kinds of signs agree (`CORROBORATION`), else 0. */
  readonly corroboration: number;
}

/**
 * Pure: findings → score (capped sum, capped per category, plus `CORROBORATION` points when
 * enough categories agree) → level. An alternative category (a forwarded original) is not added
 * to the rest: the mail scores the higher of the two.
 */
export function aggregate(findings: readonly Finding[]): Aggregate {
  const byCategory = new Map<Category, number>();
  for (const f of findings) byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + Math.max(0, f.weight));
  let total = 0;
  let agreeingCategories = 0;
  let strongCategories = 0;
  const alternatives: [Category, number][] = [];
  for (const [c, v] of byCategory) {
    const capped = Math.min(CATEGORY_CAPS[c] ?? CATEGORY_CAP, v);
    byCategory.set(c, capped);
    if (ALTERNATIVE_CATEGORIES.has(c)) alternatives.push([c, capped]);
    else {
      total += capped;
      if (capped >= CORROBORATION.minPoints) agreeingCategories++;
      if (capped >= CORROBORATION.strongPoints) strongCategories++;
    }
  }
  const corroborated = agreeingCategories >= CORROBORATION.categories || strongCategories >= CORROBORATION.strongCategories;
  const corroboration = corroborated ? CORROBORATION.points : 0;
  total += corroboration;
  const rest = total;
  for (const [c, v] of alternatives) {
    // What the alternative adds above the rest (0 when the rest already says more).
    byCategory.set(c, Math.max(0, v - rest));
    total = Math.max(total, v);
  }
  const score = Math.min(100, Math.round(total));
  return { score, level: levelFor(score), byCategory, agreeingCategories, corroboration };
}
