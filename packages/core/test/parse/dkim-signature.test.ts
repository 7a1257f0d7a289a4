import { describe, expect, it } from 'vitest';
import { dkimTag } from '../../src/parse/dkim-signature.js';

describe('dkimTag', () => {
  it.each([
    ['v=1; a=rsa-sha256; d=example.com; s=k1', 'a', 'rsa-sha256'],
    ['v=1; a=rsa-sha256; d=example.com; s=k1', 'd', 'example.com'],
    ['v=1; a=rsa-\r\n sha1; d=mail.\r\n example.org', 'a', 'rsa-sha1'],
    ['v=1; a=rsa-\r\n sha1; d=mail.\r\n example.org', 'd', 'mail.example.org'],
    ["d=legitimate.com'a.attack.com; s=x", 'd', "legitimate.com'a.attack.com"],
    ['v=1; bh=AAAA; b=BBBB', 'a', null],
    ['v=1; bh=abcd=; s=x', 'd', null],
  ] as const)('%j, %s → %j', (value, tag, want) => {
    expect(dkimTag(value, tag)).toBe(want);
  });
});
