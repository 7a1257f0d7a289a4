import type { AnyCheck } from '../define-check.js';

/** The `url-redirect` checks, in evaluation order. */
export const urlRedirectChecks: readonly AnyCheck[] = [];
