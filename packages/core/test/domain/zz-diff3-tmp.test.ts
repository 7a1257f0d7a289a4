import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { buildBrandIndex, bundledBrands, findBrandMentions } from '../../src/domain/brands.js';
import { parseAddressList } from '../../src/parse/address.js';
import { stripListVia } from '../../src/checks/brand-impersonation/shared.js';
it('ja unmatched', () => {
  const idx = buildBrandIndex(bundledBrands);
  const rows = readFileSync('/work/shared/corpus/manifest.tsv', 'utf8').split('\n').slice(1).map((l) => l.split('\t'));
  const c = new Map<string, number>(); let m = 0, t = 0;
  for (const r of rows) {
    const [path, , , label] = r;
    if (!path || !label?.startsWith('ja-phish')) continue;
    const msg = fromRawMessage(new Uint8Array(readFileSync(join('/work/shared/corpus', path))));
    const h = msg.headers.find((x) => x.name === 'from');
    const mb = h ? parseAddressList(h.value)[0] : undefined;
    if (!mb || !mb.name.trim()) continue;
    t++;
    const name = stripListVia(mb.name);
    if (findBrandMentions(name, idx).length) { m++; continue; }
    c.set(name, (c.get(name) ?? 0) + 1);
  }
  console.log('JA', t, m, '\n' + [...c].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v} ${JSON.stringify(k)}`).join('\n'));
});
