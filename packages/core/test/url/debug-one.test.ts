import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { buildContext } from '../../src/context/build-context.js';
const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
it.skipIf(!process.env['DBG_GREP'] || !existsSync(CORPUS))('grep hosts', () => {
  const dir = join(CORPUS, process.env['DBG_DIR'] ?? 'phish-dev');
  let n = 0;
  for (const f of readdirSync(dir).sort()) {
    const { ctx } = buildContext(fromRawMessage(new Uint8Array(readFileSync(join(dir, f)))), {});
    for (const l of ctx.links) {
      const h = l.inspection.target?.host ?? '';
      if (h.includes(process.env['DBG_GREP']!) && n++ < 5) console.log(f, JSON.stringify(l.href.slice(0, 300)), '->', JSON.stringify(l.inspection.unwrap.hops.map((x) => x.wrapper + ':' + x.param)), h.slice(0, 100));
    }
  }
});
