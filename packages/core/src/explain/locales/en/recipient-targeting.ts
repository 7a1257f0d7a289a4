import type { CatalogPart } from '../../catalog.js';
import type { RecipientTargetingParams } from '../../../model/params/recipient-targeting.js';

export const recipientTargetingEn = {} satisfies CatalogPart<RecipientTargetingParams>;
