import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-obfuscation/uppercase-host', [
  {
    name: 'capitals left of the registrable domain',
    html: a('http://www.Kousya35698900.stbasil.techix.test/', 'x'),
    hit: true,
    weight: 4,
    severity: 'info',
    params: { host: 'www.Kousya35698900.stbasil.techix.test' },
  },
  {
    name: 'a scrambled-case label made up for each copy',
    html: a('http://xK7pQ2mZ9w.rentals.example/r.php?32=1o16', 'x'),
    hit: true,
    weight: 12,
    severity: 'warn',
    params: { host: 'xK7pQ2mZ9w.rentals.example', scrambled: 'xK7pQ2mZ9w' },
  },
  {
    name: 'a scrambled label with Latin letters beyond ASCII',
    html: a('http://\u00f069hk\u0178IH\u0153P8Rz.rentals.example/ref20.php', 'x'),
    hit: true,
    weight: 12,
  },
  { name: 'capitals in a label written in words and a year', html: a('http://News2024Mail.list.example.com/', 'x'), hit: true, weight: 4, params: { host: 'News2024Mail.list.example.com' } },
  { name: 'a host recovered from a redirector parameter', html: a('https://r.example.org/?u=https://Login.Example-Kit.test/', 'x'), hit: true },
  { name: 'CamelCase brand name in the registrable label', html: a('http://www.SellShareware.example/', 'x'), hit: false },
  { name: 'typed in plain text', text: 'see Www.Kousya.example/info', hit: false },
  { name: 'all capitals', html: a('HTTP://WWW.EXAMPLE.ORG/', 'x'), hit: false },
]);
