import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

const SHIELD = 'https://url-shield.example.net/?p=1.0&amp;r=x&amp;u=http://www.Kousya35698900.stbasil.techix.test/?vc=mailer-daemon@kousya.example';

describeLinkCheck('url-redirect/third-party-redirect', [
  {
    name: 'field notes §2.4: an unlisted URL shield unwrapped by the generic rule',
    html: a(SHIELD, 'Check now'),
    hit: true,
    weight: 10,
    params: { via: 'url-shield.example.net', redirector: 'url-shield.example.net', target: 'www.Kousya35698900.stbasil.techix.test' },
  },
  { name: 'an open redirect in a path (`/https://…`)', html: a('https://jump.example.org/out/https://login-verify.example.net/', 'Go'), hit: true },
  { name: 'a base64 target parameter', html: a(`https://r.example.org/?d=${btoa('https://login-verify.example.net/x')}`, 'Go'), hit: true },
  { name: 'a public redirector (Google) to a stranger weighs less', html: a('https://www.google.com/url?q=https://login-verify.example.net/', 'Go'), hit: true, weight: 6 },
  { name: 'Safe Links is a gateway, not a redirect', html: a('https://nam11.safelinks.protection.outlook.com/?url=https%3A%2F%2Fnews.example.org%2F&amp;data=05%7C02', 'News'), hit: false },
  { name: 'the sender’s own redirector', from: 'Shop <news@shop.example>', html: a('https://go.shop.example/?u=https://partner.example.org/', 'Partner'), hit: false },
  { name: 'a redirect back to the sender’s site', from: 'Shop <news@shop.example>', html: a('https://click.esp.example.net/?u=https://www.shop.example/', 'Sale'), hit: false },
  { name: 'a redirect to the recipient’s organisation', html: a('https://www.google.com/url?q=https://wiki.kousya.example/', 'Wiki'), hit: false },
  { name: 'a share button is not a redirect', html: a('https://www.facebook.com/sharer/sharer.php?u=https://news.example.org/a', 'Share'), hit: false },
  { name: 'allow-listed redirector domain', html: a(SHIELD, 'x'), options: { allowLinkDomains: ['techix.test'] }, hit: false },
]);
