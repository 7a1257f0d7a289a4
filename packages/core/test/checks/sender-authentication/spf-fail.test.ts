import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/index.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/spf-fail';

describe('sender-authentication/spf-fail', () => {
  it.each([
    ['spf=fail without dmarc', ['Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=example.com', 'From: <a@example.com>'], 'hit', {}],
    ['spf=softfail', ['Authentication-Results: mx.example.org; spf=softfail smtp.mailfrom=example.com', 'From: <a@example.com>'], 'hit', {}],
    ['spf=fail but DMARC spoke', ['Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=example.com; dmarc=pass header.from=example.com', 'From: <a@example.com>'], 'miss', {}],
    [
      'Microsoft 365 header without authserv-id',
      ['Authentication-Results: spf=fail (sender IP is 192.0.2.7) smtp.mailfrom=example.com; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=example.com', 'From: <a@example.com>'],
      'hit',
      {},
    ],
    [
      'compauth=fail already says it (no double count)',
      ['Authentication-Results: spf=fail (sender IP is 192.0.2.7) smtp.mailfrom=example.com; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=example.com;compauth=fail reason=001', 'From: <a@example.com>'],
      'miss',
      {},
    ],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  it('names the receiving server only when the header gives its id', () => {
    const ms = analyzeText(eml(['Authentication-Results: spf=fail (sender IP is 192.0.2.7) smtp.mailfrom=example.com; dmarc=none action=none header.from=example.com', 'From: <a@example.com>']));
    const detail = (v: typeof ms, locale: 'en' | 'ja') => explain(v, { locale }).items.find((i) => i.checkId === ID)?.detail;
    expect(detail(ms, 'en')).toBe("The receiving server reports spf=fail for example.com: the server that delivered it is not on the domain's list of senders.");
    expect(detail(ms, 'ja')).toBe('受信サーバーは example.com について spf=fail と判定しています。配送したサーバーはこのドメインの送信元として登録されていません。');
    const named = analyzeText(eml(['Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=example.com', 'From: <a@example.com>']));
    expect(detail(named, 'en')).toMatch(/^The receiving server \(mx\.example\.org\) reports/);
    expect(detail(named, 'ja')).toMatch(/^受信サーバー（mx\.example\.org）は/);
  });
  fixtureTests(ID, {}, it);
});
