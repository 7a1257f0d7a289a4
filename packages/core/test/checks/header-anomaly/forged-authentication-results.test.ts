import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/forged-authentication-results';

describe('header-anomaly/forged-authentication-results', () => {
  it.each([
    ['an injected pass below the trusted fail', ['Authentication-Results: mx.example.org; dmarc=fail header.from=bank.example', 'Authentication-Results: mx.example.org; dmarc=pass header.from=bank.example', 'From: <a@bank.example>'], 'hit', {}],
    ['no claim', ['Authentication-Results: mx.example.org; dmarc=fail header.from=bank.example', 'From: <a@bank.example>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
