import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/dkim-fail';

describe('sender-authentication/dkim-fail', () => {
  it.each([
    ['all signatures fail', ['Authentication-Results: mx.example.org; dkim=fail header.d=example.com', 'From: <a@example.com>'], 'hit', {}],
    ['list mail is skipped', ['Authentication-Results: mx.example.org; dkim=fail header.d=example.com', 'List-Id: <l.example.org>', 'From: <a@example.com>'], 'miss', {}],
    ['an unsubscribe header alone is no list: the bulk sender signed its own mail', ['Authentication-Results: mx.example.org; dkim=fail header.d=example.com', 'List-Unsubscribe: <mailto:u@example.com>', 'From: <a@example.com>'], 'hit', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
