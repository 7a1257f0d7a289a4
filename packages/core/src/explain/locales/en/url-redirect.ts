import type { CatalogPart } from '../../catalog.js';
import type { UrlRedirectParams } from '../../../model/params/url-redirect.js';

export const urlRedirectEn = {} satisfies CatalogPart<UrlRedirectParams>;
