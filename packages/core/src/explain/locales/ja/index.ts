import type { Catalog } from '../../catalog.js';
import { attachmentJa } from './attachment.js';
import { brandImpersonationJa } from './brand-impersonation.js';
import { forwardedMessageJa } from './forwarded-message.js';
import { headerAnomalyJa } from './header-anomaly.js';
import { hiddenContentJa } from './hidden-content.js';
import { linkMismatchJa } from './link-mismatch.js';
import { lookalikeDomainJa } from './lookalike-domain.js';
import { ownOrganizationJa } from './own-organization.js';
import { recipientTargetingJa } from './recipient-targeting.js';
import { replyPathJa } from './reply-path.js';
import { senderAuthenticationJa } from './sender-authentication.js';
import { senderDisplayNameJa } from './sender-display-name.js';
import { socialEngineeringJa } from './social-engineering.js';
import { uiJa } from './ui.js';
import { urlObfuscationJa } from './url-obfuscation.js';
import { urlRedirectJa } from './url-redirect.js';

export const ja: Catalog = {
  ...senderDisplayNameJa,
  ...brandImpersonationJa,
  ...senderAuthenticationJa,
  ...replyPathJa,
  ...lookalikeDomainJa,
  ...ownOrganizationJa,
  ...recipientTargetingJa,
  ...urlRedirectJa,
  ...urlObfuscationJa,
  ...linkMismatchJa,
  ...attachmentJa,
  ...socialEngineeringJa,
  ...hiddenContentJa,
  ...forwardedMessageJa,
  ...headerAnomalyJa,
  ui: uiJa,
};
