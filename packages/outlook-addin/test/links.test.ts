/**
 * The pure helpers behind "Links in this mail" (src/links.ts): what the reader sees, how the
 * destination host is split for the highlight, clipping. Which rows the findings point at is the
 * core's `markLinks` (packages/core/test/url/mark-links.test.ts); the rendered flags are checked
 * end to end in taskpane.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { MessageLink } from '@ayashii/core';
import { MAX_URL_CHARS, clip, linksOpenByDefault, shownAs, splitHost } from '../src/links.js';

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
