/**
 * The per-check params map: check id → the typed inputs of its en/ja sentence. Each category
 * declares its own part in `model/params/<category>.ts`; the catalogs and `hit()` agree with it
 * at compile time.
 */
import type { AttachmentParams } from './params/attachment.js';
import type { BrandImpersonationParams } from './params/brand-impersonation.js';
import type { ForwardedMessageParams } from './params/forwarded-message.js';
import type { HeaderAnomalyParams } from './params/header-anomaly.js';
import type { HiddenContentParams } from './params/hidden-content.js';
import type { LinkMismatchParams } from './params/link-mismatch.js';
import type { LookalikeDomainParams } from './params/lookalike-domain.js';
import type { OwnOrganizationParams } from './params/own-organization.js';
import type { RecipientTargetingParams } from './params/recipient-targeting.js';
import type { ReplyPathParams } from './params/reply-path.js';
import type { SenderAuthenticationParams } from './params/sender-authentication.js';
import type { SenderDisplayNameParams } from './params/sender-display-name.js';
import type { SocialEngineeringParams } from './params/social-engineering.js';
import type { UrlObfuscationParams } from './params/url-obfuscation.js';
import type { UrlRedirectParams } from './params/url-redirect.js';

export type CheckParams = SenderDisplayNameParams &
  BrandImpersonationParams &
  SenderAuthenticationParams &
  ReplyPathParams &
  LookalikeDomainParams &
  OwnOrganizationParams &
  RecipientTargetingParams &
  UrlRedirectParams &
  UrlObfuscationParams &
  LinkMismatchParams &
  AttachmentParams &
  SocialEngineeringParams &
  ForwardedMessageParams &
  HiddenContentParams &
  HeaderAnomalyParams;

export type CheckId = keyof CheckParams & string;
