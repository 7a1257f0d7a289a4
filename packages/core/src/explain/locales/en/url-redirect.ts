import type { CatalogPart } from '../../catalog.js';
import type { UrlRedirectParams } from '../../../model/params/url-redirect.js';

const more = (count: number): string => (count > 1 ? ` (${count} links)` : '');

export const urlRedirectEn = {
  'url-redirect/third-party-redirect': {
    title: 'The link is redirected through an unrelated site',
    detail: ({ via, redirector, target, count }) =>
      `The link goes via ${via} to ${target}; ${redirector} belongs neither to the sender nor to a mail security service${more(count)}.`,
    advice: 'Bouncing through unrelated sites is a common way to hide a phishing page from filters. Do not open it unless you expected it.',
  },
  'url-redirect/shortened-link': {
    title: 'A shortened link hides its destination',
    detail: ({ shortener, url, count, everyLink }) =>
      `The link ${url} uses the URL shortener ${shortener}, so where it leads cannot be seen before clicking${more(count)}.` +
      (everyLink ? ' Every link in this mail is shortened: none shows where it goes.' : ''),
    advice: 'Official notices rarely use shortened links. Reach the service through a bookmark or its app instead.',
  },
  'url-redirect/insecure-target': {
    title: 'An https link hands over to an unencrypted page',
    detail: ({ via, target }) => `The link starts as https at ${via} but ends at http://${target}, a page without encryption.`,
  },
  'url-redirect/nested-redirects': {
    title: 'The link is redirected several times',
    detail: ({ hops, via, target }) => `The link passes through ${hops} redirectors (${via}) before it reaches ${target}.`,
  },
} satisfies CatalogPart<UrlRedirectParams>;
