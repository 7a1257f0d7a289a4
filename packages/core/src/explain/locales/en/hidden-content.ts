import type { CatalogPart } from '../../catalog.js';
import type { HiddenContentParams } from '../../../model/params/hidden-content.js';

export const hiddenContentEn = {
  'hidden-content/pushed-out-of-view': {
    title: 'Part of the mail is hidden far below what you can see',
    detail: ({ declaration }) =>
      `The mail's own layout says “${declaration}”: whatever follows is pushed so far away that no screen ever shows it. Such hidden text is written for spam filters, so that they read something harmless while you see the offer.`,
    advice: 'A sender who hides text from you to get past the filter is not a sender to trust. Do not follow its links or answer it.',
  },
  'hidden-content/link-without-text': {
    title: 'The mail has a link but no text to read',
    detail: ({ links, letters, images }) =>
      `Besides ${links === 1 ? 'a link' : `${links} links`}${images > 0 ? ` (on ${images === 1 ? 'a picture' : 'pictures'})` : ''}, the mail shows ${letters === 0 ? 'no text at all' : `only ${letters} letters or digits`}. Whatever it has to say is in a picture or nowhere: spam filters cannot read it, and you cannot check it either.`,
    advice: 'Genuine services write their notices in words. Do not click the picture; if you expect something from the sender, go to their site yourself.',
  },
} satisfies CatalogPart<HiddenContentParams>;
