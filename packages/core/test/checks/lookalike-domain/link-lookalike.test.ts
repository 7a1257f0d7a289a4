import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('lookalike-domain/link-lookalike', [
  {
    name: 'brand domain plus keyword',
    html: a('https://www.vpass-login.test/mem/', 'x'),
    hit: true,
    weight: 30,
    params: { domain: 'vpass-login.test', brandDomain: 'vpass.ne.jp', kind: 'brand-plus-keyword' },
  },
  { name: 'behind a redirector', html: a('https://r.example.org/?u=https://mercari-jp.test/x', 'x'), hit: true, params: { kind: 'flattened' } },
  { name: 'glued keyword', html: a('https://appleidsupport.example/', 'x'), hit: false },
  { name: 'generic-word brand with an account word', html: a('https://apple-id-support.example/', 'x'), hit: true },
  { name: 'the brand’s own domains', html: a('https://www.amazon.co.jp/', 'x') + a('https://www.primevideo.com/', 'y'), hit: false },
  { name: 'the brand’s own mail to its unlisted domain', from: 'Amazon <news@amazon.co.jp>', html: a('https://amazon-co-jp.example/x', 'x'), hit: false },
  { name: 'a Japanese IDN shop', html: a('https://xn--w8jxqd8946c.jp/', 'x'), hit: false },
]);
