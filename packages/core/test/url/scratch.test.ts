import { it } from 'vitest';
import { brandLookalikeOf } from '../../src/domain/lookalike.js';
import { buildBrandIndex, bundledBrands } from '../../src/domain/brands.js';
it('scratch', () => {
  const idx = buildBrandIndex(bundledBrands);
  const cands = ['amazon-co-jp.example','smbc-card-security.com','amaz0n.co.jp','example.com','vpass-login.xyz','mercari-jp.com','rakuten-card-login.net','gmail.com','github.com','kernel.org','ettus.com','googlegroups.com','techix.com','securrence.com', 'apple-id-support.com','xn--80ak6aa92e.com', 'docomo-mail.net', 'paypal.com', 'paypa1.com', 'mufg-bank.jp', 'aeon-card.jp','boy-shop.com'];
  for (const c of cands) console.log(c, JSON.stringify(brandLookalikeOf(c, idx), (k,v)=> k==='brand'? v.id : v));
  for (let r=0;r<3;r++) { const t = performance.now();
  for (let i=0;i<100;i++) for (const c of cands) brandLookalikeOf(c.replace('.', i+'.'), idx);
  console.log('per lookup us', (performance.now()-t)*1000/ (100*cands.length)); }
});
