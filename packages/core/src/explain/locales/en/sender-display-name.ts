import type { CatalogPart } from '../../catalog.js';
import type { SenderDisplayNameParams } from '../../../model/params/sender-display-name.js';

export const senderDisplayNameEn = {
  'sender-display-name/address-in-display-name': {
    title: 'The sender name shows a different address',
    detail: ({ shown, actual }) => `The display name shows the address ${shown}, but the mail was really sent from ${actual}.`,
    advice: 'Trust the real address, not the name. Many mail apps show only the name.',
  },
  'sender-display-name/system-role-name': {
    title: 'An outsider poses as a mail or IT administrator',
    detail: ({ name, senderDomain, ownDomain }) =>
      ownDomain
        ? `The sender calls itself "${name}", but writes from ${senderDomain}, outside your organisation (${ownDomain}).`
        : `The sender calls itself "${name}", an administrator role, but writes from ${senderDomain}.`,
    advice: 'Notices about your mailbox, password or quota come from your own IT department. Do not enter your password from such a mail.',
  },
  'sender-display-name/reference-number-in-name': {
    title: 'The sender name carries a case number',
    detail: ({ name, number, address, freemail }) =>
      freemail
        ? `The sender calls itself "${name}", with the reference number ${number}, like an official notice — but writes from ${address}, a free mailbox anyone can open.`
        : `The sender calls itself "${name}", with the reference number ${number} in the name, where official notices put it in the subject or text; it writes from ${address}.`,
    advice: 'A number in the sender name makes a mail look official and changes with every copy to slip past filters. Check the real address, and reach the organisation through its own website or app.',
  },
  'sender-display-name/domain-in-display-name': {
    title: 'The sender name shows a different domain',
    detail: ({ name, shownDomain, actualDomain }) =>
      `The display name "${name}" shows the domain ${shownDomain}, but the sending domain is ${actualDomain}.`,
    advice: 'Check the real sender address before trusting the name.',
  },
  'sender-display-name/prize-offer-name': {
    title: 'The sender name is a prize offer, not a name',
    detail: ({ name, word }) => `The sender calls itself "${name}": bait ("${word}") where the name of a person or company belongs.`,
    advice: 'Real senders show who they are. A sender name that promises a bonus, prize or payout is bait; do not claim anything from this mail.',
  },
  'sender-display-name/sales-pitch-name': {
    title: 'The sender name is a sales pitch, not a name',
    detail: ({ name, word, domain }) => `The sender calls itself "${name}": an offer ("${word}") where the name of a person or company belongs, sent from ${domain}, which has nothing to do with it.`,
    advice: 'Insurers, lenders and shops write their own name, from their own domain. Do not request quotes or enter details through this mail; go to a company you know directly.',
  },
  'sender-display-name/alert-as-name': {
    title: 'The sender name is an alarm, not a name',
    detail: ({ name, phrase }) => `The sender calls itself "${name}": an alert ("${phrase}") where the name of a person or company belongs.`,
    advice: 'Real services show their name and put alerts in the subject or the text. Do not act on this mail; check your account through the app or a bookmark instead.',
  },
} satisfies CatalogPart<SenderDisplayNameParams>;
