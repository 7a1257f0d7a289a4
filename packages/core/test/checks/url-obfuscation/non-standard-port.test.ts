import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-obfuscation/non-standard-port', [
  { name: 'RFC 3986 §3.2.3: https on 8443', html: a('https://renew.example.net:8443/', 'x'), hit: true, weight: 6, params: { port: '8443' } },
  { name: 'default port written out is no port', html: a('https://www.example.org:443/', 'x'), hit: false },
  { name: 'internal tool of the recipient’s organisation', text: 'http://ci.kousya.example:8080/job/1/', hit: false },
]);
