import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/obsolete-address-syntax';

describe('header-anomaly/obsolete-address-syntax', () => {
  it.each([
    ['espoofer A16: route', ['From: <@attack.example,@any.example:admin@legitimate.example>'], 'hit', {}],
    ['espoofer A19: trailing address', ['From: <any@attack.example>admin@legitimate.example'], 'hit', {}],
    ['normal', ['From: Admin <admin@legitimate.example>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
