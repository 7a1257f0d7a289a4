import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/earlier-dmarc-fail';
const FROM = 'From: <offers@deck.offers.example>';
const TOP_PASS = 'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=deck.offers.example; dkim=pass header.d=tnt1.onmicrosoft.com; dmarc=pass header.from=deck.offers.example';
const FIRST_FAIL = 'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=fail smtp.mailfrom=deck.offers.example; dmarc=fail (p=none) action=none header.from=deck.offers.example';

describe(ID, () => {
  it('the first hop found dmarc=fail, the receiving server dmarc=pass: the mail was laundered', () => {
    const v = analyzeText(eml([TOP_PASS, FIRST_FAIL, FROM]));
    expect(ids(v)).toContain(ID);
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ domain: 'deck.offers.example', firstHop: 'mx.microsoft.com', authservId: 'mx.example.org' });
  });
  it.each([
    ['the first hop passed too', [TOP_PASS, FIRST_FAIL.replace('dmarc=fail', 'dmarc=pass'), FROM]],
    ['only a later hop failed (a forwarder broke it; the honest direction)', [TOP_PASS, FIRST_FAIL.replace('i=1', 'i=2'), FROM]],
    ['the failure names another From domain', [TOP_PASS, FIRST_FAIL.replace('header.from=deck.offers.example', 'header.from=other.example'), FROM]],
    ['the receiving server itself says fail: dmarc-fail reports it', [TOP_PASS.replace('dmarc=pass', 'dmarc=fail'), FIRST_FAIL, FROM]],
    ['no ARC at all', [TOP_PASS, FROM]],
  ])('no finding when %s', (_t, headers) => {
    expect(ids(analyzeText(eml(headers as string[])))).not.toContain(ID);
  });
  it('an allow-listed sender is skipped', () => {
    expect(ids(analyzeText(eml([TOP_PASS, FIRST_FAIL, FROM]), { allowSenders: ['deck.offers.example'] }))).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
