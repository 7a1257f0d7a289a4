import type { AnyCheck } from '../define-check.js';

/** The `recipient-targeting` checks, in evaluation order. */
export const recipientTargetingChecks: readonly AnyCheck[] = [];
