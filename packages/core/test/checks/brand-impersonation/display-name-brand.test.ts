import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'brand-impersonation/display-name-brand';

describe('brand-impersonation/display-name-brand', () => {
  it.each([
    ['Amazon.co.jp in the name from another domain', ['From: "Amazon.co.jp" <x@kankyou-hozen.example>'], 'hit', {}],
    ['alpha mail from a clinic', ['From: "alpha mail" <info@keimeikai.or.jp>'], 'hit', {}],
    ['full-width brand', ['From: "ａｍａｚｏｎ" <x@example.net>'], 'hit', {}],
    ['genuine Amazon domain', ['From: "Amazon.co.jp" <x@amazon.co.jp>'], 'miss', {}],
    ['genuine Alpha Mail domain', ['From: "alpha mail" <info@alpha-prm.jp>'], 'miss', {}],
    ['ordinary names', ['From: "Laura Anderson" <laura@example.net>'], 'miss', {}],
    ['a public figure endorsing an offer', ['From: "Advanced Energy by Elon Musk" <promo@example.net>'], 'hit', {}],
    ['a public figure, in katakana', ['From: "イーロン・マスク 特別キャンペーン" <info@example.net>'], 'hit', {}],
    ['a public figure from their own company', ['From: "Jeff Bezos" <jeff@amazon.com>'], 'miss', {}],
    ['a surname alone is not a public figure', ['From: "Sarah Musk" <sarah@example.net>'], 'miss', {}],
    ['a giveaway in a singer\'s name', ['From: "Taylor Swift Giveaway" <win@example.net>'], 'hit', {}],
    ['the singer\'s own site', ['From: "Taylor Swift" <news@taylorswift.com>'], 'miss', {}],
    ['Tesla as the whole name', ['From: "Tesla" <giveaway@example.net>'], 'hit', {}],
    ['Tesla inside another name is a word, not the brand', ['From: "Nikola Tesla Museum" <info@example.org>'], 'miss', {}],
    ['the founder writing from his company', ['From: "Elon Musk" <elon@tesla.com>'], 'miss', {}],
    ['allow-listed sender', ['From: "Amazon.co.jp" <x@reseller.example>'], 'miss', { allowSenders: ['reseller.example'] }],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});

describe('display-name-brand on freemail', () => {
  it('"Amazon" <x@gmail.com> is a claim even though Google owns gmail.com', () => {
    expect(ids(analyzeText(eml(['From: "Amazon" <amazon.support.jp@gmail.com>'])))).toContain(ID);
  });
});

describe('display-name-brand when the sender domain belongs to another brand', () => {
  it('a brand named from another brand\'s domain is a claim (forged From: "Deutsche Bahn Team" <reply@telekom.com>)', () => {
    expect(ids(analyzeText(eml(['From: "Deutsche Bahn Team" <reply@telekom.com>'])))).toContain(ID);
    expect(ids(analyzeText(eml(['From: "PayPal Guthaben" <service@stayfriends.de>'])))).toContain(ID);
  });
  it('a co-branded name that also names the domain\'s owner is a partnership, not a claim', () => {
    expect(ids(analyzeText(eml(['From: "Deutsche Telekom & Deutsche Bahn" <reply@telekom.com>'])))).not.toContain(ID);
    expect(ids(analyzeText(eml(['From: "Amazon.co.jp x Visa" <x@amazon.co.jp>'])))).not.toContain(ID);
  });
});
