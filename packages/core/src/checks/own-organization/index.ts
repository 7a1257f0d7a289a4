import type { AnyCheck } from '../define-check.js';
import { lookalikeOfOwnDomain } from './lookalike-of-own-domain.js';
import { outsiderNamesOwnOrganization } from './outsider-names-own-organization.js';
import { ownDomainNotAuthenticated } from './own-domain-not-authenticated.js';
import { sentAsRecipient } from './sent-as-recipient.js';

/** The `own-organization` checks, in evaluation order. */
export const ownOrganizationChecks: readonly AnyCheck[] = [
  outsiderNamesOwnOrganization,
  lookalikeOfOwnDomain,
  ownDomainNotAuthenticated,
  sentAsRecipient,
];
