import { it } from 'vitest';
import { brandLookalikeOf, lookalikeOf } from '../../src/domain/lookalike.js';
import { buildBrandIndex, bundledBrands } from '../../src/domain/brands.js';
it('x', () => {
  const idx = buildBrandIndex(bundledBrands);
  console.log(JSON.stringify(brandLookalikeOf('mobile.de', idx), (k, v) => (k === 'brand' ? v.id : v)));
  console.log(JSON.stringify(lookalikeOf('mobile.de', 't-mobile.com')));
});
