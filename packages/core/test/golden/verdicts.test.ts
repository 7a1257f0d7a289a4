/**
 * Golden verdicts: ids, params, weights, score and level for every fixture (never rendered text,
 * so a wording change does not churn snapshots). Update with `vitest run -u` after reviewing.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';
import type { Verdict } from '../../src/model/verdict.js';
import { checks } from '../../src/index.js';
import { allFixtures, analyzeFixture, fixtureCases } from '../helpers.js';

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

describe('rendered explanations (for translators to review)', () => {
  // Every check's sentence as its first hit fixture renders it, in both languages, in one file:
  // a wording change shows up here for review. A check whose hit fixtures need options (an
  // organisation's domains, a recipient) is listed as such; its own test renders it.
  it('every check, from its first hit fixture', async () => {
    const out: string[] = [];
    for (const check of checks) {
      const hits = fixtureCases(check.id).filter((c) => c.expect === 'hit');
      let rendered: string[] | null = null;
      for (const c of hits) {
        const v = analyzeFixture(c.rel);
        if (!v.findings.some((f) => f.checkId === check.id)) continue;
        rendered = (['ja', 'en'] as const).map((locale) => {
          const item = explain(v, { locale, evidence: false, skipped: false }).items.find((i) => i.checkId === check.id);
          return `- ${locale}: ${item?.title}: ${item?.detail}${item?.advice ? `\n  ${item.advice}` : ''}`;
        });
        rendered.unshift(`## ${check.id} (${c.name})`);
        break;
      }
      out.push(rendered ? rendered.join('\n') : `## ${check.id}\n(${hits.length ? 'its hit fixtures need options' : 'no hit fixture'}; see its test)`);
    }
    await expect(out.join('\n\n') + '\n').toMatchFileSnapshot('./__explained__/every-check.md');
  });
});
