import { it } from 'vitest';
import { buildBrandIndex, bundledBrands, findBrandMentions } from '../../src/domain/brands.js';
import * as old from '/tmp/old/brands-old.ts';
it('perf', () => {
  const index = buildBrandIndex(bundledBrands);
  const oindex = old.buildBrandIndex(old.bundledBrands);
  const names = ['Amazon.co.jp','OTSUKAカスタマーサポート','三井住友カード株式会社','Kanade Yamamoto','えきねっと(JR東日本)','Microsoft Account Security','山田 太郎','John Smith via USRP-users','ｱﾏｿﾞﾝ ｶｽﾀﾏｰｻｰﾋﾞｽ','Yahoo! JAPAN', 'Ledger', 'ΡayΡal', 'Ihre Julia Weber (Kundenbetreuung)', 'BinanceMail', 'Masami Hiramatsu (Google)', 'Linus Torvalds', 'Über Café Zürich'];
  const N = Number(process.env.N ?? 20000);
  for (let r = 0; r < 3; r++) {
    for (const [label, f, ix] of [['old', old.findBrandMentions, oindex], ['new', findBrandMentions, index]] as const) {
      const row: string[] = [];
      let total = 0;
      for (const n of names) {
        const t0 = performance.now();
        for (let i = 0; i < N; i++) (f as any)(n, ix);
        const us = ((performance.now() - t0) / N) * 1000;
        total += us;
        row.push(us.toFixed(1));
      }
      console.log(label, 'avg', (total / names.length).toFixed(2), row.join(' '));
    }
  }
});
