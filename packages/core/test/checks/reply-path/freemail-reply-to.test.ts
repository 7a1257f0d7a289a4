import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'reply-path/freemail-reply-to';

describe('reply-path/freemail-reply-to', () => {
  it.each([
    ['corporate From, freemail Reply-To', ['From: <billing@example.com>', 'Reply-To: <billing.desk@outlook.com>'], 'hit', {}],
    ['both freemail', ['From: <a@gmail.com>', 'Reply-To: <b@outlook.com>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
