import type { AnyCheck } from '../define-check.js';
import { accountThreat } from './account-threat.js';
import { cryptoWalletLure } from './crypto-wallet-lure.js';
import { datingLure } from './dating-lure.js';
import { fakeReply } from './fake-reply.js';
import { highPriority } from './high-priority.js';
import { moneyLure } from './money-lure.js';
import { offChannelContact } from './off-channel-contact.js';
import { templatePlaceholder } from './template-placeholder.js';

/** The `social-engineering` checks, in evaluation order. */
export const socialEngineeringChecks: readonly AnyCheck[] = [accountThreat, moneyLure, cryptoWalletLure, datingLure, offChannelContact, templatePlaceholder, fakeReply, highPriority];
