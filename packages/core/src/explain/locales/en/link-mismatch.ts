import type { CatalogPart } from '../../catalog.js';
import type { LinkMismatchParams } from '../../../model/params/link-mismatch.js';

export const linkMismatchEn = {} satisfies CatalogPart<LinkMismatchParams>;
