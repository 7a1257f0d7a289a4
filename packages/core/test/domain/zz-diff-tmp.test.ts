import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { buildBrandIndex, bundledBrands, findBrandMentions } from '../../src/domain/brands.js';
import * as old from '/tmp/old/brands-old.ts';
import { parseAddressList } from '../../src/parse/address.js';
import { stripListVia } from '../../src/checks/brand-impersonation/shared.js';
import { orgDomain } from '../../src/domain/registrable.js';
it('diff', () => {
  const idx = buildBrandIndex(bundledBrands);
  const oidx = old.buildBrandIndex(old.bundledBrands);
  const dir = '/work/shared/corpus/phish-dev';
  const lines: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const msg = fromRawMessage(new Uint8Array(readFileSync(join(dir, f))));
    const h = msg.headers.find((x) => x.name === 'from');
    const mb = h ? parseAddressList(h.value)[0] : undefined;
    if (!mb || !mb.name.trim()) continue;
    const name = stripListVia(mb.name);
    const a = old.findBrandMentions(name, oidx).map((m) => m.brand.id).join(',');
    const b = findBrandMentions(name, idx).map((m) => `${m.brand.id}[${m.matched}]`).join(',');
    const bi = findBrandMentions(name, idx).map((m) => m.brand.id).join(',');
    if (a !== bi) lines.push(`${JSON.stringify(name)} @${mb.domain ? orgDomain(mb.domain) : ''}: ${a || '-'} → ${b || '-'}`);
  }
  console.log(lines.join('\n'));
});
