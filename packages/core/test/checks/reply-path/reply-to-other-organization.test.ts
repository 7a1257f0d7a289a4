import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'reply-path/reply-to-other-organization';

describe('reply-path/reply-to-other-organization', () => {
  it.each([
    ['reply to another org', ['From: <a@example.com>', 'Reply-To: <b@example.net>'], 'hit', {}],
    ['reply to a recipient (cc)', ['From: <a@example.com>', 'Reply-To: <b@example.net>', 'Cc: <b@example.net>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
