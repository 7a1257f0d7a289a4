/**
 * `listLinks`: every link of a message with its real destination (for a "links in this mail"
 * list). Messages written here (RFC 2606 names).
 */
import { describe, expect, it } from 'vitest';
import { fromRawHeaders, fromRawMessage, listLinks } from '../../src/index.js';
import { linksMail as mail } from '../helpers.js';

describe('listLinks', () => {
  it('gives each link its visible text, its unwrapped target, the hosts on the way and the registrable domain', () => {
    const links = listLinks(
      fromRawMessage(
        mail(
          '<a href="https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.shop.example%2Fsale&amp;data=05">Sale</a>' +
            '<a href="https://url-shield.example.net/?u=http://www.Kousya35698900.attacker.example/">再開手続きはこちら</a>' +
            '<a href="https://bit.ly/3abcd"><img src="cid:x"></a>' +
            '<form action="https://login.attacker.example/post"><input type="password"></form>',
          'See www.shop.example/help',
        ),
      ),
    );
    expect(links.map((l) => [l.text, l.domain, l.via, l.form, l.image])).toEqual([
      ['Sale', 'shop.example', ['nam12.safelinks.protection.outlook.com'], false, false],
      ['再開手続きはこちら', 'attacker.example', ['url-shield.example.net'], false, false],
      [null, 'bit.ly', [], false, true],
      [null, 'attacker.example', [], true, false],
      [null, 'shop.example', [], false, false],
    ]);
    expect(links[1]?.target).toBe('http://www.kousya35698900.attacker.example/');
    expect(links[1]?.host).toBe('www.kousya35698900.attacker.example');
    expect(links[2]?.shortener).toBe('bit.ly');
    expect(links[4]?.source).toBe('text');
  });

  it('shows a homograph host in Unicode and makes invisible characters in the text visible', () => {
    const [l] = listLinks(fromRawMessage(mail('<a href="https://xn--pple-43d.com/">App\u200Ble ID</a>')));
    expect(l?.host).toBe('аpple.com');
    expect(l?.text).not.toContain('\u200B');
  });

  it('no body, no links; mailto and in-page links are not listed', () => {
    expect(listLinks(fromRawHeaders('From: a@b.example\r\nSubject: x\r\n'))).toEqual([]);
    expect(listLinks(fromRawMessage(mail('<a href="mailto:a@b.example">mail</a><a href="#top">top</a>')))).toEqual([]);
  });
});

describe('listLinks after analyze', () => {
  it('reuses the links collected under the same options object, and never those of other options', async () => {
    const { analyze } = await import('../../src/index.js');
    const input = fromRawMessage(mail('<a href="https://a.example/1">1</a><a href="https://b.example/2">2</a><a href="https://c.example/3">3</a>'));
    const fresh = listLinks(fromRawMessage(mail('<a href="https://a.example/1">1</a><a href="https://b.example/2">2</a><a href="https://c.example/3">3</a>')));
    const one = { limits: { maxUrls: 1 } };
    analyze(input, one);
    expect(listLinks(input, one).map((l) => l.domain)).toEqual(['a.example']);
    expect(listLinks(input, {})).toEqual(fresh);
    const same = {};
    analyze(input, same);
    expect(listLinks(input, same)).toEqual(fresh);
  });
});
