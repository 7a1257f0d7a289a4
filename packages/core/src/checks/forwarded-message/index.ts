import type { AnyCheck } from '../define-check.js';
import { suspiciousOriginal } from './suspicious-original.js';

/** The `forwarded-message` checks, in evaluation order. */
export const forwardedMessageChecks: readonly AnyCheck[] = [suspiciousOriginal];
