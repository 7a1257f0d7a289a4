import type { AnyCheck } from '../define-check.js';
import { brandInSubdomain } from './brand-in-subdomain.js';
import { idnHomograph } from './idn-homograph.js';
import { linkLookalike } from './link-lookalike.js';
import { senderLookalike } from './sender-lookalike.js';

/** The `lookalike-domain` checks, in evaluation order. */
export const lookalikeDomainChecks: readonly AnyCheck[] = [idnHomograph, senderLookalike, linkLookalike, brandInSubdomain];
