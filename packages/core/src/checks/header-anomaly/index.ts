import type { AnyCheck } from '../define-check.js';

/** The `header-anomaly` checks, in evaluation order. */
export const headerAnomalyChecks: readonly AnyCheck[] = [];
