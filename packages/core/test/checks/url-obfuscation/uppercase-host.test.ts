import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-obfuscation/uppercase-host', [
  {
    name: 'capitals left of the registrable domain',
    html: a('http://www.Kousya35698900.stbasil.techix.test/', 'x'),
    hit: true,
    weight: 4,
    params: { host: 'www.Kousya35698900.stbasil.techix.test' },
  },
  { name: 'a host recovered from a redirector parameter', html: a('https://r.example.org/?u=https://Login.Example-Kit.test/', 'x'), hit: true },
  { name: 'CamelCase brand name in the registrable label', html: a('http://www.SellShareware.example/', 'x'), hit: false },
  { name: 'typed in plain text', text: 'see Www.Kousya.example/info', hit: false },
  { name: 'all capitals', html: a('HTTP://WWW.EXAMPLE.ORG/', 'x'), hit: false },
]);
