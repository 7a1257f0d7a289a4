import type { Catalog } from '../../catalog.js';
import { attachmentEn } from './attachment.js';
import { brandImpersonationEn } from './brand-impersonation.js';
import { forwardedMessageEn } from './forwarded-message.js';
import { headerAnomalyEn } from './header-anomaly.js';
import { hiddenContentEn } from './hidden-content.js';
import { linkMismatchEn } from './link-mismatch.js';
import { lookalikeDomainEn } from './lookalike-domain.js';
import { ownOrganizationEn } from './own-organization.js';
import { recipientTargetingEn } from './recipient-targeting.js';
import { replyPathEn } from './reply-path.js';
import { senderAuthenticationEn } from './sender-authentication.js';
import { senderDisplayNameEn } from './sender-display-name.js';
import { socialEngineeringEn } from './social-engineering.js';
import { uiEn } from './ui.js';
import { urlObfuscationEn } from './url-obfuscation.js';
import { urlRedirectEn } from './url-redirect.js';

export const en: Catalog = {
  ...senderDisplayNameEn,
  ...brandImpersonationEn,
  ...senderAuthenticationEn,
  ...replyPathEn,
  ...lookalikeDomainEn,
  ...ownOrganizationEn,
  ...recipientTargetingEn,
  ...urlRedirectEn,
  ...urlObfuscationEn,
  ...linkMismatchEn,
  ...attachmentEn,
  ...socialEngineeringEn,
  ...hiddenContentEn,
  ...forwardedMessageEn,
  ...headerAnomalyEn,
  ui: uiEn,
};
