import type { AnyCheck } from '../define-check.js';
import { brandLinksElsewhere } from './brand-links-elsewhere.js';
import { brandCallbackNumber } from './brand-callback-number.js';
import { brandTextFromFreemail } from './brand-text-from-freemail.js';
import { displayNameBrand } from './display-name-brand.js';
import { subjectTagBrand } from './subject-tag-brand.js';
import { textBrandLinksElsewhere } from './text-brand-links-elsewhere.js';

/** The `brand-impersonation` checks, in evaluation order. */
export const brandImpersonationChecks: readonly AnyCheck[] = [displayNameBrand, subjectTagBrand, brandLinksElsewhere, textBrandLinksElsewhere, brandTextFromFreemail, brandCallbackNumber];
