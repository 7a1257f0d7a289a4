import type { CatalogPart } from '../../catalog.js';
import type { SenderAuthenticationParams } from '../../../model/params/sender-authentication.js';

export const senderAuthenticationEn = {} satisfies CatalogPart<SenderAuthenticationParams>;
