import type { CatalogPart } from '../../catalog.js';
import type { SenderDisplayNameParams } from '../../../model/params/sender-display-name.js';

export const senderDisplayNameJa = {} satisfies CatalogPart<SenderDisplayNameParams>;
