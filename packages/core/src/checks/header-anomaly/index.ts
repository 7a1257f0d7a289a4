import type { AnyCheck } from '../define-check.js';
import { confusableCharacters } from './confusable-characters.js';
import { duplicateHeader } from './duplicate-header.js';
import { encodedWordTrick } from './encoded-word-trick.js';
import { forgedAuthenticationResults } from './forged-authentication-results.js';
import { invalidSenderDomain } from './invalid-sender-domain.js';
import { invisibleCharacters } from './invisible-characters.js';
import { joinedWords } from './joined-words.js';
import { limitExceeded } from './limit-exceeded.js';
import { malformedHeader } from './malformed-header.js';
import { malformedListId } from './malformed-list-id.js';
import { missingFrom } from './missing-from.js';
import { multipleFrom } from './multiple-from.js';
import { obsoleteAddressSyntax } from './obsolete-address-syntax.js';
import { platformDefaultSender } from './platform-default-sender.js';
import { randomToken } from './random-token.js';
import { senderMismatch } from './sender-mismatch.js';
import { styledLetters } from './styled-letters.js';

/** The `header-anomaly` checks, in evaluation order; `limit-exceeded` last, after the body was read. */
export const headerAnomalyChecks: readonly AnyCheck[] = [
  multipleFrom,
  missingFrom,
  encodedWordTrick,
  obsoleteAddressSyntax,
  invisibleCharacters,
  confusableCharacters,
  styledLetters,
  joinedWords,
  malformedHeader,
  duplicateHeader,
  malformedListId,
  senderMismatch,
  forgedAuthenticationResults,
  randomToken,
  invalidSenderDomain,
  platformDefaultSender,
  limitExceeded,
];
