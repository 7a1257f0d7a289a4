import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'reply-path/freemail-reply-to';

describe('reply-path/freemail-reply-to', () => {
  it.each([
    ['corporate From, freemail Reply-To', ['From: <billing@example.com>', 'Reply-To: <billing.desk@outlook.com>'], 'hit', {}],
    ['one free mailbox sends, another collects the replies', ['From: <sistermary22@gmail.com>', 'Reply-To: <alinco.office@outlook.com>'], 'hit', {}],
    ['the same person’s second free mailbox', ['From: <hanako.sato@gmail.com>', 'Reply-To: <hanakosato.home@outlook.com>'], 'miss', {}],
    ['the same mailbox name at another provider', ['From: <a.b.taro@gmail.com>', 'Reply-To: <abtaro@yahoo.co.jp>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
