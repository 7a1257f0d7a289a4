import type { AnyCheck } from '../define-check.js';
import { actionLinkElsewhere } from './action-link-elsewhere.js';
import { textShowsOtherDomain } from './text-shows-other-domain.js';

/** The `link-mismatch` checks, in evaluation order. */
export const linkMismatchChecks: readonly AnyCheck[] = [textShowsOtherDomain, actionLinkElsewhere];
