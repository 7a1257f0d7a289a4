import type { CatalogPart } from '../../catalog.js';
import type { ReplyPathParams } from '../../../model/params/reply-path.js';

export const replyPathEn = {} satisfies CatalogPart<ReplyPathParams>;
