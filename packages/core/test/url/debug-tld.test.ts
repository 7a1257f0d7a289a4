import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { buildContext } from '../../src/context/build-context.js';
const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
it.skipIf(!process.env['DBG_TLD'] || !existsSync(CORPUS))('tlds', () => {
  for (const sub of ['ham', 'phish-dev']) {
    const out: string[] = [];
    const walk = (d: string) => { for (const e of readdirSync(d)) { const p = join(d, e); if (statSync(p).isDirectory()) walk(p); else if (e.endsWith('.eml')) out.push(p); } };
    walk(join(CORPUS, sub));
    const count = new Map<string, number>();
    for (const p of out) {
      const { ctx } = buildContext(fromRawMessage(new Uint8Array(readFileSync(p))), {});
      const tlds = new Set(ctx.links.map((l) => l.inspection.target?.host.split('.').pop() ?? '').filter(Boolean));
      for (const t of tlds) count.set(t, (count.get(t) ?? 0) + 1);
    }
    console.log(sub, out.length, [...count].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([t, n]) => `${t}:${n}`).join(' '));
  }
});
