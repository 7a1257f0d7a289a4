import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { buildContext } from '../../src/context/build-context.js';
const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
const MINE = new Set(['url-redirect', 'url-obfuscation', 'link-mismatch', 'recipient-targeting', 'lookalike-domain']);
it.skipIf(!process.env['DBG_MISS'] || !existsSync(CORPUS))('misses', () => {
  const dir = join(CORPUS, 'phish-dev');
  let n = 0;
  for (const f of readdirSync(dir).sort()) {
    const input = fromRawMessage(new Uint8Array(readFileSync(join(dir, f))));
    const v = analyze(input);
    if (v.findings.some((x) => MINE.has(x.category))) continue;
    const { ctx } = buildContext(input, {});
    const links = ctx.links.filter((l) => l.inspection.target);
    if (links.length === 0) continue;
    if (n++ >= Number(process.env['DBG_N'] ?? 40)) break;
    const hosts = [...new Set(links.map((l) => l.inspection.target!.host))].slice(0, 6);
    const anchors = links.filter((l) => l.text).slice(0, 2).map((l) => JSON.stringify(l.text!.slice(0, 40)));
    console.log(f, 'from=' + (ctx.author?.domain ?? ''), 'n=' + links.length, hosts.join(' '), anchors.join(' '), 'other=' + v.findings.map((x) => x.checkId.split('/')[1]).join(','));
  }
});
