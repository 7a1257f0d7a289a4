import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

const long = 'x1Y2'.repeat(300);

describeLinkCheck('url-obfuscation/long-url', [
  { name: 'a 1,200-character target', html: a(`https://files-view.example.net/v/${long}`, 'x'), hit: true, weight: 3 },
  { name: 'the sender’s own long link', from: 'Shop <news@shop.example>', html: a(`https://www.shop.example/c/${long}`, 'x'), hit: false },
  { name: 'a short link', html: a('https://files-view.example.net/v/1', 'x'), hit: false },
]);
