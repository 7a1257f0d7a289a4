import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'own-organization/lookalike-of-own-domain';

describe('own-organization/lookalike-of-own-domain', () => {
  it.each([
    ['kousya-jp.com for kousya.jp', ['From: <it@kousya-jp.com>', 'To: <taro@kousya.jp>'], 'hit', {}],
    ['unrelated domain', ['From: <it@example.com>', 'To: <taro@kousya.jp>'], 'miss', {}],
    ['two documentation names (example.com / example.net) stand for no organisation', ['From: <neko@example.com>', 'To: <abuse@example.net>'], 'miss', {}],
    ['a lookalike of a documentation name is still one', ['From: <it@examp1e.net>', 'To: <taro@example.net>'], 'hit', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
