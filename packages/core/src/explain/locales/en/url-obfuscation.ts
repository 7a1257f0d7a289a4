import type { CatalogPart } from '../../catalog.js';
import type { UrlObfuscationParams } from '../../../model/params/url-obfuscation.js';

const FORMS: Readonly<Record<string, string>> = {
  hex: 'hexadecimal',
  octal: 'octal',
  dword: 'one large number',
  short: 'a shortened form',
  ipv6: 'IPv6',
};

export const urlObfuscationEn = {
  'url-obfuscation/ip-address-host': {
    title: 'The link points at a bare IP address',
    detail: ({ host, written, form }) =>
      form === 'in-name'
        ? `The link goes to "${written}", a server named after its IP address ${host}, instead of a named website.`
        : form === 'dotted' || form === 'ipv6'
        ? `The link goes to the IP address ${host} instead of a named website.`
        : `The link goes to the IP address ${host}, written as ${written} (${FORMS[form] ?? form}) so that it is hard to recognise.`,
    advice: 'Companies link to their named websites, not to raw addresses.',
  },
  'url-obfuscation/userinfo-trick': {
    title: 'Text before "@" disguises where the link goes',
    detail: ({ shown, host }) => `The link starts with "${shown}@", but the site it really opens is ${host}.`,
    advice: 'In a web address, everything before "@" is ignored when choosing the site.',
  },
  'url-obfuscation/script-link': {
    title: 'A link runs code instead of opening a page',
    detail: ({ scheme }) => `A link uses the ${scheme}: scheme, which runs code or opens an embedded document instead of a website.`,
  },
  'url-obfuscation/html-form': {
    title: 'The mail contains a form that asks for a password or card number',
    detail: ({ action }) =>
      action
        ? `The mail contains a form asking for a password, card number or code, and sends what you type to ${action}.`
        : 'The mail contains a form asking for a password, card number or code, without saying where it sends them.',
    advice: 'Legitimate companies do not ask for passwords or card numbers in a form inside a mail.',
  },
  'url-obfuscation/suspicious-tld': {
    title: 'The link uses a domain ending common in phishing',
    detail: ({ host, tld }) => `The link goes to ${host}; the ending .${tld} is used far more by phishing than by legitimate mail.`,
  },
  'url-obfuscation/non-standard-port': {
    title: 'The link uses an unusual port',
    detail: ({ host, port }) => `The link goes to ${host} on port ${port}, which ordinary websites do not use.`,
  },
  'url-obfuscation/digit-glued-label': {
    title: 'The link host glues a word to a long number',
    detail: ({ host, label }) => `The host ${host} contains "${label}", a word glued to a long run of digits, typical of generated phishing hosts.`,
  },
  'url-obfuscation/uppercase-host': {
    title: 'The link host is written with capital letters',
    detail: ({ host, scrambled }) =>
      scrambled
        ? `The link host ${host} contains "${scrambled}", a scramble of capitals, small letters and digits: a host made up for each copy of the mail, so that no block list can hold the link.`
        : `The link host is written as ${host}; real links rarely capitalise host names, phishing kits often do.`,
  },
  'url-obfuscation/encoded-url': {
    title: 'The link hides characters with percent-encoding',
    detail: ({ host, count }) =>
      count > 0
        ? `The link to ${host} writes ${count} ordinary letters or digits as %xx codes, which only makes it harder to read.`
        : `The host ${host} itself is written with %xx codes to make it harder to read.`,
  },
  'url-obfuscation/long-url': {
    title: 'The link is unusually long',
    detail: ({ host, length }) => `The link to ${host} is ${length} characters long, long enough to push its real destination out of view.`,
  },
  'url-obfuscation/many-parameters': {
    title: 'The link carries unusually many parameters',
    detail: ({ host, count }) => `The link to ${host} carries ${count} parameters.`,
  },
  'url-obfuscation/brand-in-path': {
    title: "A brand's domain appears inside another site's link",
    detail: ({ host, token, brand }) => `The link goes to ${host}, but its path contains ${token} to make it look like ${brand}'s site.`,
  },
  'url-obfuscation/free-hosting-link': {
    title: 'The link leads to a page anyone can publish',
    detail: ({ host, service, bucketPage, published }) =>
      published === 'form'
        ? `The link opens a form on ${service} (${host}). Anyone can make such a form in minutes, and phishing uses them to collect passwords and card numbers: never type a password, a card number or a code into a form reached from a mail.`
        : published === 'document'
          ? `The link opens a document published to the web on ${service} (${host}). Anyone can publish one in minutes, and phishing uses such pages to show a button that leads on to the real phishing site.`
          : bucketPage
            ? `The link opens a web page stored as a file in cloud storage at ${host}. Real websites are not run that way; a phishing page is put online like this in a minute, without owning a domain.`
            : `The link goes to ${host}, a page on ${service}, where anyone can publish a site in minutes without owning a domain.`,
  },
  'url-obfuscation/address-in-username': {
    title: "A stranger's web address sits in the username",
    detail: ({ username }) =>
      `This is a website's account mail, but the username is "${username}": someone typed a web address and a message into the site's sign-up form, and the site mailed it to you.`,
    advice: 'The website is real; the address in the username is not its own. Do not visit it, and ignore any sum or prize it names.',
  },
} satisfies CatalogPart<UrlObfuscationParams>;
