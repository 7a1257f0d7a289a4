/**
 * Golden verdicts: ids, params, weights, score and level for every fixture (never rendered text,
 * so a wording change does not churn snapshots). Update with `vitest run -u` after reviewing.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';
import type { Verdict } from '../../src/model/verdict.js';
import { allFixtures, analyzeFixture } from '../helpers.js';

function stable(v: Verdict) {
  return {
    level: v.level,
    score: v.score,
    findings: v.findings.map((f) => ({ checkId: f.checkId, weight: f.weight, params: f.params })),
    skipped: v.skipped.map((s) => `${s.checkId}: ${s.reason}`),
  };
}

describe('golden verdicts', () => {
  for (const rel of allFixtures()) {
    it(rel, async () => {
      const name = rel.replace(/^eml\//, '').replace(/\.eml$/, '').replace(/\//g, '__');
      await expect(JSON.stringify(stable(analyzeFixture(rel)), null, 2) + '\n').toMatchFileSnapshot(`./__verdicts__/${name}.json`);
    });
  }
});

describe('rendered explanations (for translators to review)', () => {
  for (const rel of ['eml/incidents/keimeikai-alpha-mail.eml', 'eml/incidents/alpha-prm-spoofed.eml', 'eml/incidents/amazon-hijacked-account.eml']) {
    it(basename(rel), async () => {
      const v = analyzeFixture(rel);
      const out = (['ja', 'en'] as const).map((locale) => {
        const e = explain(v, { locale });
        return [`## ${locale}: ${e.levelLabel} (${e.score})`, e.summary, ...e.items.map((i) => `- ${i.title}: ${i.detail}`)].join('\n');
      });
      await expect(out.join('\n\n') + '\n').toMatchFileSnapshot(`./__explained__/${basename(rel, '.eml')}.md`);
    });
  }
});
