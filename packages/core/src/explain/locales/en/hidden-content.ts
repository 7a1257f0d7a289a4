import type { CatalogPart } from '../../catalog.js';
import type { HiddenContentParams } from '../../../model/params/hidden-content.js';

export const hiddenContentEn = {
  'hidden-content/pushed-out-of-view': {
    title: 'Part of the mail is hidden far below what you can see',
    detail: ({ declaration }) =>
      `The mail's own layout says “${declaration}”: whatever follows is pushed so far away that no screen ever shows it. Such hidden text is written for spam filters, so that they read something harmless while you see the offer.`,
    advice: 'A sender who hides text from you to get past the filter is not a sender to trust. Do not follow its links or answer it.',
  },
} satisfies CatalogPart<HiddenContentParams>;
