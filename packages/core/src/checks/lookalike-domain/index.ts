import type { AnyCheck } from '../define-check.js';

/** The `lookalike-domain` checks, in evaluation order. */
export const lookalikeDomainChecks: readonly AnyCheck[] = [];
