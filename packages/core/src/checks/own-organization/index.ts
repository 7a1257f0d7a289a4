import type { AnyCheck } from '../define-check.js';

/** The `own-organization` checks, in evaluation order. */
export const ownOrganizationChecks: readonly AnyCheck[] = [];
