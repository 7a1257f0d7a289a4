import { describe, expect, it } from 'vitest';
import { areConfusable, hasConfusableChar, skeleton } from '../../src/domain/confusables.js';

describe('UTS #39 skeleton', () => {
  it.each([
    ['аmazon', 'amazon'],
    ['AMAZON', 'amazon'],
    ['ａｍａｚｏｎ', 'amazon'],
    ['arnaz0n', 'amazon'],
    ['paypa1', 'paypal'],
    ['аррӏе', 'apple'],
    ['ѕоftbаnk', 'softbank'],
    ['amazön', 'amazon'],
    ['vvells', 'wells'],
    ['メル力リ', 'メルカリ'],
    ['ロ一ソン', 'ローソン'],
    ['aᥴcount', 'account'],
    ['ᑕᒪOᑌᗪ', 'cloud'],
    ['ᏟᎪᏞᏞ', 'call'],
    ['ꓮmazon', 'amazon'],
    ['ꓑayꓑal', 'paypal'],
  ])('%s looks like %s', (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
    expect(areConfusable(a, b)).toBe(a !== b);
  });

  it.each([
    ['amazon', 'amazen'],
    ['メモ書き', 'メモ'],
    ['rakuten', 'rakuden'],
  ])('%s does not look like %s', (a, b) => {
    expect(areConfusable(a, b)).toBe(false);
  });

  it('detects non-ASCII confusable characters only', () => {
    expect(hasConfusableChar('аpple')).toBe(true);
    expect(hasConfusableChar('app1e')).toBe(false);
    expect(hasConfusableChar('メモ書き')).toBe(false);
  });
});
