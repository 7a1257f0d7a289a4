import { describe, expect, it } from 'vitest';
import { suspiciousSuffix } from '../../src/domain/suspicious-tld.js';

describe('suspiciousSuffix', () => {
  it.each([
    ['xyz', 'xyz'],
    ['eu.com', 'eu.com'],
    ['it.com', 'it.com'],
    ['co.ua', 'co.ua'],
    ['com', null],
    ['co.jp', null],
    ['in.ua', null],
  ] as const)('%s → %s', (suffix, expected) => {
    expect(suspiciousSuffix(suffix)).toBe(expected);
  });
});
