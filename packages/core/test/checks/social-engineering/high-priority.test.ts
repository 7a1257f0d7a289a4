import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'social-engineering/high-priority';
const FROM = 'From: "Projector Deals" <offers@deals.example>';

describe(ID, () => {
  it.each([
    ['X-Priority: 1', ['X-Priority: 1'], true],
    ['X-Priority: 2 (High)', ['X-Priority: 2 (High)'], true],
    ['Importance: high', ['Importance: High'], true],
    ['X-MSMail-Priority: High', ['X-MSMail-Priority: High'], true],
    ['Priority: urgent', ['Priority: urgent'], true],
    ['X-Priority: 3 (Normal)', ['X-Priority: 3 (Normal)'], false],
    ['X-Priority: 10', ['X-Priority: 10'], false],
    ['Importance: normal', ['Importance: normal'], false],
    ['Priority: non-urgent', ['Priority: non-urgent'], false],
    ['no priority header', [], false],
  ] as const)('%s', (_t, extra, hit) => {
    const v = analyzeText(eml([FROM, 'To: user@example.org', 'Subject: Offer', ...extra]));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(hit);
  });
  it('quotes the header and stays below caution on its own', () => {
    const v = analyzeText(eml([FROM, 'To: user@example.org', 'Subject: Offer', 'X-Priority: 1 (Highest)']));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.params).toEqual({ header: 'X-Priority', value: '1 (Highest)' });
    expect(v.level).toBe('safe');
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toBe(
      'The sender set “X-Priority: 1 (Highest)”, so your mail program shows the mail as high priority before you have read a word of it.',
    );
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.title).toBe('送信者が「重要度：高」を付けています');
  });
  it.each([
    ['a reply in a conversation', ['In-Reply-To: <a@kousya.example>'], {}],
    ['a list re-sending a member post', ['List-Id: Users <users.lists.example.net>'], {}],
    ['a colleague of the organisation', [], { organizationDomains: ['deals.example'] }],
    ['an allow-listed sender', [], { allowSenders: ['deals.example'] }],
  ] as const)('no finding for %s', (_t, extra, options) => {
    expect(ids(analyzeText(eml([FROM, 'To: user@example.org', 'Importance: high', ...extra]), options))).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
