import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('lookalike-domain/idn-homograph', [
  {
    name: 'UTS #39 skeleton: Cyrillic а in amazon',
    html: a('https://www.xn--mazon-3ve.example/ap/signin', 'x'),
    hit: true,
    weight: 40,
    params: { where: 'link', host: 'www.аmazon.example', imitates: 'amazon.co.jp' },
  },
  { name: 'whole-script Cyrillic sender that reads as apple', from: 'Apple <id@xn--80ak6aa92e.example>', text: 'x', hit: true, weight: 40, params: { where: 'sender', host: 'аррӏе.example', imitates: 'apple.com' } },
  { name: 'whole-script Cyrillic sender, no brand', from: '<id@xn--e1aybc.example>', text: 'x', hit: true, weight: 25, params: { where: 'sender', imitates: '' } },
  { name: 'UTS #39 §5.2: Latin mixed with Cyrillic in one label', html: a('https://xn--sh-gmci.example/', 'x'), hit: true, weight: 25 },
  { name: 'Japanese IDN (メモ書き.jp) stays clean', html: a('https://xn--w8jxqd8946c.jp/items', 'x'), hit: false },
  { name: 'Latin + katakana Japanese name', html: a(`https://${new URL('https://otsukaショップ.jp/').hostname}/`, 'x'), hit: false },
  { name: 'Cyrillic name under .рф', html: a(`https://${new URL('https://пример.рф/').hostname}/`, 'x'), hit: false },
  { name: 'plain ASCII', html: a('https://www.example.org/', 'x'), hit: false },
]);
