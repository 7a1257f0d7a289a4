import type { CatalogPart } from '../../catalog.js';
import type { BrandImpersonationParams } from '../../../model/params/brand-impersonation.js';

export const brandImpersonationEn = {
  'brand-impersonation/display-name-brand': {
    title: 'The sender name claims a brand it does not belong to',
    detail: ({ name, brand, domain, brandDomains }) =>
      domain === '-'
        ? `The display name is "${name}", but the mail has no usable sender address: nothing shows it comes from a domain of ${brand} (${brandDomains}).`
        : `The display name is "${name}", but the sending domain is ${domain}, which is not a domain of ${brand} (${brandDomains}).`,
    advice: 'Do not use links in this mail. Go to the service through its app or a bookmark instead.',
  },
  'brand-impersonation/brand-links-elsewhere': {
    title: "Sent in a brand's name, but every link leaves the brand",
    detail: ({ brand, domain, target, links }) =>
      `The mail uses ${brand}'s address at ${domain}, nothing authenticates it, and ${links === 1 ? `its only link does not go to ${brand}: it leads to ${target}` : `none of its ${links} links goes to ${brand}: they lead to ${target}`}.`,
    advice: 'Genuine mail from a brand links to its own site. Open the service from its app or a bookmark instead.',
  },
  'brand-impersonation/text-brand-links-elsewhere': {
    title: "The mail speaks as a brand, but its links go elsewhere",
    detail: ({ brand, named, domain, target, inSubject, inCopyright }) =>
      `${inSubject ? 'The subject speaks' : inCopyright ? "The mail's copyright notice speaks" : 'The mail opens'} in the name of ${brand} ("${named}"), but it comes from ${domain === '-' ? 'no usable sender address' : domain} and its links lead to ${target}, not to ${brand}.`,
    advice: 'Genuine mail from a brand links to its own site. Open the service from its app or a bookmark instead.',
  },
  'brand-impersonation/brand-text-from-freemail': {
    title: 'A free mailbox writes in the name of a brand',
    detail: ({ brand, named, address, brandDomains }) =>
      `The mail speaks to you as ${brand} ("${named}"), but it was sent from ${address}, a free mailbox anyone can open, not from ${brand}'s own domain (${brandDomains}).`,
    advice: 'Brands write to their customers from their own domains. Do not call numbers or reply to addresses in this mail; contact the brand through its app or website.',
  },
  'brand-impersonation/brand-callback-number': {
    title: 'Someone writing as a brand asks you to call a number',
    detail: ({ brand, named, domain, phone, brandDomains }) =>
      `The mail speaks to you as ${brand} ("${named}") and asks you to call ${phone}, but it was sent from ${domain}, not from ${brand}'s own domain (${brandDomains}). Fake invoices and login alerts use a phone number instead of a link: the person who answers is the fraudster.`,
    advice: 'Do not call the number in this mail. If you are unsure, look up the number on the brand\'s official website or in its app.',
  },
  'brand-impersonation/subject-tag-brand': {
    title: 'The subject claims a brand it does not belong to',
    detail: ({ tag, brand, domain }) =>
      domain === '-'
        ? `The subject is tagged ${tag}, but the mail has no usable sender address: nothing shows it comes from ${brand}.`
        : `The subject is tagged ${tag}, but the sending domain ${domain} is not a domain of ${brand}.`,
    advice: 'Check the real sender address; genuine mail from this brand comes from its own domain.',
  },
} satisfies CatalogPart<BrandImpersonationParams>;
