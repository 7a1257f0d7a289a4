import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/duplicate-header';

describe('header-anomaly/duplicate-header', () => {
  it.each([
    ['two Subject headers', ['From: <a@example.com>', 'Subject: a', 'Subject: b'], 'hit', {}],
    ['one of each', ['From: <a@example.com>', 'Subject: a'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
