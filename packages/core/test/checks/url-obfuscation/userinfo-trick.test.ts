import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-obfuscation/userinfo-trick', [
  {
    name: 'RFC 3986 §7.5: a host-like userinfo',
    html: a('https://www.amazon.co.jp@signin-check.example.net/ap/signin', 'Sign in'),
    hit: true,
    weight: 35,
    params: { shown: 'www.amazon.co.jp', host: 'signin-check.example.net' },
  },
  { name: 'percent-encoded @ separator stays userinfo', html: a('https://secure.bank.example%40evil.example.net/', 'x'), hit: false },
  { name: 'a plain user name', html: a('https://user@files.example.net/', 'x'), hit: true, weight: 10 },
  { name: 'mailto is not a web link', html: a('mailto:support@shop.example', 'mail'), hit: false },
  { name: 'an @ in the query is not userinfo', html: a('https://www.shop.example/unsub?e=taro@kousya.example', 'x'), hit: false },
]);
