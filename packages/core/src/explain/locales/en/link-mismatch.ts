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
} satisfies CatalogPart<LinkMismatchParams>;
