import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

const SHIELD = 'https://url-shield.example.net/?p=1.0&amp;r=x&amp;u=http://www.Kousya35698900.stbasil.techix.test/?vc=mailer-daemon@kousya.example';

describeLinkCheck('recipient-targeting/recipient-in-link-host', [
  {
    name: 'field notes §2.3: organisation label glued to digits in a host label',
    html: a(SHIELD, 'Check'),
    hit: true,
    weight: 25,
    params: { via: 'url-shield.example.net', host: 'www.Kousya35698900.stbasil.techix.test', token: 'kousya', part: 'domain-label' },
  },
  { name: 'label as a hyphen token', html: a('https://kousya-login.example.net/', 'x'), hit: true },
  { name: 'the recipient from options', html: a('https://portal.acme-corp.example.net/', 'x'), options: { recipient: { address: 'jiro@acme-corp.example' } }, hit: true },
  { name: 'a personal mailbox name in front of a domain', to: 'yamada.taro@kousya.example', html: a('https://yamada.taro.example.net/', 'x'), hit: false },
  { name: 'the organisation’s own domain', html: a('https://kintai.kousya.example/', 'x'), hit: false },
  { name: 'its tenant on Slack', html: a('https://kousya.slack.com/archives/C1', 'x'), hit: false },
  { name: 'glued inside a word', html: a('https://www.mykousyastore.example.net/', 'x'), hit: false },
  { name: 'freemail recipients have no organisation', to: 'taro@gmail.com', html: a('https://gmail-verify.example.net/', 'x'), hit: false },
  { name: 'no recipient known', to: 'a@x.example, b@y.example', html: a(SHIELD, 'x'), hit: false },
]);
