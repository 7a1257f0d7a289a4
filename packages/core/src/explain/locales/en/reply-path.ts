import type { CatalogPart } from '../../catalog.js';
import type { ReplyPathParams } from '../../../model/params/reply-path.js';

export const replyPathEn = {
  'reply-path/reply-to-other-organization': {
    title: 'Replies go to another organisation',
    detail: ({ replyTo, fromDomain, replyDomain }) => `The mail comes from ${fromDomain}, but replies go to ${replyTo} at ${replyDomain}.`,
    advice: 'Before replying, check who will receive your answer.',
  },
  'reply-path/freemail-reply-to': {
    title: 'Replies go to a free mailbox',
    detail: ({ replyTo, fromDomain, fromAddress, kind, moneyPhrase }) =>
      (kind === 'other-mailbox'
        ? `The mail is sent from the free mailbox ${fromAddress}, but replies go to another free mailbox, ${replyTo}.`
        : `The mail comes from ${fromDomain}, but replies go to the free mailbox ${replyTo}, which anyone can open.`) +
      (moneyPhrase
        ? ` It also promises money ("${moneyPhrase}"): this is how advance-fee fraud works — whoever really pays out a prize, an inheritance or compensation does not collect the answers in a free mailbox.`
        : ''),
    advice: 'Companies rarely ask for replies to free mail addresses. Do not send personal or payment details.',
  },
  'reply-path/freemail-money-offer': {
    title: 'A free mailbox promises money',
    detail: ({ fromAddress, moneyPhrase }) =>
      `The mail promises money ("${moneyPhrase}"), but it comes from ${fromAddress}, a free mailbox anyone can open, and your answer would go there. Whoever really pays out a prize, an inheritance, compensation or a balance writes from its own domain: this is how advance-fee fraud begins.`,
    advice: 'Do not reply, and never pay a fee or send personal or bank details to receive money.',
  },
  'reply-path/freemail-address-in-text': {
    title: 'The text asks you to write to a free mailbox',
    detail: ({ address, fromAddress }) => `The mail comes from ${fromAddress}, but the text asks you to write to ${address}, a free mailbox that anyone can open.`,
    advice: 'Whoever sent this will read the answers somewhere else than the address the mail came from. Do not send personal or payment details there.',
  },
  'reply-path/return-path-other-organization': {
    title: 'The envelope sender is someone else',
    detail: ({ returnPath, fromDomain }) => `The mail shows ${fromDomain} as sender, but it was actually sent with the envelope address ${returnPath}.`,
  },
} satisfies CatalogPart<ReplyPathParams>;
