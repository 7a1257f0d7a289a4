import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/brand-domain-spoofed';

describe('sender-authentication/brand-domain-spoofed', () => {
  it.each([
    ['brand domain with dmarc=fail', ['Authentication-Results: mx.example.org; dmarc=fail header.from=alpha-prm.jp', 'From: <no-reply@alpha-prm.jp>'], 'hit', {}],
    ['brand domain with dmarc=pass', ['Authentication-Results: mx.example.org; dmarc=pass header.from=alpha-prm.jp', 'From: <no-reply@alpha-prm.jp>'], 'miss', {}],
    ['non-brand domain with dmarc=fail', ['Authentication-Results: mx.example.org; dmarc=fail header.from=example.com', 'From: <a@example.com>'], 'miss', {}],
    ['RFC 8601 §5: untrusted authserv-id is not believed', ['Authentication-Results: evil.example; dmarc=fail header.from=alpha-prm.jp', 'From: <no-reply@alpha-prm.jp>'], 'miss', { trustedAuthservIds: ['mx.example.org'] }],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
