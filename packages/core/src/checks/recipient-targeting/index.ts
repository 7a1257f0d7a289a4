import type { AnyCheck } from '../define-check.js';
import { addressAsName } from './address-as-name.js';
import { recipientInLink } from './recipient-in-link.js';
import { recipientInLinkHost } from './recipient-in-link-host.js';
import { recipientInSubject } from './recipient-in-subject.js';

/** The `recipient-targeting` checks, in evaluation order. */
export const recipientTargetingChecks: readonly AnyCheck[] = [recipientInLinkHost, recipientInLink, recipientInSubject, addressAsName];
