import type { CatalogPart } from '../../catalog.js';
import type { HeaderAnomalyParams } from '../../../model/params/header-anomaly.js';

export const headerAnomalyJa = {} satisfies CatalogPart<HeaderAnomalyParams>;
