import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/dkim-sha1';
const FROM = 'From: "Deals" <news@deals.example>';
const SHA1 = 'DKIM-Signature: v=1; a=rsa-sha1; c=relaxed/relaxed; s=s1; d=relay.deals.example; h=From:Subject; bh=AAAA; b=BBBB';
const SHA256 = 'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; s=k1; d=lists.example.net; h=From:Subject; bh=CCCC; b=DDDD';

describe(ID, () => {
  it('reports a mail whose only signature is RSA-SHA1, naming the signer', () => {
    const v = analyzeText(eml([SHA1, FROM, 'To: user@example.org']));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.params).toEqual({ domains: 'relay.deals.example' });
    expect(f?.weight).toBe(10);
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toMatch(/^The mail's only DKIM signature \(relay\.deals\.example\) uses RSA-SHA1, which the standard \(RFC 8301\) retired in 2018/);
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toMatch(/^このメールの DKIM 署名（relay\.deals\.example）はすべて RSA-SHA1 方式です。/);
  });
  it('names every signer when all signatures are SHA-1, and reads folded tags', () => {
    const folded = 'DKIM-Signature: v=1; a=rsa-\r\n sha1; d=second.example; s=x; bh=A; b=B';
    expect(analyzeText(eml([SHA1, folded, FROM])).findings.find((x) => x.checkId === ID)?.params).toEqual({ domains: 'relay.deals.example, second.example' });
  });
  it.each([
    ['a SHA-256 signature', [SHA256, FROM]],
    ['a SHA-256 signature beside a SHA-1 one (a list re-signed the post)', [SHA1, SHA256, FROM]],
    ['no signature at all', [FROM]],
    ['ed25519', [SHA1.replace('rsa-sha1', 'ed25519-sha256'), FROM]],
    ['an algorithm merely named elsewhere in the signature', [SHA256.replace('h=From', 'z=a=rsa-sha1|From'), FROM]],
  ])('no finding for %s', (_t, headers) => {
    expect(ids(analyzeText(eml(headers as string[])))).not.toContain(ID);
  });
  it('an allow-listed sender is skipped', () => {
    expect(ids(analyzeText(eml([SHA1, FROM]), { allowSenders: ['deals.example'] }))).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
