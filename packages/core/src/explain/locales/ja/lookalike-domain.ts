import type { CatalogPart } from '../../catalog.js';
import type { LookalikeDomainParams } from '../../../model/params/lookalike-domain.js';

export const lookalikeDomainJa = {} satisfies CatalogPart<LookalikeDomainParams>;
