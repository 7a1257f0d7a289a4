import type { CatalogPart } from '../../catalog.js';
import type { ReplyPathParams } from '../../../model/params/reply-path.js';

export const replyPathJa = {} satisfies CatalogPart<ReplyPathParams>;
