import type { CatalogPart } from '../../catalog.js';
import { andList } from '../../en-text.js';
import { headerName } from '../../header-name.js';
import { uiEn } from './ui.js';
import type { HeaderAnomalyParams } from '../../../model/params/header-anomaly.js';


const SCRIPT: Readonly<Record<string, string>> = {
  Latin: 'Latin',
  Cyrillic: 'Cyrillic',
  Greek: 'Greek',
  Armenian: 'Armenian',
  Cherokee: 'Cherokee',
  Canadian_Aboriginal: 'Canadian syllabics',
  Lisu: 'Lisu',
  Roman_Numerals: 'Roman numerals',
  Tai_Le: 'Tai Le',
  Other: 'another alphabet',
};

/** `Cyrillic+Latin` → `Cyrillic and Latin`. */
function scriptNames(scripts: string): string {
  return andList(scripts.split('+').map((s) => SCRIPT[s] ?? s));
}

const TRICK = {
  'address-in-encoded-name': 'the encoded display name decodes to an address',
  'encoded-address': 'the address itself is encoded, which is never legitimate',
  'control-in-name': 'the decoded display name contains control characters',
} as const;

const SYNTAX = {
  route: 'an obsolete source route',
  'address-in-comment': 'a second address after the real one',
  'quoted-at': 'an "@" hidden inside the quoted local part',
  'nested-address': 'a second address nested inside the first',
  'comment-only': 'an address only inside a comment, with no real sender address',
  'no-address': 'a sender entry without an address',
} as const;

const PLACE: Readonly<Record<string, string>> = { subject: 'subject', 'display-name': 'display name', address: "sender's mailbox name", attachment: "name of an attached file" };

const MALFORMED = {
  nul: 'a NUL byte',
  'malformed-line': 'a line that is neither a header nor its continuation',
  'space-before-colon': 'a space before the colon',
  'empty-name': 'a header without a name',
  'bare-cr': 'a lone carriage return',
  'dkim-tag': 'a signature naming its signer with characters no domain name has, so that verifiers may record only the first part',
} as const;

export const headerAnomalyEn = {
  'header-anomaly/multiple-from': {
    title: 'Several senders in one mail',
    detail: ({ count, addresses, shown, distinct }) =>
      distinct === 1
        ? `The mail has ${count} From fields, each with the address ${shown}. Mail software writes exactly one; repeating it is a trick against filters and mail apps that read only one copy.`
        : `The mail has ${count} sender addresses (${addresses}). Mail apps disagree on which one to show; yours may show ${shown}.`,
    advice: 'Legitimate mail has one sender. Treat this as a spoofing attempt.',
  },
  'header-anomaly/missing-from': {
    title: 'No sender address',
    detail: ({ name }) =>
      name
        ? `The sender is shown only as “${name}”, with no address at all: nobody can check who that is or answer them.`
        : 'The mail has no usable From address, so the sender cannot be checked.',
  },
  'header-anomaly/encoded-word-trick': {
    title: 'The sender field uses an encoding trick',
    detail: ({ decoded, trick }) => `The sender field hides its structure: ${TRICK[trick]} ("${decoded}").`,
    advice: 'This technique exists to show you a different sender than the real one.',
  },
  'header-anomaly/obsolete-address-syntax': {
    title: 'The sender address uses confusing syntax',
    detail: ({ value, trick }) => `The From field "${value}" contains ${SYNTAX[trick]}; programs read different addresses from it.`,
  },
  'header-anomaly/invisible-characters': {
    title: 'Invisible characters in the sender name, subject or a link',
    detail: ({ where, text, codePoints, bidi }) =>
      `The ${where === 'subject' ? 'subject' : where === 'link-text' ? 'text of a link' : 'display name'} ${
        text.trim() ? `"${text}" contains invisible ${bidi ? 'and text-direction ' : ''}characters (${codePoints})` : `consists only of invisible characters (${codePoints}) and shows nothing`
      }, used to slip brand names past filters or to disguise what is shown.`,
  },
  'header-anomaly/malformed-header': {
    title: 'Malformed header lines',
    detail: ({ kind, line }) =>
      kind === 'hidden-from'
        ? `A second sender is hidden in a broken header line: "${line}". Some mail programs show this address, others the real From — a way to show you a sender that the filters never checked.`
        : `A header line breaks the mail format (${MALFORMED[kind]}): "${line}". Servers and mail apps may read it differently.`,
  },
  'header-anomaly/duplicate-header': {
    title: 'A header appears more than once',
    detail: ({ name, count }) => `The ${headerName(name)} header appears ${count} times; your mail app may show a different one from what filters checked.`,
  },
  'header-anomaly/malformed-list-id': {
    title: 'It pretends to come from a mailing list',
    detail: ({ value }) =>
      `The mail says it belongs to the mailing list “${value}”, but that is not how mailing-list software names a list (<name.domain>, RFC 2919). The sender made the list header up, so that the mail looks like a newsletter you subscribed to.`,
    advice: 'You did not necessarily subscribe to anything. Do not use its links, including "unsubscribe".',
  },
  'header-anomaly/sender-mismatch': {
    title: 'Sent on behalf of someone else',
    detail: ({ sender, from, scrambled }) =>
      scrambled
        ? `The mail shows ${from} as sender, but it was sent by ${sender}, a mailbox whose name is a scramble of letters: made up for this mailing, not a person or a service.`
        : `The mail shows ${from} as sender, but it was sent by ${sender} on their behalf.`,
  },
  'header-anomaly/forged-authentication-results': {
    title: 'A forged authentication result',
    detail: ({ authservId, claims, trustedId }) =>
      `A header from "${authservId}" claims ${claims}, but your receiving server${trustedId && trustedId !== '-' ? ` (${trustedId})` : ''} did not confirm it. The sender wrote their own result.`,
  },
  'header-anomaly/confusable-characters': {
    title: 'Letters from other alphabets disguised as Latin',
    detail: ({ where, text, looksLike, scripts }) =>
      `The ${where === 'subject' ? 'subject' : where === 'text' ? 'text' : 'display name'} contains "${text}", which reads as "${looksLike}" but is written with lookalike letters (${scriptNames(scripts)}).`,
    advice: 'Legitimate senders have no reason to disguise words. Treat the mail as an attempt to slip past filters.',
  },
  'header-anomaly/invalid-sender-domain': {
    title: "The sender's domain cannot exist",
    detail: ({ domain, reason }) =>
      reason === 'single-label'
        ? `The sender's address ends in "${domain}", which has no top-level domain: no such site or mail server exists on the Internet.`
        : reason === 'ip-literal'
          ? `The sender's address ends in the bare IP address ${domain} instead of a domain name.`
          : reason === 'bad-characters'
            ? `The sender's address ends in "${domain}", which contains characters no domain name can hold.`
            : `The sender's address ends in "${domain}", whose top-level domain does not exist.`,
    advice: 'No organisation stands behind such an address and replies cannot arrive. Genuine companies always send from their own registered domain.',
  },
  'header-anomaly/styled-letters': {
    title: 'Words written in decorative letters',
    detail: ({ where, text, plain }) => `The ${PLACE[where] ?? where} spells "${plain}" with decorative Unicode letters ("${text}").`,
    advice: 'Such letters read as ordinary words to people but not to spam filters; businesses do not write their mail this way.',
  },
  'header-anomaly/joined-words': {
    title: 'The subject hides its words from filters',
    detail: ({ subject, reading }) => `The subject "${subject}" reads "${reading}", but its words are joined by dots or underscores instead of spaces.`,
    advice: 'People read such a subject as a sentence, while spam filters see one unknown word. Genuine senders write subjects with spaces.',
  },
  'header-anomaly/random-token': {
    title: 'A random code is stamped into the mail',
    detail: ({ where, token, serial, padded }) =>
      serial
        ? `The sender's mailbox name "${token}" is a name with a serial number: one of many senders a program created for a mass mailing.`
        : padded
          ? `The sender's name ends with the code "${token}", set apart with dots so that the name still reads.`
          : `The ${PLACE[where] ?? where} contains the random-looking code "${token}".`,
    advice: 'Bulk senders stamp every copy with a different code so that filters cannot recognise the same mail. People and genuine services rarely write such codes.',
  },
  'header-anomaly/platform-default-sender': {
    title: "The sender uses a platform's free project address",
    detail: ({ domain, service, what }) =>
      `The mail comes from "${domain}", a ${what === 'tenant' ? 'tenant' : what === 'help-desk' ? 'help-desk account' : 'project'} name that ${service} gives anyone who signs up, in minutes and without owning a domain.`,
    advice: 'Such an address identifies nobody, and the platform\'s good name helps the mail past filters. Companies that write to their customers send from their own domain.',
  },
  'header-anomaly/limit-exceeded': {
    title: 'Part of the mail was not examined',
    detail: ({ limit, value, max }) => `The mail exceeds a safety limit (${uiEn.limits[limit] ?? limit}: ${value}, limit ${max}); the part beyond it was not checked.`,
  },
} satisfies CatalogPart<HeaderAnomalyParams>;
