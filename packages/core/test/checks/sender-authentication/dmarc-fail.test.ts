import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/dmarc-fail';

describe('sender-authentication/dmarc-fail', () => {
  it.each([
    ['dmarc=fail', ['Authentication-Results: mx.example.org; dmarc=fail header.from=example.com', 'From: <a@example.com>'], 'hit', {}],
    ['dmarc=pass', ['Authentication-Results: mx.example.org; dmarc=pass header.from=example.com', 'From: <a@example.com>'], 'miss', {}],
    // Forwarded mail whose receiving server overrode the failure with ARC (RFC 8617 §7.2.1).
    ['Gmail: the failure overridden by ARC (dis=NONE under p=REJECT, arc=pass)', ['Authentication-Results: mx.google.com; arc=pass (i=1 spf=pass spfdomain=example.com dmarc=pass fromdomain=example.com); spf=neutral smtp.mailfrom=fwd@forwarder.example; dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=example.com', 'From: <a@example.com>'], 'miss', {}],
    // Microsoft's "ARC overrode DMARC" is not believed: phishing carries it (see arcOverride).
    ['Microsoft: compauth=pass reason=130 still counts as a failure', ['Authentication-Results: spf=pass smtp.mailfrom=relay.example; dkim=fail header.d=example.com; dmarc=fail action=quarantine header.from=example.com; compauth=pass reason=130', 'From: <a@example.com>'], 'hit', {}],
    // …and its twins: the receiver applied the policy, or ARC did not pass, or the policy was none anyway.
    ['Gmail: the policy applied (dis=QUARANTINE)', ['Authentication-Results: mx.google.com; arc=pass (i=1); dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=example.com', 'From: <a@example.com>'], 'hit', {}],
    ['Gmail: dis=NONE but ARC failed', ['Authentication-Results: mx.google.com; arc=fail (signature failed); dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=example.com', 'From: <a@example.com>'], 'hit', {}],
    ['Gmail: the chain’s first hop did not pass DMARC', ['Authentication-Results: mx.google.com; arc=pass (i=1 spf=fail spfdomain=example.com dmarc=fail fromdomain=example.com); dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=example.com', 'From: <a@example.com>'], 'hit', {}],
    ['Gmail: the chain passed DMARC for another domain', ['Authentication-Results: mx.google.com; arc=pass (i=1 dmarc=pass fromdomain=other.example); dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=example.com', 'From: <a@example.com>'], 'hit', {}],
    ['Gmail: dis=NONE under p=NONE is no override', ['Authentication-Results: mx.google.com; arc=pass (i=1 dmarc=pass fromdomain=example.com); dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=example.com', 'From: <a@example.com>'], 'hit', {}],
    ['dmarc=fail below the topmost A-R is ignored', ['Authentication-Results: mx.example.org; dmarc=pass header.from=example.com', 'Authentication-Results: mx.example.org; dmarc=fail header.from=example.com', 'From: <a@example.com>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
