import type { AnyCheck } from '../define-check.js';
import { insecureTarget } from './insecure-target.js';
import { nestedRedirects } from './nested-redirects.js';
import { shortenedLink } from './shortened-link.js';
import { thirdPartyRedirect } from './third-party-redirect.js';

/** The `url-redirect` checks, in evaluation order. */
export const urlRedirectChecks: readonly AnyCheck[] = [thirdPartyRedirect, nestedRedirects, shortenedLink, insecureTarget];
