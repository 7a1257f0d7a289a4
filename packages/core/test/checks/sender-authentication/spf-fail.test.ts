import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/spf-fail';

describe('sender-authentication/spf-fail', () => {
  it.each([
    ['spf=fail without dmarc', ['Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=example.com', 'From: <a@example.com>'], 'hit', {}],
    ['spf=softfail', ['Authentication-Results: mx.example.org; spf=softfail smtp.mailfrom=example.com', 'From: <a@example.com>'], 'hit', {}],
    ['spf=fail but DMARC spoke', ['Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=example.com; dmarc=pass header.from=example.com', 'From: <a@example.com>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
