import { it } from 'vitest';
import { unwrapUrl } from '../../src/url/unwrap.js';
it('scratch', () => {
  for (const u of [
    'https://url-shield.securrence.com/?p=1.0&r=x&u=http://www.Kousya35698900.stbasil.techix.com/?vc=mailer-daemon@kousya.jp',
    'https://nam11.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.com%2Fa%3Fb%3Dc&data=05%7C02%7Cuser%40example.org%7C&reserved=0',
    'https://urldefense.proofpoint.com/v2/url?u=http-3A__www.example.org_url-3Fa-3Db&d=DwMF&c=x',
    'https://urldefense.com/v3/__https://www.example.com/a*b__;Pw!!abc$',
    'https://urldefense.com/v3/__https://example.com/**Aend__;Pz8!!x$',
    'https://www.google.com/url?q=https://example.com/&sa=D',
    'https://protect-us.mimecast.com/s/abcd?domain=example.net',
    'https://eu1.protection.sophos.com/?d=example.com&u=' + btoa('https://example.com/x') + '&i=1',
    'https://secure-web.cisco.com/1abcDEF/https%3A%2F%2Fwww.example.com%2Fpage',
    'https://www.facebook.com/sharer/sharer.php?u=https://shop.example/',
    'https://bit.ly/abc',
    'https://web.archive.org/web/2020/https://example.com/',
    'https://r.example/https%3A%2F%2Fx.test%2Fy',
  ]) console.log(JSON.stringify(unwrapUrl(u)));
});
