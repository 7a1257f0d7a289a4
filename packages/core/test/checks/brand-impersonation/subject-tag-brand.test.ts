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
