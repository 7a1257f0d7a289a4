import type { CatalogPart } from '../../catalog.js';
import type { LookalikeDomainParams } from '../../../model/params/lookalike-domain.js';

const KIND: Readonly<Record<string, string>> = {
  skeleton: 'look-alike characters',
  typo: 'a small spelling change',
  hyphen: 'added or removed hyphens',
  flattened: 'the whole domain squeezed into one name',
  'tld-swap': 'a different ending',
  'brand-plus-keyword': 'the name with an extra word',
};

export const lookalikeDomainEn = {
  'lookalike-domain/sender-lookalike': {
    title: "The sender's domain imitates a brand",
    detail: ({ domain, brand, brandDomain, kind }) =>
      `The sender's domain ${domain} imitates ${brand}'s domain ${brandDomain} (${KIND[kind] ?? kind}), but does not belong to ${brand}.`,
    advice: `Compare the sender's domain letter by letter with the one you know.`,
  },
  'lookalike-domain/link-lookalike': {
    title: "A link goes to a look-alike of a brand's domain",
    detail: ({ host, brand, brandDomain, kind }) =>
      `The link goes to ${host}, a look-alike of ${brand}'s domain ${brandDomain} (${KIND[kind] ?? kind}) that does not belong to ${brand}.`,
    advice: 'Do not sign in through this link. Open the service from a bookmark or its app.',
  },
  'lookalike-domain/idn-homograph': {
    title: 'A domain uses look-alike characters from other alphabets',
    detail: ({ where, host, ascii, imitates }) => {
      const w = where === 'sender' ? "sender's" : "link's";
      return imitates
        ? `The ${w} domain ${host} (${ascii}) looks like ${imitates}, but is written with different characters that look the same.`
        : `The ${w} domain ${host} (${ascii}) mixes alphabets whose letters look alike, a way to imitate another name.`;
    },
  },
  'lookalike-domain/brand-in-subdomain': {
    title: "A brand's name is put in front of another domain",
    detail: ({ host, domain, token, brand }) => `The link goes to ${host}: it starts with ${token} to look like ${brand}, but the site is ${domain}.`,
    advice: 'A web address belongs to the domain at its end, not to the names in front of it.',
  },
} satisfies CatalogPart<LookalikeDomainParams>;
