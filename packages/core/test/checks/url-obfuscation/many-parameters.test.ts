import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

const many = Array.from({ length: 15 }, (_, i) => `k${i}=v`).join('&amp;');
const utm = ['utm_source=a', 'utm_medium=b', 'utm_campaign=c', 'utm_content=d', 'utm_term=e', 'mc_cid=1', 'mc_eid=2', 'gclid=3', 'fbclid=4', 'ref=x', 'msclkid=5', 'yclid=6', 'p=1'].join('&amp;');

describeLinkCheck('url-obfuscation/many-parameters', [
  { name: '15 parameters', html: a(`https://statement.example.net/s?${many}`, 'x'), hit: true, weight: 3, params: { count: 15 } },
  { name: 'tracking parameters do not count', html: a(`https://www.partner.example.org/i?${utm}`, 'x'), hit: false },
]);
