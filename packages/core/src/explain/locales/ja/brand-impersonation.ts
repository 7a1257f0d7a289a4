import type { CatalogPart } from '../../catalog.js';
import type { BrandImpersonationParams } from '../../../model/params/brand-impersonation.js';

export const brandImpersonationJa = {} satisfies CatalogPart<BrandImpersonationParams>;
