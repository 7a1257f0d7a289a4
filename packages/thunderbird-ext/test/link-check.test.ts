/**
 * "Check this link": the pure parts (src/link-check.ts) and the request validator (src/protocol.ts).
 * The host half (menu, window, rendering) runs in the real Thunderbird in thunderbird.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeUrl, explain } from '@ayashii/core';
import {
  isMessageContext,
  LINK_PAGE,
  linkOptions,
  linkPageUrl,
  linkResult,
  linkTargetFromMenu,
  MAX_LINK_CHARS,
  MENU_ID,
  menuCreateProperties,
  parseLinkPage,
  pickRecipient,
} from '../src/link-check.js';
import { BANNER, CHECK_LINK, CHECK_TAB, isRequest } from '../src/protocol.js';

const MISSION = 'https://url-shield.securrence.com/?p=1.0&r=kousya.jp&u=http://www.Kousya35698900.stbasil.techix.com/?vc=mailer-daemon@kousya.jp';
const GENUINE = 'https://www.alpha-prm.jp/';

describe('the context-menu item', () => {
  it('is created on links only, under a stable id, with the given title', () => {
    expect(menuCreateProperties('このリンクを確認（ayashii）')).toEqual({ id: MENU_ID, contexts: ['link'], title: 'このリンクを確認（ayashii）' });
    expect(MENU_ID).toBe('ayashii-check-link');
  });

  it.each([
    [{ type: 'mail' }, undefined, true],
    [{ type: 'messageDisplay' }, undefined, true],
    [{ type: 'mail' }, 'mailbox:///home/u/Mail/Inbox?number=12', true],
    [{ type: 'messageDisplay' }, 'imap://u@mail.example:993/fetch%3EUID%3E/INBOX%3E42', true],
    [{ type: 'messageDisplay' }, 'file:///tmp/m.eml?type=application/x-message-display', true],
    [{ type: 'mail' }, 'https://feed.example/article', false], // a feed article shown as a web page
    [{ type: 'mail' }, 'moz-extension://abc/options.html', false],
    [{ type: 'mail' }, 'about:blank', false],
    [{ type: 'content' }, undefined, false], // a web page in a tab
    [{ type: 'messageCompose' }, undefined, false],
    [{}, undefined, false],
    [undefined, undefined, false],
  ])('isMessageContext(%j, %s) → %s', (tab, pageUrl, expected) => {
    expect(isMessageContext(tab, pageUrl)).toBe(expected);
  });

  it('a click on a link in a displayed message asks for that link and that tab', () => {
    const info = { menuItemId: MENU_ID, linkUrl: MISSION, pageUrl: 'mailbox:///x?number=1' };
    expect(linkTargetFromMenu(info, { id: 7, type: 'messageDisplay' })).toEqual({ url: MISSION, tabId: 7 });
    expect(linkTargetFromMenu({ menuItemId: MENU_ID, linkUrl: GENUINE }, { type: 'mail' })).toEqual({ url: GENUINE });
  });

  it('other items, other places, and missing or oversized links are ignored', () => {
    const tab = { id: 7, type: 'mail' };
    expect(linkTargetFromMenu({ menuItemId: 'other', linkUrl: MISSION }, tab)).toBeNull();
    expect(linkTargetFromMenu({ menuItemId: MENU_ID, linkUrl: MISSION }, { id: 7, type: 'content' })).toBeNull();
    expect(linkTargetFromMenu({ menuItemId: MENU_ID, linkUrl: MISSION, pageUrl: 'https://feed.example/' }, tab)).toBeNull();
    expect(linkTargetFromMenu({ menuItemId: MENU_ID }, tab)).toBeNull();
    expect(linkTargetFromMenu({ menuItemId: MENU_ID, linkUrl: '  ' }, tab)).toBeNull();
    expect(linkTargetFromMenu({ menuItemId: MENU_ID, linkUrl: `https://x.example/${'a'.repeat(MAX_LINK_CHARS)}` }, tab)).toBeNull();
    expect(linkTargetFromMenu({ menuItemId: MENU_ID, linkUrl: MISSION }, undefined)).toBeNull();
  });
});

describe('the link window URL', () => {
  it.each([MISSION, GENUINE, 'https://a.example/p?x=1&y=2#frag', 'https://例え.jp/パス?q=テスト', 'javascript:alert(1)', 'https://evil.example/"><svg onload=x>'])(
    'round-trips %s',
    (url) => {
      const page = linkPageUrl({ url, tabId: 12 });
      expect(page.startsWith(`${LINK_PAGE}?tab=12&url=`)).toBe(true);
      expect(parseLinkPage(page.slice(LINK_PAGE.length))).toEqual({ url, tabId: 12 });
    },
  );

  it('without a tab, the link alone', () => {
    expect(linkPageUrl({ url: GENUINE })).toBe(`${LINK_PAGE}?url=https%3A%2F%2Fwww.alpha-prm.jp%2F`);
    expect(parseLinkPage('?url=https%3A%2F%2Fwww.alpha-prm.jp%2F')).toEqual({ url: GENUINE });
  });

  it('no link, an empty or oversized one → null; a malformed tab is dropped', () => {
    expect(parseLinkPage('')).toBeNull();
    expect(parseLinkPage('?tab=3')).toBeNull();
    expect(parseLinkPage('?url=')).toBeNull();
    expect(parseLinkPage(`?url=${'a'.repeat(MAX_LINK_CHARS + 1)}`)).toBeNull();
    expect(parseLinkPage('?tab=-1&url=x')).toEqual({ url: 'x' });
    expect(parseLinkPage('?tab=3abc&url=x')).toEqual({ url: 'x' });
  });
});

describe('isRequest: the check-link request', () => {
  it.each([
    [{ type: CHECK_LINK, url: MISSION, tabId: 3 }, true],
    [{ type: CHECK_LINK, url: MISSION }, true],
    [{ type: CHECK_LINK }, false],
    [{ type: CHECK_LINK, url: 42 }, false],
    [{ type: CHECK_LINK, url: '' }, false],
    [{ type: CHECK_LINK, url: 'x'.repeat(MAX_LINK_CHARS + 1) }, false],
    [{ type: CHECK_LINK, url: MISSION, tabId: '3' }, false],
    [{ type: CHECK_LINK, url: MISSION, tabId: -1 }, false],
    [{ type: CHECK_LINK, url: MISSION, tabId: 1.5 }, false],
    [{ type: CHECK_TAB, tabId: 3 }, true],
    [{ type: CHECK_TAB }, false],
    [{ type: BANNER }, true],
    [{ type: 'ayashii:other' }, false],
    [null, false],
    ['ayashii:check-link', false],
  ])('%j → %s', (msg, expected) => {
    expect(isRequest(msg)).toBe(expected);
  });
});

describe('the recipient the link is checked against', () => {
  it.each([
    [['taro@kousya.jp'], 'taro@kousya.jp'],
    [['Taro Yamada <Taro@Kousya.JP>'], 'taro@kousya.jp'],
    [['"Yamada, Taro" <taro@kousya.jp>'], 'taro@kousya.jp'],
    [['taro@kousya.jp', 'Taro <TARO@kousya.jp>'], 'taro@kousya.jp'], // the same address twice is one recipient
    [['taro@kousya.jp', 'hanako@kousya.jp'], null],
    [['taro@kousya.jp, hanako@kousya.jp'], null],
    [[], null],
    [undefined, null],
    [['undisclosed-recipients:;'], null],
  ])('%j → %s', (recipients, expected) => {
    expect(pickRecipient(recipients)).toBe(expected);
  });

  it('is added to the user options only when there is one', () => {
    const base = { organizationDomains: ['kousya.jp'] };
    expect(linkOptions(base, 'taro@kousya.jp')).toEqual({ organizationDomains: ['kousya.jp'], recipient: { address: 'taro@kousya.jp' } });
    expect(linkOptions(base, null)).toBe(base);
  });
});

describe('linkResult: the verdict as the window shows it', () => {
  it('mission link with the recipient: recipient in the link host, unwrapped to techix.com', () => {
    const v = analyzeUrl(MISSION, linkOptions({}, 'taro@kousya.jp'));
    const r = linkResult(v, 'ja', 'taro@kousya.jp');
    expect(r.level).toBe(v.level);
    expect(r.level).toBe('dangerous');
    expect(r.explanation).toEqual(explain(v, { locale: 'ja', evidence: false }));
    expect(r.explanation.summary.startsWith('このリンクは')).toBe(true);
    expect(r.explanation.items.map((i) => i.checkId)).toContain('recipient-targeting/recipient-in-link-host');
    expect(r.via).toEqual([{ host: 'url-shield.securrence.com', domain: 'securrence.com', wrapper: 'generic' }]);
    expect(r.target).toBe('http://www.kousya35698900.stbasil.techix.com/?vc=mailer-daemon@kousya.jp');
    expect(r.targetDomain).toBe('techix.com');
    expect(r.url).toBe(MISSION);
    expect(r.recipient).toBe('taro@kousya.jp');
    expect(r.shortener).toBeNull();
  });

  it('without a recipient the recipient checks are listed as not run', () => {
    const r = linkResult(analyzeUrl(MISSION, linkOptions({}, null)), 'en', null);
    expect(r.explanation.items.map((i) => i.checkId)).not.toContain('recipient-targeting/recipient-in-link-host');
    expect(r.explanation.skipped.map((s) => s.checkId)).toContain('recipient-targeting/recipient-in-link-host');
    expect(r.recipient).toBeNull();
  });

  it('the legitimate twin is safe, direct, with no findings', () => {
    const r = linkResult(analyzeUrl(GENUINE, linkOptions({}, 'taro@kousya.jp')), 'en', 'taro@kousya.jp');
    expect(r.level).toBe('safe');
    expect(r.via).toEqual([]);
    expect(r.target).toBe(GENUINE);
    expect(r.targetDomain).toBe('alpha-prm.jp');
    expect(r.explanation.items).toEqual([]);
  });

  it('a shortener is named; invisible characters are made visible', () => {
    expect(linkResult(analyzeUrl('https://bit.ly/3abcDEF'), 'en', null).shortener).toBe('bit.ly');
    const r = linkResult(analyzeUrl('https://evil.example/\u202Etxt.exe'), 'en', null);
    expect(r.url).toContain('⟨U+202E⟩');
    expect(r.url).not.toMatch(/\u202E/u);
  });
});
