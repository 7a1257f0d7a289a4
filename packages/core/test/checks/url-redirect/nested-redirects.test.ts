import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-redirect/nested-redirects', [
  {
    name: 'two strangers in a row',
    html: a('https://r1.example.org/?u=' + encodeURIComponent('https://r2.example.net/go?to=https://kit.example.com/pay'), 'Pay'),
    hit: true,
    weight: 8,
    params: { hops: 2, target: 'kit.example.com' },
  },
  { name: 'redirector then shortener', html: a('https://r1.example.org/?u=https://bit.ly/abc', 'x'), hit: true, params: { hops: 2 } },
  { name: 'one redirector only', html: a('https://r1.example.org/?u=https://kit.example.com/', 'x'), hit: false },
  {
    name: 'Safe Links over URL Defense (double gateway)',
    html: a('https://nam11.safelinks.protection.outlook.com/?url=' + encodeURIComponent('https://urldefense.com/v3/__https://docs.example.org/a__;!!x$') + '&amp;data=1', 'Doc'),
    hit: false,
  },
]);
