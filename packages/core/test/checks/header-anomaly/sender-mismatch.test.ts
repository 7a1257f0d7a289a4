import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/sender-mismatch';

describe('header-anomaly/sender-mismatch', () => {
  it.each([
    ['espoofer client A3', ['From: <admin@example.com>', 'Sender: <s@sender.example.net>'], 'hit', {}],
    ['list mail', ['From: <admin@example.com>', 'Sender: <l@lists.example.net>', 'List-Id: <l.example.net>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
