import type { AnyCheck } from '../define-check.js';

/** The `reply-path` checks, in evaluation order. */
export const replyPathChecks: readonly AnyCheck[] = [];
