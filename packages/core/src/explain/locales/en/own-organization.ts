import type { CatalogPart } from '../../catalog.js';
import type { OwnOrganizationParams } from '../../../model/params/own-organization.js';

export const ownOrganizationEn = {} satisfies CatalogPart<OwnOrganizationParams>;
