import { it } from 'vitest';
import { allFixtures, analyzeFixture } from '../helpers.js';
it('dump', () => {
  for (const rel of allFixtures().filter((r) => r.includes('/attachment/'))) {
    const v = analyzeFixture(rel);
    console.log(rel.replace('eml/attachment/', ''), v.level, v.score, v.findings.map((f) => `${f.checkId}:${f.weight}`).join(' '), v.skipped.filter(s=>s.reason!=='needs-recipient').map(s=>s.checkId+':'+s.reason).join(' '));
  }
});
