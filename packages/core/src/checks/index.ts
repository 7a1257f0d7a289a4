/**
 * The registry: every check in evaluation order. A test asserts that ids are unique, that each
 * id's category equals its folder, and that every id has en and ja catalog entries.
 */
import type { AnyCheck } from './define-check.js';
import { attachmentChecks } from './attachment/index.js';
import { brandImpersonationChecks } from './brand-impersonation/index.js';
import { forwardedMessageChecks } from './forwarded-message/index.js';
import { headerAnomalyChecks } from './header-anomaly/index.js';
import { hiddenContentChecks } from './hidden-content/index.js';
import { linkMismatchChecks } from './link-mismatch/index.js';
import { lookalikeDomainChecks } from './lookalike-domain/index.js';
import { ownOrganizationChecks } from './own-organization/index.js';
import { recipientTargetingChecks } from './recipient-targeting/index.js';
import { replyPathChecks } from './reply-path/index.js';
import { senderAuthenticationChecks } from './sender-authentication/index.js';
import { senderDisplayNameChecks } from './sender-display-name/index.js';
import { socialEngineeringChecks } from './social-engineering/index.js';
import { urlObfuscationChecks } from './url-obfuscation/index.js';
import { urlRedirectChecks } from './url-redirect/index.js';

export const allChecks: readonly AnyCheck[] = [
  ...senderAuthenticationChecks,
  ...senderDisplayNameChecks,
  ...brandImpersonationChecks,
  ...replyPathChecks,
  ...lookalikeDomainChecks,
  ...ownOrganizationChecks,
  ...recipientTargetingChecks,
  ...urlRedirectChecks,
  ...urlObfuscationChecks,
  ...linkMismatchChecks,
  ...attachmentChecks,
  ...socialEngineeringChecks,
  ...hiddenContentChecks,
  ...forwardedMessageChecks,
  // header-anomaly last: it also reports limits hit while other checks read the body
  ...headerAnomalyChecks,
];
