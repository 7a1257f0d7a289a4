import { describe, expect, it } from 'vitest';
import { parseAddressList } from '../../src/parse/address.js';

describe('RFC 5322 §3.4 address lists', () => {
  it('parses name-addr and addr-spec', () => {
    const [a] = parseAddressList('"Amazon.co.jp" <x-qwertyuio@Kankyou-Hozen.example>');
    expect(a).toMatchObject({ name: 'Amazon.co.jp', address: 'x-qwertyuio@kankyou-hozen.example', domain: 'kankyou-hozen.example' });
    expect(parseAddressList('info@example.com')[0]).toMatchObject({ name: '', address: 'info@example.com' });
  });
  it('structures before decoding: an encoded comma stays inside one name', () => {
    const list = parseAddressList('=?UTF-8?Q?H=C3=B6rst=2C_Kenny?= <k@example.com>');
    expect(list).toHaveLength(1);
    expect(list[0]?.name).toBe('Hörst, Kenny');
    expect(list[0]?.nameEncoded).toBe(true);
  });
  it('handles groups, comments and several mailboxes', () => {
    const list = parseAddressList('team: a@example.com, "B, Bee" <b@example.org>; c@example.net (Cee)');
    expect(list.map((m) => m.address)).toEqual(['a@example.com', 'b@example.org', 'c@example.net']);
    expect(list[2]?.name).toBe('Cee');
  });
  it('keeps obsolete routes and trailing text visible', () => {
    expect(parseAddressList('<@attack.test,@any.test:admin@legitimate.test>')[0]).toMatchObject({ route: true, address: 'admin@legitimate.test' });
    expect(parseAddressList('<any@attack.test>admin@legitimate.test')[0]).toMatchObject({ address: 'any@attack.test', trailing: 'admin@legitimate.test' });
  });
  it('flags encoded-words in the address', () => {
    expect(parseAddressList('=?utf-8?b?YWRtaW4=?=@example.com')[0]?.addressEncoded).toBe(true);
  });
  it('never throws on junk', () => {
    for (const s of ['', '<', '>', '"', '(', ',,,', '<<a@b>>', '@', ':;', '"unterminated <a@b.c>']) expect(() => parseAddressList(s)).not.toThrow();
  });
});
