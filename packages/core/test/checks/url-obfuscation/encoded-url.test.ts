import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-obfuscation/encoded-url', [
  { name: 'RFC 3986 §2.3: letters percent-encoded', html: a('https://confirm.example.net/%61%63%63%6F%75%6E%74', 'x'), hit: true, weight: 8, params: { count: 7 } },
  { name: 'percent-encoding in the host', html: a('https://%6C%6F%67%69%6E.example.net/', 'x'), hit: true },
  { name: 'reserved characters encoded in a parameter', html: a('https://www.shop.example/go?next=https%3A%2F%2Fwww.shop.example%2F%3Fa%3D1', 'x'), hit: false },
  { name: 'UTF-8 path in Japanese', html: a('https://ja.example.org/wiki/%E6%97%A5%E6%9C%AC', 'x'), hit: false },
]);
