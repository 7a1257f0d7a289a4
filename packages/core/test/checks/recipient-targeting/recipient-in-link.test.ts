import { describe, expect, it } from 'vitest';
import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('recipient-targeting/recipient-in-link', [
  {
    name: 'a role address at the recipient’s domain in a query',
    html: a('https://url-shield.example.net/?u=http://kit.example.net/?vc=mailer-daemon@kousya.example', 'x'),
    hit: true,
    weight: 20,
    params: { form: 'role-address', where: 'query', token: 'mailer-daemon@kousya.example' },
  },
  { name: 'the address after #', html: a('https://shared-doc.example.net/index.html#taro@kousya.example', 'x'), hit: true, weight: 20, params: { where: 'fragment', form: 'address' } },
  { name: 'the address percent-encoded in a query', html: a('https://kit.example.net/l?e=taro%40kousya.example', 'x'), hit: true, weight: 10, params: { form: 'address' } },
  { name: 'the address in base64', html: a(`https://kit.example.net/l/${btoa('taro@kousya.example')}`, 'x'), hit: true, params: { form: 'base64-address', where: 'path' } },
  { name: 'the domain in eta=', html: a('https://kit.example.net/l?eta=kousya.example', 'x'), hit: true, weight: 8, params: { form: 'domain' } },
  {
    name: 'field notes §3.1: Safe Links data= carries the recipient by design',
    html: a('https://apc01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fdocs.partner.example.com%2F&amp;data=05%7C02%7Ctaro%40kousya.example%7Cabc&amp;reserved=0', 'x'),
    hit: false,
  },
  { name: 'an unsubscribe link', from: 'Shop <news@shop.example>', html: a('https://lists.esp.example.net/unsubscribe?email=taro%40kousya.example', '配信停止'), hit: false },
  { name: 'the sender’s own preference link', from: 'Shop <news@shop.example>', html: a('https://www.shop.example/p?e=taro@kousya.example', 'x'), hit: false },
  { name: 'a subaddress of the recipient in the sender’s link', from: 'Shop <news@shop.example>', html: a('https://www.shop.example/p?e=taro+shop@kousya.example', 'x'), hit: false },
  { name: 'an address at another domain', html: a('https://kit.example.net/?e=someone@other.example', 'x'), hit: false },
  { name: 'freemail: another gmail address means nothing', to: 'taro@gmail.com', html: a('https://docs.example.net/?owner=hanako@gmail.com', 'x'), hit: false },
]);

describe('without the recipient’s own address', () => {
  it('organisation domains alone do not let the recipient checks pretend to have looked: they are skipped', async () => {
    const { analyze, fromRawMessage } = await import('../../../src/index.js');
    const raw = [
      'From: Kit <x@kit.example.net>',
      'To: taro@kousya.example, hanako@kousya.example',
      'Subject: taro@kousya.example',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<a href="https://kit.example.net/?vc=mailer-daemon@kousya.example">x</a>',
      '',
    ].join('\r\n');
    const v = analyze(fromRawMessage(raw), { organizationDomains: ['kousya.example'] });
    const skipped = v.skipped.filter((s) => s.checkId.startsWith('recipient-targeting/')).map((s) => [s.checkId, s.reason]);
    expect(skipped.sort()).toEqual([
      ['recipient-targeting/recipient-in-link', 'needs-recipient'],
      ['recipient-targeting/recipient-in-link-host', 'needs-recipient'],
      ['recipient-targeting/recipient-in-subject', 'needs-recipient'],
    ]);
    // The organisation's checks still run on the domains.
    expect(v.skipped.map((s) => s.checkId)).not.toContain('own-organization/outsider-names-own-organization');
  });
});
