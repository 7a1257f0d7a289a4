import type { AnyCheck } from '../define-check.js';

/** The `brand-impersonation` checks, in evaluation order. */
export const brandImpersonationChecks: readonly AnyCheck[] = [];
