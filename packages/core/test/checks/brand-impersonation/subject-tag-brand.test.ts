import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'brand-impersonation/subject-tag-brand';

describe('brand-impersonation/subject-tag-brand', () => {
  it.each([
    ['brand tag from another domain', ['From: <x@example.net>', 'Subject: 【Amazon】 account locked'], 'hit', {}],
    ['ordinary tag', ['From: <x@example.net>', 'Subject: 【重要】 meeting'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});

describe('subject-tag-brand on list mail with a rewritten From', () => {
  it('judges the sender the reader sees: the list address, not the brand', () => {
    const headers = [
      'List-Id: <dev.lists.example.org>',
      'From: "Notice via Dev" <dev@lists.example.org>',
      'Reply-To: "Notice" <noreply@phish.example.net>',
      'Subject: [Dev] 【三井住友カード】ご利用内容のお知らせ',
    ];
    const v = analyzeText(eml(headers));
    expect(JSON.stringify(v.findings.find((f) => f.checkId === ID)?.params)).toContain('"domain":"example.org"');
  });
});
