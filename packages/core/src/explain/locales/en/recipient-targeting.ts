import type { CatalogPart } from '../../catalog.js';
import type { RecipientTargetingParams } from '../../../model/params/recipient-targeting.js';

const WHERE: Readonly<Record<string, string>> = { path: 'path', query: 'parameters', fragment: 'fragment (after #)' };

export const recipientTargetingEn = {
  'recipient-targeting/recipient-in-link-host': {
    title: "Your organisation's name is built into a link",
    detail: ({ via, host, token, part }) => {
      const what = part === 'domain-label' ? `your domain name ${token}` : `your mailbox name ${token}`;
      return via ? `The link goes via ${via} to ${host}, which has ${what} built in.` : `The link goes to ${host}, which has ${what} built in.`;
    },
    advice: "Phishing sites put the recipient's company name into the address so that the page looks like your own organisation's.",
  },
  'recipient-targeting/recipient-in-link': {
    title: 'Your address is carried in a link',
    detail: ({ host, token, form, where }) => {
      const w = WHERE[where] ?? where;
      switch (form) {
        case 'role-address':
          return `The link to ${host} carries ${token}, an address at your domain, in its ${w}.`;
        case 'base64-address':
          return `The link to ${host} carries your address ${token}, hidden in base64, in its ${w}.`;
        case 'domain':
          return `The link to ${host} carries your domain ${token} in its ${w}.`;
        default:
          return `The link to ${host} carries your address ${token} in its ${w}.`;
      }
    },
    advice: 'Phishing pages use it to show your address on a fake sign-in page and look personal.',
  },
  'recipient-targeting/recipient-in-subject': {
    title: 'Your address is written into the subject',
    detail: ({ address }) => `The subject names your address ${address}.`,
    advice: 'Mass phishing fills in the address it harvested to look personal and official; genuine services rarely need it in the subject.',
  },
  'recipient-targeting/address-as-name': {
    title: 'The mail greets you by your e-mail address',
    detail: ({ address, greeting }) => `It opens with “${greeting}”: it calls you by your address ${address}, not by your name.`,
    advice: 'A sender that only has your address is working from a list of collected addresses; services you deal with normally know your name.',
  },
} satisfies CatalogPart<RecipientTargetingParams>;
