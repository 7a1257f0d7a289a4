import type { AnyCheck } from '../define-check.js';
import { brandDomainSpoofed } from './brand-domain-spoofed.js';
import { compauthFail } from './compauth-fail.js';
import { dkimFail } from './dkim-fail.js';
import { dkimSha1 } from './dkim-sha1.js';
import { dkimUnaligned } from './dkim-unaligned.js';
import { dmarcFail } from './dmarc-fail.js';
import { earlierDmarcFail } from './earlier-dmarc-fail.js';
import { fakeTrustBanner } from './fake-trust-banner.js';
import { microsoftVerdict } from './microsoft-verdict.js';
import { spamFilterVerdict } from './spam-filter-verdict.js';
import { spfFail } from './spf-fail.js';

/** The `sender-authentication` checks, in evaluation order. */
export const senderAuthenticationChecks: readonly AnyCheck[] = [
  brandDomainSpoofed,
  dmarcFail,
  earlierDmarcFail,
  spfFail,
  dkimFail,
  dkimUnaligned,
  dkimSha1,
  compauthFail,
  microsoftVerdict,
  spamFilterVerdict,
  fakeTrustBanner,
];
