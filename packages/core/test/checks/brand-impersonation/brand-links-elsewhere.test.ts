import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'brand-impersonation/brand-links-elsewhere';
const html = (href: string) => `<html><body><p>Please confirm your card.</p><a href="${href}">Log in</a></body></html>`;
const H = (from: string, extra: string[] = []) => [...extra, `From: ${from}`, 'To: <taro@example.org>', 'Subject: notice', 'Content-Type: text/html; charset=utf-8'];

describe('brand-impersonation/brand-links-elsewhere', () => {
  it.each([
    ['brand name at its own domain, unauthenticated, link elsewhere', H('"MyJCB" <info@jcb.co.jp>'), html('https://myjcb-login.example.net/'), 'hit'],
    ['same, but DMARC passes', H('"MyJCB" <info@jcb.co.jp>', ['Authentication-Results: mx.example.org; dkim=pass header.d=jcb.co.jp; dmarc=pass header.from=jcb.co.jp']), html('https://myjcb-login.example.net/'), 'miss'],
    ['the brand’s own links beside the kit’s (kits copy the logo and policy links)', H('"MyJCB" <info@jcb.co.jp>'), html('https://www.jcb.co.jp/') + html('https://myjcb-login.example.net/'), 'hit'],
    ['only the brand’s own links', H('"MyJCB" <info@jcb.co.jp>'), html('https://www.jcb.co.jp/') + html('https://www.jcb.co.jp/privacy'), 'miss'],
    ['the brand’s links and a "follow us" row of other brands', H('"MyJCB" <info@jcb.co.jp>'), html('https://www.jcb.co.jp/') + html('https://www.facebook.com/jcb') + html('https://www.youtube.com/jcb'), 'miss'],
    ['personal mail from an ISP mailbox the brand owns', H('"Tim" <tim@comcast.net>'), html('https://sf.net/project/x'), 'miss'],
    ['links only to an ESP tracker', H('"Amazon.co.jp" <news@amazon.co.jp>'), html('https://click.sendgrid.net/ls/click?upn=abc'), 'miss'],
  ] as const)('%s', (_title, headers, body, expected) => {
    const v = analyzeText(eml(headers, body));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
