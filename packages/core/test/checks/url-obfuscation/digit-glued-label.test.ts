import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-obfuscation/digit-glued-label', [
  {
    name: 'field notes §2.10: Kousya35698900',
    html: a('https://url-shield.example.net/?u=http://www.Kousya35698900.stbasil.techix.test/', 'x'),
    hit: true,
    weight: 6,
    params: { label: 'Kousya35698900' },
  },
  { name: 'digits first', html: a('https://48213377mail.example.net/', 'x'), hit: true },
  { name: 'one-letter ESP host (u1234567.ct.sendgrid.net)', html: a('https://u1234567.ct.sendgrid.net/ls/click?upn=x', 'x'), hit: false },
  { name: 'short number (web2)', html: a('https://web2.example.org/', 'x'), hit: false },
]);
