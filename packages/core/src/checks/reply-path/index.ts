import type { AnyCheck } from '../define-check.js';
import { freemailAddressInText } from './freemail-address-in-text.js';
import { freemailMoneyOffer } from './freemail-money-offer.js';
import { freemailReplyTo } from './freemail-reply-to.js';
import { replyToOtherOrganization } from './reply-to-other-organization.js';
import { returnPathOtherOrganization } from './return-path-other-organization.js';

/** The `reply-path` checks, in evaluation order. */
export const replyPathChecks: readonly AnyCheck[] = [replyToOtherOrganization, freemailReplyTo, freemailMoneyOffer, freemailAddressInText, returnPathOtherOrganization];
