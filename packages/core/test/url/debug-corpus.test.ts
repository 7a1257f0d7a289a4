import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
const want = process.env['DBG_CHECK'] ?? '';
const sub = process.env['DBG_DIR'] ?? 'ham';
it.skipIf(!want || !existsSync(CORPUS))('debug', () => {
  const out: string[] = [];
  const walk = (d: string) => { for (const e of readdirSync(d)) { const p = join(d, e); if (statSync(p).isDirectory()) walk(p); else if (e.endsWith('.eml')) out.push(p); } };
  walk(join(CORPUS, sub));
  let n = 0;
  for (const p of out.sort()) {
    const v = analyze(fromRawMessage(new Uint8Array(readFileSync(p))));
    for (const f of v.findings) if (f.checkId.startsWith(want)) {
      if (n++ < Number(process.env['DBG_N'] ?? 40)) console.log(p.slice(CORPUS.length+1), f.checkId, f.weight, JSON.stringify(f.params), f.evidence.map(e => e.value.slice(0, 160)).join(' | '));
    }
  }
});
