import type { CatalogPart } from '../../catalog.js';
import type { OwnOrganizationParams } from '../../../model/params/own-organization.js';

export const ownOrganizationEn = {
  'own-organization/outsider-names-own-organization': {
    title: 'An outsider writes in the name of your organisation',
    detail: ({ ownDomain, where, senderDomain }) =>
      `The ${where === 'subject' ? 'subject' : 'display name'} names your organisation (${ownDomain}), but ${senderDomain === '-' ? 'the mail has no usable sender address to show it comes from inside' : `the mail comes from outside, from ${senderDomain}`}.`,
    advice: 'Notices from your own IT department or mail provider do not come from outside addresses. Ask them directly.',
  },
  'own-organization/lookalike-of-own-domain': {
    title: "The sender domain imitates your organisation's",
    detail: ({ ownDomain, senderDomain, address }) => `The sender ${address} uses ${senderDomain}, which looks like your organisation's domain ${ownDomain} but is not it.`,
    advice: 'Check the address letter by letter. Confirm any request by phone or in person.',
  },
  'own-organization/sent-as-recipient': {
    title: 'It claims to come from your own address',
    detail: ({ address, failed }) =>
      failed
        ? `The sender is shown as your own address ${address}, but the receiving server reports ${failed}: you did not send it.`
        : `The sender is shown as your own address ${address}, and nothing shows that you sent it.`,
    advice: 'Scams use your own address to look like an account notice or to claim your mailbox was hacked. Do not pay or click.',
  },
  'own-organization/own-domain-not-authenticated': {
    title: 'It claims to come from your organisation but was not sent by it',
    detail: ({ ownDomain, address, failed }) => `The sender ${address} uses your organisation's domain ${ownDomain}, but the receiving server reports ${failed}: it did not come from inside.`,
    advice: 'Confirm with the colleague through another channel before acting on it.',
  },
} satisfies CatalogPart<OwnOrganizationParams>;
