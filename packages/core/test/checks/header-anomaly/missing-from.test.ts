import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/missing-from';

describe('header-anomaly/missing-from', () => {
  it.each([
    ['no From', ['Sender: <admin@example.net>'], 'hit', {}],
    ['From present', ['From: <admin@example.net>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
