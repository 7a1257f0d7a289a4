import type { AnyCheck } from '../define-check.js';

/** The `sender-display-name` checks, in evaluation order. */
export const senderDisplayNameChecks: readonly AnyCheck[] = [];
