import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-obfuscation/brand-in-path', [
  {
    name: 'amazon.co.jp as a path segment',
    html: a('https://order-check.example.net/www.amazon.co.jp/ap/signin', 'x'),
    hit: true,
    weight: 10,
    params: { token: 'amazon.co.jp', brand: 'Amazon' },
  },
  { name: 'an address in an archive path', html: a('https://lore.example.org/all/CA+abc@mail.gmail.com/', 'x'), hit: false },
  { name: 'the brand’s own site', html: a('https://www.amazon.co.jp/www.amazon.co.jp/help', 'x'), hit: false },
  { name: 'the brand’s own mail', from: 'Amazon <news@amazon.co.jp>', html: a('https://partner.example.net/amazon.co.jp/deal', 'x'), hit: false },
]);
