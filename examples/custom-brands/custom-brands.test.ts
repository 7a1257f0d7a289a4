/** The custom-brands example: a brand the bundled list does not know is recognised once configured. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs example without type declarations
import { checkWithMyBrands } from './custom-brands.mjs';

describe('examples/custom-brands', () => {
  it('flags a display-name spoof of the configured brand', async () => {
    const r = await checkWithMyBrands('spoof.eml');
    expect(r.level).not.toBe('safe');
    expect(r.items.map((i: { checkId: string }) => i.checkId)).toContain('brand-impersonation/display-name-brand');
    expect(r.items[0].detail).toContain('Example Bank');
  });

  it('leaves the brand’s genuine mail alone', async () => {
    const r = await checkWithMyBrands('genuine.eml', 'ja');
    expect(r.level).toBe('safe');
  });
});
