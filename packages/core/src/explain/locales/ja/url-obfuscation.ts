import type { CatalogPart } from '../../catalog.js';
import type { UrlObfuscationParams } from '../../../model/params/url-obfuscation.js';

export const urlObfuscationJa = {} satisfies CatalogPart<UrlObfuscationParams>;
