import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-obfuscation/suspicious-tld', [
  { name: '.xyz landing page', html: a('https://secure-check-center.xyz/login', 'x'), hit: true, weight: 6, params: { tld: 'xyz' } },
  { name: 'Freenom .tk', text: 'http://promo.tk/', hit: true, params: { tld: 'tk' } },
  { name: 'a redirector on .top', html: a('https://r.go.top/?u=https://example.org/', 'x'), hit: true, params: { tld: 'top' } },
  { name: 'a namespace sold like a TLD (CentralNic `sa.com`)', html: a('http://quibusdam.sa.com/4EQJ', 'x'), hit: true, params: { tld: 'sa.com' } },
  { name: 'and `eu.com`, under a scrambled host', html: a('http://x7Qk.webrentals.eu.com/ra769.php', 'x'), hit: true, params: { tld: 'eu.com' } },
  { name: 'an ordinary .com is not one', html: a('https://www.example.com/sa.com/', 'x'), hit: false },
  { name: '.jp shop', html: a('https://www.shop.example.jp/', 'x'), hit: false },
  { name: '.shop is common in Japanese e-commerce', html: a('https://mise.shop/', 'x'), hit: false },
]);
