/**
 * Ad-hoc false-positive / detection measurement of the link checks over the shared corpus
 * (../shared/corpus, never copied into the project). Skipped unless AYASHII_MEASURE=1:
 *
 *   AYASHII_MEASURE=1 npx vitest run packages/core/test/url/measure-corpus.test.ts
 *
 * Prints, per corpus, how many messages get each link-category check id, how many reach ≥12 and
 * ≥35 points from the link categories alone, and (phish-dev) how many messages with links get any.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { buildContext } from '../../src/context/build-context.js';

const MINE = new Set(['url-redirect', 'url-obfuscation', 'link-mismatch', 'recipient-targeting', 'lookalike-domain']);
const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
const enabled = process.env['AYASHII_MEASURE'] === '1' && existsSync(CORPUS);

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e.endsWith('.eml')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * phishing_pot anonymised every recipient to `phishing@pot`, which ayashii rightly treats as no
 * recipient at all. To see what recipient-targeting would catch, the second phish-dev pass maps it
 * to a routable placeholder in memory (`phishing@pot.example`); nothing is written anywhere.
 */
const PLACEHOLDER = new TextEncoder().encode('phishing@pot');
const ROUTABLE = new TextEncoder().encode('phishing@pot.example');

function withRoutableRecipient(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    let match = true;
    for (let k = 0; k < PLACEHOLDER.length; k++) if (bytes[i + k] !== PLACEHOLDER[k]) { match = false; break; }
    const next = bytes[i + PLACEHOLDER.length];
    if (match && next !== 0x2e && !(next !== undefined && ((next >= 0x61 && next <= 0x7a) || (next >= 0x30 && next <= 0x39)))) {
      out.push(...ROUTABLE);
      i += PLACEHOLDER.length - 1;
    } else out.push(bytes[i] as number);
  }
  return new Uint8Array(out);
}

function measure(label: string, paths: readonly string[], transform: (b: Uint8Array) => Uint8Array = (b) => b): void {
  const perCheck = new Map<string, number>();
  let atCaution = 0;
  let atSuspicious = 0;
  let withLinks = 0;
  let linkedHit = 0;
  const examples = new Map<string, string[]>();
  const started = performance.now();
  for (const p of paths) {
    const v = analyze(fromRawMessage(transform(new Uint8Array(readFileSync(p)))));
    const mine = v.findings.filter((f) => MINE.has(f.category));
    const byCat = new Map<string, number>();
    for (const f of mine) byCat.set(f.category, (byCat.get(f.category) ?? 0) + f.weight);
    const score = [...byCat.values()].reduce((a, b) => a + Math.min(60, b), 0);
    if (score >= 12) atCaution++;
    if (score >= 35) atSuspicious++;
    const ids = new Set(mine.map((f) => f.checkId));
    for (const id of ids) {
      perCheck.set(id, (perCheck.get(id) ?? 0) + 1);
      const ex = examples.get(id) ?? [];
      if (ex.length < 4) ex.push(p.slice(CORPUS.length + 1));
      examples.set(id, ex);
    }
    const body = readFileSync(p, 'latin1');
    if (/https?:\/\/|www\./i.test(body)) {
      withLinks++;
      if (ids.size > 0) linkedHit++;
    }
  }
  const ms = performance.now() - started;
  // The link pipeline alone (extract + unwrap + inspect), bodies decoded beforehand.
  let linkMs = 0;
  for (const p of paths) {
    const input = fromRawMessage(new Uint8Array(readFileSync(p)));
    void input.bodies;
    const { ctx } = buildContext(input, {});
    const t = performance.now();
    void ctx.links;
    linkMs += performance.now() - t;
  }
  const lines = [...perCheck].sort((a, b) => b[1] - a[1]).map(([id, n]) => `  ${id.padEnd(48)} ${String(n).padStart(5)}  e.g. ${(examples.get(id) ?? []).join(', ')}`);
  console.log(
    `\n== ${label}: ${paths.length} messages (analyze ${(ms / paths.length).toFixed(2)} ms/msg, link collection ${(linkMs / paths.length).toFixed(3)} ms/msg)\n` +
      `  link categories ≥12: ${atCaution} (${((100 * atCaution) / paths.length).toFixed(2)}%), ≥35: ${atSuspicious} (${((100 * atSuspicious) / paths.length).toFixed(2)}%)\n` +
      `  messages with links: ${withLinks}, with ≥1 link finding: ${linkedHit} (${((100 * linkedHit) / Math.max(1, withLinks)).toFixed(1)}%)\n` +
      lines.join('\n'),
  );
}

describe.skipIf(!enabled)('corpus measurement (AYASHII_MEASURE=1)', () => {
  it('ham', () => measure('ham', files(join(CORPUS, 'ham'))), 600_000);
  it('phish-dev', () => measure('phish-dev', files(join(CORPUS, 'phish-dev'))), 600_000);
  it('phish-dev, recipient made routable', () => measure('phish-dev (phishing@pot → phishing@pot.example)', files(join(CORPUS, 'phish-dev')), withRoutableRecipient), 600_000);
  it('ja', () => measure('ja', files(join(CORPUS, 'ja'))), 600_000);
});
