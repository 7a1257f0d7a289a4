import type { AnyCheck } from '../define-check.js';
import { addressInDisplayName } from './address-in-display-name.js';
import { alertAsName } from './alert-as-name.js';
import { domainInDisplayName } from './domain-in-display-name.js';
import { prizeOfferName } from './prize-offer-name.js';
import { salesPitchName } from './sales-pitch-name.js';
import { referenceNumberInName } from './reference-number-in-name.js';
import { systemRoleName } from './system-role-name.js';

/** The `sender-display-name` checks, in evaluation order. */
export const senderDisplayNameChecks: readonly AnyCheck[] = [addressInDisplayName, domainInDisplayName, systemRoleName, referenceNumberInName, prizeOfferName, salesPitchName, alertAsName];
