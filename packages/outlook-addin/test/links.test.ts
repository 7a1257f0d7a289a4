/**
 * The pure helpers behind "Links in this mail" (src/links.ts): which rows the findings point at,
 * what the reader sees, how the destination host is split for the highlight, clipping.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, explain, fromRawMessage, listLinks, type ExplainedItem, type MessageLink } from '@ayashii/core';
import { MAX_URL_CHARS, clip, linkFlag, linksOpenByDefault, shownAs, splitHost, suspectDomains } from '../src/links.js';
import { REPO } from './harness.js';

const link = (over: Partial<MessageLink> = {}): MessageLink => ({
  href: 'https://www.shop.example/',
  text: 'Shop',
  source: 'html',
  image: false,
  form: false,
  target: 'https://www.shop.example/',
  host: 'www.shop.example',
  domain: 'shop.example',
  via: [],
  shortener: null,
  ...over,
});

const item = (severity: ExplainedItem['severity'], evidence: ExplainedItem['evidence']): ExplainedItem =>
  ({ checkId: 'url-redirect/third-party-redirect', category: 'url-redirect', severity, weight: 10, title: 't', detail: 'd', evidence }) as ExplainedItem;

describe('suspectDomains / linkFlag', () => {
  it('takes the registrable domain of the unwrapped target of URL evidence, keeping the highest severity', () => {
    const items = [
      item('warn', [{ kind: 'url', label: 'href', value: 'https://url-shield.example.net/?u=http://www.Kousya1.attacker.example/x', highlight: 'example.net' }]),
      item('danger', [{ kind: 'url', label: 'href', value: 'http://login.attacker.example/', highlight: 'attacker.example' }]),
      item('danger', [{ kind: 'header', label: 'from', value: 'x@header-only.example' }]),
      item('info', [{ kind: 'url', label: 'link text', value: 'App\u2423le ID', highlight: 'x' }]),
    ];
    expect([...suspectDomains(items)]).toEqual([['attacker.example', 'danger']]);
  });

  it.each([
    ['same registrable domain, other path', link({ domain: 'attacker.example', href: 'https://a.attacker.example/other' }), 'danger'],
    ['another domain', link(), null],
    ['no host (not http)', link({ host: null, domain: null, href: 'javascript:alert(1)' }), null],
  ] as const)('%s', (_name, l, expected) => {
    const items = [item('danger', [{ kind: 'url', label: 'href', value: 'http://login.attacker.example/' }])];
    expect(linkFlag(l, items)).toBe(expected);
  });

  it('an identical href is flagged even when no domain can be taken from it', () => {
    const l = link({ href: 'data:text/html,hi', host: null, domain: null, target: 'data:text/html,hi' });
    expect(linkFlag(l, [item('warn', [{ kind: 'url', label: 'href', value: 'data:text/html,hi' }])])).toBe('warn');
  });

  it('incident fixtures: the keimeikai link is flagged danger; the genuine mail has nothing flagged', () => {
    const load = (name: string) => new Uint8Array(readFileSync(join(REPO, 'packages/core/test/fixtures/eml/incidents', `${name}.eml`)));
    for (const [name, expected] of [['keimeikai-alpha-mail', ['danger']], ['alpha-prm-spoofed', ['danger']], ['genuine-alpha-mail', [null]]] as const) {
      const input = fromRawMessage(load(name));
      const items = explain(analyze(input), { locale: 'en' }).items;
      expect(listLinks(input).map((l) => linkFlag(l, items)), name).toEqual(expected);
    }
  });
});

describe('shownAs', () => {
  it.each([
    [link(), { kind: 'text', text: 'Shop' }],
    [link({ text: null, image: true }), { kind: 'image' }],
    [link({ text: null, form: true }), { kind: 'form' }],
    [link({ text: null, source: 'text' }), { kind: 'bare-url' }],
    [link({ text: null, source: 'attachment', file: 'invoice.pdf' }), { kind: 'pdf', file: 'invoice.pdf' }],
    [link({ text: null }), { kind: 'no-text' }],
    // An image with alt text or a button label still shows that text.
    [link({ text: 'Log in', image: true }), { kind: 'text', text: 'Log in' }],
  ])('%#', (l, expected) => {
    expect(shownAs(l)).toEqual(expected);
  });
});

describe('splitHost', () => {
  it.each([
    ['www.kousya35698900.stbasil.techix.com', 'techix.com', ['www.kousya35698900.stbasil.', 'techix.com']],
    ['techix.com', 'techix.com', ['', 'techix.com']],
    ['www.Kousya.Example', 'kousya.example', ['www.', 'Kousya.Example']],
    // IDN: the host is shown in Unicode, the domain may be in ASCII.
    ['www.аpple.com', 'xn--pple-43d.com', ['www.', 'аpple.com']],
    ['evil-techix.com', 'techix.com', null],
    ['www.example.org', null, null],
  ] as const)('%s / %s', (host, domain, expected) => {
    expect(splitHost(host, domain)).toEqual(expected);
  });
});

describe('clip / linksOpenByDefault', () => {
  it('clips by code point with an ellipsis, leaves short strings alone', () => {
    expect(clip('https://a.example/')).toBe('https://a.example/');
    const long = `https://a.example/${'😀'.repeat(200)}`;
    expect(Array.from(clip(long))).toHaveLength(MAX_URL_CHARS);
    expect(clip(long).endsWith('…')).toBe(true);
    expect(clip(long)).not.toMatch(/[\uD800-\uDBFF]…$/);
  });

  it('opens for 1 to 5 links only', () => {
    expect([0, 1, 5, 6, 50].map(linksOpenByDefault)).toEqual([false, true, true, false, false]);
  });
});
