import type { CatalogPart } from '../../catalog.js';
import type { UrlObfuscationParams } from '../../../model/params/url-obfuscation.js';

export const urlObfuscationEn = {} satisfies CatalogPart<UrlObfuscationParams>;
