import type { AnyCheck } from '../define-check.js';

/** The `attachment` checks, in evaluation order. */
export const attachmentChecks: readonly AnyCheck[] = [];
