import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/compauth-fail';

describe('sender-authentication/compauth-fail', () => {
  it.each([
    ['compauth=fail reason=001', ['Authentication-Results: spf=none smtp.mailfrom=example.com; dmarc=none header.from=example.com;compauth=fail reason=001', 'From: <a@example.com>'], 'hit', {}],
    ['compauth=softpass', ['Authentication-Results: spf=none smtp.mailfrom=example.com; dmarc=none header.from=example.com;compauth=softpass reason=201', 'From: <a@example.com>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
