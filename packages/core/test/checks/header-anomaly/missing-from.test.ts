import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/missing-from';

describe('header-anomaly/missing-from', () => {
  it.each([
    ['no From', ['Sender: <admin@example.net>'], 'hit', {}],
    ['From present', ['From: <admin@example.net>'], 'miss', {}],
    ['a name and no address', ['From: Sara Example'], 'hit', {}],
    ['the mail system with the null address (a delivery report)', ['From: MAILER-DAEMON <>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
