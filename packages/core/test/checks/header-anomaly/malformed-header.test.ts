import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/malformed-header';

describe('header-anomaly/malformed-header', () => {
  it.each([
    ['espoofer A9: leading space before the first header', [' From: <first@attack.example>', 'From: <admin@legitimate.example>'], 'hit', {}],
    ['NUL byte', ['From: <a@example.com>', 'DKIM-Signature: v=1; d=example.com; s=sel.\u0000.any'], 'hit', {}],
    ['clean', ['From: <a@example.com>', 'Subject: ok'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
