/**
 * False-positive measurement over the shared corpus (never committed, never copied): counts per
 * attachment check id for ham and for phish-dev, and the share of ham whose attachment findings
 * alone reach 35 points (target ≤ 0.5%). Skipped unless AYASHII_MEASURE=1.
 *
 *   AYASHII_MEASURE=1 npx vitest run packages/core/test/attachment/measure.test.ts
 *   (AYASHII_CORPUS=/path/to/corpus to point elsewhere)
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { attachmentChecks } from '../../src/checks/attachment/index.js';

const MEASURE = process.env.AYASHII_MEASURE === '1';
const CORPUS = process.env.AYASHII_CORPUS ?? join(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus');

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

interface Tally {
  messages: number;
  withAttachments: number;
  perCheck: Map<string, number>;
  atCaution: number;
  atSuspicious: number;
  slowest: number;
  examples: string[];
}

function measure(paths: readonly string[], keepExamples: boolean): Tally {
  const t: Tally = { messages: 0, withAttachments: 0, perCheck: new Map(), atCaution: 0, atSuspicious: 0, slowest: 0, examples: [] };
  for (const p of paths) {
    const bytes = new Uint8Array(readFileSync(p));
    const start = performance.now();
    const input = fromRawMessage(bytes);
    const v = analyze(input);
    t.slowest = Math.max(t.slowest, performance.now() - start);
    t.messages++;
    if ((input.attachments ?? []).length) t.withAttachments++;
    const mine = v.findings.filter((f) => f.category === 'attachment');
    for (const id of new Set(mine.map((f) => f.checkId))) t.perCheck.set(id, (t.perCheck.get(id) ?? 0) + 1);
    const points = Math.min(60, mine.reduce((n, f) => n + f.weight, 0));
    if (points >= 12) t.atCaution++;
    if (points >= 35) t.atSuspicious++;
    if (keepExamples && mine.length && t.examples.length < 40) {
      t.examples.push(`${relative(CORPUS, p)}  ${points}  ${mine.map((f) => `${f.checkId.replace('attachment/', '')}(${(f.params as { name?: string }).name ?? ''})`).join(' ')}`);
    }
  }
  return t;
}

function report(label: string, t: Tally): string {
  const pct = (n: number) => `${n} (${((100 * n) / Math.max(1, t.messages)).toFixed(2)}%)`;
  const lines = [
    `## ${label}: ${t.messages} messages, ${t.withAttachments} with attachments; slowest ${t.slowest.toFixed(0)} ms`,
    `attachment points ≥12 (caution): ${pct(t.atCaution)}; ≥35 (suspicious): ${pct(t.atSuspicious)}`,
    ...attachmentChecks.map((c) => `  ${c.id.padEnd(36)} ${t.perCheck.get(c.id) ?? 0}`),
  ];
  return lines.join('\n');
}

describe.skipIf(!MEASURE)('attachment checks over the shared corpus', () => {
  it('ham: ≤ 0.5% at ≥35 attachment points; phish-dev for comparison', () => {
    const ham = measure(files(join(CORPUS, 'ham')), true);
    const phish = measure(files(join(CORPUS, 'phish-dev')), false);
    const ja = measure(files(join(CORPUS, 'ja')), true);
    console.log(
      [report('ham', ham), report('phish-dev', phish), report('ja (mixed labels)', ja), '## ham examples', ...ham.examples, '## ja examples', ...ja.examples].join('\n'),
    );
    expect(ham.messages).toBeGreaterThan(0);
    expect(ham.atSuspicious / ham.messages).toBeLessThanOrEqual(0.005);
  }, 600_000);
});
