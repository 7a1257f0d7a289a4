import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-redirect/insecure-target', [
  {
    name: 'field notes §2.4: https redirector hands over to http',
    html: a('https://url-shield.example.net/?u=http://login.example-kit.test/', 'Go'),
    hit: true,
    weight: 6,
    params: { via: 'url-shield.example.net', target: 'login.example-kit.test' },
  },
  { name: 'a plain http link is not this check', html: a('http://old-site.example.org/', 'Old'), hit: false },
  { name: 'Safe Links wraps http in https: not counted', html: a('https://eur01.safelinks.protection.outlook.com/?url=http%3A%2F%2Fold.example.org%2F&amp;data=x', 'x'), hit: false },
  { name: 'the sender’s own tracker in front of its http site', from: 'Shop <news@shop.example>', html: a('https://t.shop.example/?u=http://www.shop.example/', 'x'), hit: false },
  { name: 'http to http redirect', html: a('http://r.example.org/?u=http://kit.example.net/', 'x'), hit: false },
]);
