import type { AnyCheck } from '../define-check.js';

/** The `url-obfuscation` checks, in evaluation order. */
export const urlObfuscationChecks: readonly AnyCheck[] = [];
