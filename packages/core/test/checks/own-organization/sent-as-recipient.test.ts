import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'own-organization/sent-as-recipient';

describe('own-organization/sent-as-recipient', () => {
  it.each([
    ['From equals To, nothing authenticated', ['From: <taro@example.com>', 'To: <taro@example.com>', 'Subject: I hacked your mailbox'], 'hit', {}],
    ['From equals To, dmarc=fail', ['Authentication-Results: mx.example.com; dmarc=fail header.from=example.com', 'From: <taro@example.com>', 'To: <taro@example.com>'], 'hit', {}],
    ['a note to self that passes DMARC', ['Authentication-Results: mx.example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com', 'From: <taro@example.com>', 'To: <taro@example.com>'], 'miss', {}],
    ['ordinary mail', ['From: <hanako@example.net>', 'To: <taro@example.com>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
