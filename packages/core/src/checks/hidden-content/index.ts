import type { AnyCheck } from '../define-check.js';
import { linkWithoutText } from './link-without-text.js';
import { pushedOutOfView } from './pushed-out-of-view.js';

/** The `hidden-content` checks, in evaluation order. */
export const hiddenContentChecks: readonly AnyCheck[] = [pushedOutOfView, linkWithoutText];
