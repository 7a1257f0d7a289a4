import type { AnyCheck } from '../define-check.js';

/** The `link-mismatch` checks, in evaluation order. */
export const linkMismatchChecks: readonly AnyCheck[] = [];
