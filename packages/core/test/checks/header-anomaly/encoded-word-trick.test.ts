import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/encoded-word-trick';

describe('header-anomaly/encoded-word-trick', () => {
  it.each([
    ['espoofer A15: encoded address as name', ['From:=?utf-8?B?PGFkbWluQGxlZ2l0aW1hdGUuY29tPg==?=,<second@attack.example>'], 'hit', {}],
    ['plain encoded name', ['From: =?utf-8?B?5bGx55Sw?= <a@example.com>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
