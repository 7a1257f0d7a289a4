/**
 * "Links in this mail": the pure parts (src/link-list.ts): the cap, the rows, the suspect marking
 * and the default open state. The popup's rendering runs in the real Thunderbird
 * (thunderbird.e2e.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, explain, fromRawMessage, listLinks, type MessageLink } from '@ayashii/core';
import { capLinks, domainInHost, linkList, linkRow, MAX_LISTED_LINKS, OPEN_UP_TO } from '../src/link-list.js';

const PKG = join(import.meta.dirname, '..');
const INCIDENTS = join(PKG, '..', 'core', 'test', 'fixtures', 'eml', 'incidents');

const link = (over: Partial<MessageLink> = {}): MessageLink => ({
  href: 'https://www.shop.example/sale',
  text: 'Sale',
  source: 'html',
  image: false,
  form: false,
  target: 'https://www.shop.example/sale',
  host: 'www.shop.example',
  domain: 'shop.example',
  via: [],
  shortener: null,
  ...over,
});

const NO_FINDINGS = { items: [] };
const finding = (severity: 'info' | 'warn' | 'danger', title: string, evidence: { kind: 'url' | 'header'; label: string; value: string; highlight?: string }[]) => ({
  items: [{ checkId: 'url-redirect/third-party-redirect' as const, category: 'url-redirect' as const, severity, weight: 10, title, detail: title, evidence }],
});

const fromFile = (path: string) => {
  const input = fromRawMessage(new Uint8Array(readFileSync(path)));
  const x = explain(analyze(input), { locale: 'ja' });
  const all = listLinks(input);
  return linkList(capLinks(all).links, all.length, x);
};

describe('the cap', () => {
  it(`sends at most ${MAX_LISTED_LINKS} links and counts them all`, () => {
    const many = Array.from({ length: 73 }, (_, i) => link({ href: `https://www.shop.example/${i}` }));
    const { links, linkCount } = capLinks(many);
    expect(links).toHaveLength(MAX_LISTED_LINKS);
    expect(linkCount).toBe(73);
    expect(links[49]?.href).toBe('https://www.shop.example/49');
    expect(capLinks(many.slice(0, 3))).toEqual({ links: many.slice(0, 3), linkCount: 3 });
    expect(capLinks(many, 0)).toEqual({ links: [], linkCount: 73 });
  });

  it('the list says how many are left out, and is folded away beyond OPEN_UP_TO links', () => {
    const many = Array.from({ length: 73 }, () => link());
    const capped = linkList(capLinks(many).links, 73, NO_FINDINGS);
    expect(capped).toMatchObject({ total: 73, more: 23, open: false });
    expect(capped.rows).toHaveLength(50);
    expect(OPEN_UP_TO).toBe(5);
    expect(linkList(many.slice(0, 1), 1, NO_FINDINGS).open).toBe(true);
    expect(linkList(many.slice(0, 5), 5, NO_FINDINGS).open).toBe(true);
    expect(linkList(many.slice(0, 6), 6, NO_FINDINGS)).toMatchObject({ open: false, more: 0 });
    expect(linkList([], 0, NO_FINDINGS)).toMatchObject({ rows: [], total: 0, more: 0, open: false });
    // A total below the rows sent is not believed.
    expect(linkList(many.slice(0, 2), 0, NO_FINDINGS)).toMatchObject({ total: 2, more: 0 });
  });
});

describe('rows: what the reader sees → where it goes', () => {
  it.each([
    ['anchor text', link(), 'text', 'Sale'],
    ['image-only anchor', link({ text: null, image: true }), 'image', null],
    ['image with text: the text', link({ image: true }), 'text', 'Sale'],
    ['form action', link({ text: null, form: true }), 'form', null],
    ['plain-text link: nothing extra', link({ text: null, source: 'text' }), 'plain', null],
    ['link in a PDF attachment', link({ text: null, source: 'attachment', file: 'invoice.pdf' }), 'file', 'invoice.pdf'],
    ['empty anchor', link({ text: null }), 'empty', null],
  ] as const)('%s', (_, l, seen, seenText) => {
    expect(linkRow(l)).toMatchObject({ seen, seenText });
  });

  it('the destination host with its registrable domain marked, the hosts on the way, the shortener', () => {
    const r = linkRow(
      link({
        target: 'http://www.kousya35698900.stbasil.techix.com/?vc=x',
        host: 'www.kousya35698900.stbasil.techix.com',
        domain: 'techix.com',
        via: ['url-shield.securrence.com', 'nam12.safelinks.protection.outlook.com'],
        shortener: null,
      }),
    );
    expect(r.dest).toEqual({ host: 'www.kousya35698900.stbasil.techix.com', mark: 'techix.com' });
    expect(r.via).toEqual([
      { host: 'url-shield.securrence.com', mark: 'securrence.com' },
      { host: 'nam12.safelinks.protection.outlook.com', mark: 'outlook.com' },
    ]);
    expect(r.target).toBe('http://www.kousya35698900.stbasil.techix.com/?vc=x');
    expect(linkRow(link({ host: 'bit.ly', domain: 'bit.ly', shortener: 'bit.ly' })).shortener).toBe('bit.ly');
  });

  it('a target that is not http(s) has no destination host; the target itself is shown', () => {
    const r = linkRow(link({ href: 'javascript:x()', target: 'javascript:x()', host: null, domain: null }));
    expect(r.dest).toBeNull();
    expect(r.target).toBe('javascript:x()');
  });

  it.each([
    ['www.shop.example', 'shop.example', 'shop.example'],
    ['WWW.Shop.Example', 'shop.example', 'Shop.Example'],
    // IDN: the host is shown in Unicode, the core's domain is ASCII: mark the same labels.
    ['login.аpple.com', 'xn--pple-43d.com', 'аpple.com'],
    ['shop.example', null, null],
    ['localhost', 'shop.example', null],
  ])('domainInHost(%s, %s) → %s', (host, domain, mark) => {
    expect(domainInHost(host, domain)).toBe(mark);
  });
});

describe('suspect links: the rows the core’s markLinks marks', () => {
  const mission = link({
    href: 'https://url-shield.securrence.com/?u=http://www.Kousya35698900.stbasil.techix.com/',
    text: '再開手続きはこちら',
    target: 'http://www.kousya35698900.stbasil.techix.com/',
    host: 'www.kousya35698900.stbasil.techix.com',
    domain: 'techix.com',
    via: ['url-shield.securrence.com'],
  });

  it('a marked row carries the titles of the findings that point at it (once each) and their highest severity', () => {
    const x = {
      items: [
        ...finding('info', 'Upper-case host', [{ kind: 'url', label: 'href', value: mission.href, highlight: 'www.Kousya35698900.stbasil.techix.com' }]).items,
        ...finding('danger', 'Brand links elsewhere', [{ kind: 'url', label: 'href', value: mission.href, highlight: 'techix.com' }]).items,
        ...finding('warn', 'Upper-case host', [{ kind: 'url', label: 'href', value: 'https://cdn.techix.com/' }]).items,
        ...finding('warn', 'Other', [{ kind: 'url', label: 'href', value: 'https://other.example/', highlight: 'other.example' }]).items,
        ...finding('danger', 'Header', [{ kind: 'header', label: 'From', value: 'x@techix.com', highlight: 'techix.com' }]).items,
      ],
    };
    const list = linkList([mission, link(), mission], 3, x);
    expect(list.rows[0]).toMatchObject({ suspect: true, severity: 'danger', reasons: ['Upper-case host', 'Brand links elsewhere'] });
    expect(list.rows[1]).toMatchObject({ suspect: false, severity: null, reasons: [] });
    expect(list.suspectCount).toBe(2);
    expect(list.rows.map((r) => r.suspect)).toEqual([true, false, true]);
  });

  it('a link through the same gateway to another site is not marked', () => {
    const other = link({ href: 'https://url-shield.securrence.com/?u=https://www.shop.example/', via: ['url-shield.securrence.com'] });
    const x = finding('warn', 'Third-party redirect', [{ kind: 'url', label: 'href', value: mission.href, highlight: 'securrence.com' }]);
    expect(linkList([mission, other], 2, x).rows.map((r) => r.suspect)).toEqual([true, false]);
  });

  it('incident fixtures: the mission link in keimeikai-alpha-mail.eml and alpha-prm-spoofed.eml is marked; genuine-alpha-mail.eml has none', () => {
    for (const name of ['keimeikai-alpha-mail.eml', 'alpha-prm-spoofed.eml']) {
      const list = fromFile(join(INCIDENTS, name));
      expect(list.total, name).toBe(1);
      expect(list.open).toBe(true);
      expect(list.rows[0]).toMatchObject({ suspect: true, severity: 'danger', seen: 'text', domain: 'techix.com', dest: { mark: 'techix.com' } });
      expect(list.rows[0]?.via).toEqual([{ host: 'url-shield.securrence.com', mark: 'securrence.com' }]);
    }
    const genuine = fromFile(join(INCIDENTS, 'genuine-alpha-mail.eml'));
    expect(genuine.rows).toEqual([expect.objectContaining({ seen: 'plain', domain: 'alpha-prm.jp', suspect: false })]);
    expect(genuine.suspectCount).toBe(0);
  });

  it('hostile-injection.eml: the payload link, the javascript: link and the attached page’s form are marked, the plain bank link is not', () => {
    const list = fromFile(join(PKG, 'test', 'fixtures', 'hostile-injection.eml'));
    expect(list.rows.map((r) => [r.seen, r.domain, r.suspect])).toEqual([
      ['text', 'evil.example', true],
      ['text', null, true],
      ['plain', 'bank.example', false],
      // the attached HTML page posts its password field to evil.example
      ['form', 'evil.example', true],
    ]);
    expect(list.rows[0]?.seenText).toBe('https://www.bank.example/login"><svg onload=window.__pwned=7>');
    expect(list.rows[1]?.target).toBe('javascript:window.__pwned=5');
  });
});

describe('texts', () => {
  it('every popup link string exists in en and ja, with the same placeholders', () => {
    const en = JSON.parse(readFileSync(join(PKG, '_locales', 'en', 'messages.json'), 'utf8'));
    const ja = JSON.parse(readFileSync(join(PKG, '_locales', 'ja', 'messages.json'), 'utf8'));
    const keys = ['popupLinks', 'popupLinksSuspect', 'popupLinksMore', 'popupLinksNote', 'popupLinkImage', 'popupLinkForm', 'popupLinkNoText', 'popupLinkInFile', 'popupLinkSuspect', 'linkVia', 'linkShortener'];
    for (const k of keys) {
      expect(en[k]?.message, k).toBeTruthy();
      expect(ja[k]?.message, k).toBeTruthy();
      expect(Object.keys(ja[k].placeholders ?? {}), k).toEqual(Object.keys(en[k].placeholders ?? {}));
    }
    expect(ja['popupLinks'].message).toBe('このメールのリンク（$COUNT$ 件）');
    expect(en['popupLinks'].message).toBe('Links in this mail ($COUNT$)');
    expect(ja['popupLinkImage'].message).toBe('画像のリンク');
    expect(ja['popupLinkForm'].message).toBe('フォームの送信先');
  });
});
