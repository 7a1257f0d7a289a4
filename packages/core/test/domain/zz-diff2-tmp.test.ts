import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { buildBrandIndex, bundledBrands, findBrandMentions, isBrandDomain } from '../../src/domain/brands.js';
import * as old from '/tmp/old/brands-old.ts';
import { parseAddressList } from '../../src/parse/address.js';
import { stripListVia } from '../../src/checks/brand-impersonation/shared.js';
import { orgDomain } from '../../src/domain/registrable.js';
it('diff legit', () => {
  const idx = buildBrandIndex(bundledBrands);
  const oidx = old.buildBrandIndex(old.bundledBrands);
  const rows = readFileSync('/work/shared/corpus/manifest.tsv', 'utf8').split('\n').slice(1).map((l) => l.split('\t'));
  const lines: string[] = [];
  for (const r of rows) {
    const [path, , , label] = r;
    if (!path || !['ja-phish-brand-impersonation', 'ja-phish-generic', 'ja-spam-other', 'ja-unknown-mojibake-subject'].includes(label ?? '')) continue;
    const msg = fromRawMessage(new Uint8Array(readFileSync(join('/work/shared/corpus', path))));
    const h = msg.headers.find((x) => x.name === 'from');
    const mb = h ? parseAddressList(h.value)[0] : undefined;
    if (!mb || !mb.name.trim()) continue;
    const name = stripListVia(mb.name);
    const d = mb.domain ? orgDomain(mb.domain) : '';
    const a = old.findBrandMentions(name, oidx).map((m) => m.brand.id).join(',');
    const nb = findBrandMentions(name, idx);
    const b = nb.map((m) => `${m.brand.id}${d && isBrandDomain(m.brand, d) ? '' : '!'}`).join(',');
    const bi = nb.map((m) => m.brand.id).join(',');
    if (a !== bi) lines.push(`${label} ${JSON.stringify(name)} @${d}: ${a || '-'} → ${b || '-'}`);
  }
  console.log('DIFF\n' + lines.join('\n'));
});
