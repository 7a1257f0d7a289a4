import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/dmarc-fail';

describe('sender-authentication/dmarc-fail', () => {
  it.each([
    ['dmarc=fail', ['Authentication-Results: mx.example.org; dmarc=fail header.from=example.com', 'From: <a@example.com>'], 'hit', {}],
    ['dmarc=pass', ['Authentication-Results: mx.example.org; dmarc=pass header.from=example.com', 'From: <a@example.com>'], 'miss', {}],
    ['dmarc=fail below the topmost A-R is ignored', ['Authentication-Results: mx.example.org; dmarc=pass header.from=example.com', 'Authentication-Results: mx.example.org; dmarc=fail header.from=example.com', 'From: <a@example.com>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
