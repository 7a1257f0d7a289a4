import type { CatalogPart } from '../../catalog.js';
import type { LinkMismatchParams } from '../../../model/params/link-mismatch.js';

export const linkMismatchEn = {
  'link-mismatch/text-shows-other-domain': {
    title: 'The link text shows a different site',
    detail: ({ shown, actual, via, hidden, count }) =>
      (hidden
        ? `The link text shows ${shown}, but the link goes to ${actual}, which hides where it really leads`
        : via
          ? `The link text shows ${shown}, but the link goes via ${via} to ${actual}`
          : `The link text shows ${shown}, but the link goes to ${actual}`) + (count > 1 ? ` (${count} links)` : '') + '.',
    advice: 'Do not click. If you need the site, type its address yourself or use a bookmark.',
  },
  'link-mismatch/action-link-elsewhere': {
    title: 'A button asks you to sign in or confirm, but leads to an unrelated site',
    detail: ({ label, target, domain }) =>
      `The button "${label}" asks you to act on an account, but it leads to ${target}, which belongs neither to the sender${domain === '-' ? '' : ` (${domain})`} nor to any brand or mail service ayashii knows.`,
    advice: 'Do not sign in or enter anything through this mail. Open the service from its app or a bookmark instead.',
  },
} satisfies CatalogPart<LinkMismatchParams>;
