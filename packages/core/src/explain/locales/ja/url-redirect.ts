import type { CatalogPart } from '../../catalog.js';
import type { UrlRedirectParams } from '../../../model/params/url-redirect.js';

export const urlRedirectJa = {} satisfies CatalogPart<UrlRedirectParams>;
