/**
 * One table per wrapper format (field notes §3.1–3.2): each row is a wrapped URL and the target
 * recovered offline. Lexical only — nothing here touches the network.
 */
import { describe, expect, it } from 'vitest';
import { unwrapUrl } from '../../../src/url/unwrap.js';

const enc = encodeURIComponent;

describe.each([
  [
    'safelinks',
    [
      [`https://nam11.safelinks.protection.outlook.com/?url=${enc('https://example.com/a?b=c')}&data=05%7C02%7Ctaro%40kousya.example%7C&sdata=x&reserved=0`, 'https://example.com/a?b=c'],
      [`https://eur03.safelinks.protection.outlook.com/?url=${enc('http://intra.example.org/')}&data=04%7C01`, 'http://intra.example.org/'],
      [`https://gcc02.safelinks.protection.office365.us/?url=${enc('https://example.gov/')}&data=1`, 'https://example.gov/'],
      [`https://statics.teams.cdn.office.net/evergreen-assets/safelinks/2/atp-safelinks.html?url=${enc('https://example.com/t')}&locale=ja-jp`, 'https://example.com/t'],
    ],
  ],
  [
    'urldefense',
    [
      ['https://urldefense.proofpoint.com/v1/url?u=http%3A%2F%2Fwww.example.org%2Fa&k=abc', 'http://www.example.org/a'],
      ['https://urldefense.proofpoint.com/v2/url?u=http-3A__www.example.org_url-3Fa-3Db&d=DwMF&c=x&r=y&m=z&s=w&e=', 'http://www.example.org/url?a=b'],
      ['https://urldefense.com/v3/__https://www.example.com/a*b__;Pw!!AbC$', 'https://www.example.com/a?b'],
      ['https://urldefense.com/v3/__https://example.com/**Aend__;Pz8!!x$', 'https://example.com/??end'],
      ['https://urldefense.com/v3/__https://example.com/plain__;!!AbCdEf!123$', 'https://example.com/plain'],
    ],
  ],
  ['barracuda', [[`https://linkprotect.cudasvc.com/url?a=${enc('https://example.com/x')}&c=E,1,abc&typo=1`, 'https://example.com/x']]],
  ['cisco', [[`https://secure-web.cisco.com/1AbCdEfGh/${enc('https://www.example.com/page')}`, 'https://www.example.com/page']]],
  ['trendmicro', [[`https://imsva91-ctp.trendmicro.com:443/wis/clicktime/v1/query?url=${enc('https://example.com/')}&umid=1&auth=2`, 'https://example.com/']]],
  ['symantec', [[`https://clicktime.symantec.com/3AbCd?u=${enc('https://example.com/s')}`, 'https://example.com/s']]],
  ['fireeye', [[`https://protect2.fireeye.com/v1/url?k=1&q=1&e=2&u=${enc('https://example.com/f')}`, 'https://example.com/f']]],
  ['sophos', [[`https://eu1.protection.sophos.com/?d=example.com&u=${btoa('https://example.com/so')}&i=1&t=2&h=3`, 'https://example.com/so']]],
  ['mimecast', [['https://protect-au.mimecast.com/s/AbCdEfG?domain=example.net', 'https://example.net/']]],
  [
    'google',
    [
      ['https://www.google.com/url?q=https://example.com/g&sa=D&usg=x', 'https://example.com/g'],
      ['https://www.google.co.jp/url?sa=t&url=https%3A%2F%2Fexample.jp%2F', 'https://example.jp/'],
      ['https://www.google.com/amp/s/example.com/amp/story', 'https://example.com/amp/story'],
    ],
  ],
  [
    'google-translate',
    [
      ['https://translate.google.com/translate?sl=auto&tl=en&hl=en&u=4a66884dbc.example.io/temp/login.php?click=m%26id=1', 'http://4a66884dbc.example.io/temp/login.php?click=m&id=1'],
      [`https://translate.google.co.jp/website?sl=auto&tl=ja&u=${enc('https://example.com/page')}`, 'https://example.com/page'],
      ['https://translate.googleusercontent.com/translate_c?depth=1&u=http://www.example.org/a', 'http://www.example.org/a'],
      ['https://www-example--shop-com.translate.goog/login?id=7&_x_tr_sl=auto&_x_tr_tl=en&_x_tr_hl=en&_x_tr_pto=wap', 'https://www.example-shop.com/login?id=7'],
      ['https://bafybeib-ipfs-dweb-link.translate.goog/?_x_tr_hp=bafy&_x_tr_sl=auto', 'https://bafybeib.ipfs.dweb.link/'],
    ],
  ],
  ['facebook', [[`https://l.facebook.com/l.php?u=${enc('https://example.com/fb')}&h=AT0`, 'https://example.com/fb']]],
  [
    'bing',
    [
      ['https://www.bing.com/ck/a?!&&p=6178ff9dbdb2JmltdHM9&ptn=3&hsh=3&fclid=39dd905f&u=a1aHR0cHM6Ly9hdHRhY2tlci5leGFtcGxlL2V2ZW50cy8&ntb=1', 'https://attacker.example/events/'],
      [`https://www.bing.com/ck/a?!&&p=1&u=${enc('https://example.com/b')}&ntb=1`, 'https://example.com/b'],
    ],
  ],
] as const)('%s', (wrapper, rows) => {
  it.each(rows.map((r) => [r[0], r[1]] as const))('%s', (input, target) => {
    const r = unwrapUrl(input);
    expect(r.url).toBe(target);
    expect(r.hops[0]?.wrapper).toBe(wrapper);
  });
});

describe('Mimecast yields the destination host only', () => {
  it('marks the result partial', () => {
    expect(unwrapUrl('https://protect-eu.mimecast.com/s/x?domain=example.net').partial).toBe(true);
  });
});

describe('security gateways are labelled as such', () => {
  it('Safe Links hop kind is security', () => {
    const r = unwrapUrl('https://nam11.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.com%2F&data=1');
    expect(r.hops[0]).toMatchObject({ kind: 'security', param: 'url', host: 'nam11.safelinks.protection.outlook.com', domain: 'outlook.com' });
  });
  it('a known gateway with no recoverable target stops the chain', () => {
    const r = unwrapUrl('https://protect-us.mimecast.com/s/token-only');
    expect(r.hops).toHaveLength(0);
    expect(r.url).toBe('https://protect-us.mimecast.com/s/token-only');
  });
});
