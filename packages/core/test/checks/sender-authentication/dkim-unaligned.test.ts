import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/dkim-unaligned';

describe('sender-authentication/dkim-unaligned', () => {
  it.each([
    ['signed only by another domain', ['Authentication-Results: mx.example.org; spf=none; dkim=pass header.d=esp.example.net', 'From: <a@example.com>'], 'hit', {}],
    ['aligned signature', ['Authentication-Results: mx.example.org; dkim=pass header.d=mail.example.com', 'From: <a@example.com>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
