import type { Category, Severity } from '../model/finding.js';
import type { CheckId } from '../model/params.js';
import type { Need } from './define-check.js';
import { allChecks } from './index.js';

export interface CheckInfo {
  readonly id: CheckId;
  readonly category: Category;
  readonly severity: Severity;
  readonly weight: number;
  readonly needs: readonly Need[];
}

/** Every check's id, category, default weight and needs: for docs, settings and UIs. */
export const checks: readonly CheckInfo[] = allChecks.map((c) => ({
  id: c.id,
  category: c.category,
  severity: c.severity,
  weight: c.weight,
  needs: c.needs,
}));
