import type { AnyCheck } from '../define-check.js';

/** The `sender-authentication` checks, in evaluation order. */
export const senderAuthenticationChecks: readonly AnyCheck[] = [];
