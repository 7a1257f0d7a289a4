import type { CatalogPart } from '../../catalog.js';
import type { AttachmentParams } from '../../../model/params/attachment.js';

export const attachmentEn = {} satisfies CatalogPart<AttachmentParams>;
