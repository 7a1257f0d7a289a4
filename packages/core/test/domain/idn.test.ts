import { describe, expect, it } from 'vitest';
import { assessIdn, decodePunycode, hostToUnicode, restrictionLevel, scriptsOf } from '../../src/domain/idn.js';

describe('RFC 3492 Punycode decoder', () => {
  it.each([
    // RFC 3492 §7.1 sample strings (B) Chinese (simplified), (J) Japanese, (L) 3年B組金八先生, (Q) パフィーdeルンバ
    ['ihqwcrb4cv8a8dqg056pqjye', '他们为什么不说中文'],
    ['n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa', 'なぜみんな日本語を話してくれないのか'],
    ['3B-ww4c5e180e575a65lsy2b', '3年B組金八先生'],
    ['de-jg4avhby1noc0d', 'パフィーdeルンバ'],
    ['w8jxqd8946c', 'メモ書き'],
    ['mazon-3ve', 'аmazon'],
  ])('%s → %s', (input, output) => {
    expect(decodePunycode(input)).toBe(output);
  });

  it.each(['!!!', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz9', 'a'.repeat(300)])('rejects %s', (bad) => {
    expect(decodePunycode(bad)).toBeNull();
  });

  it('converts hosts label by label and leaves bad labels alone', () => {
    expect(hostToUnicode('www.xn--w8jxqd8946c.jp')).toBe('www.メモ書き.jp');
    expect(hostToUnicode('xn--!!.example')).toBe('xn--!!.example');
    expect(hostToUnicode('example.com')).toBe('example.com');
  });
});

describe('UTS #39 restriction levels', () => {
  it.each([
    ['example', 'ascii'],
    ['пример', 'single-script'],
    ['メモ書き', 'highly-restrictive'],
    ['otsukaカスタマー', 'highly-restrictive'],
    ['ラーメン', 'single-script'],
    ['аpple', 'minimally-restrictive'],
    ['shop-ไทย', 'moderately-restrictive'],
    ['αbc', 'minimally-restrictive'],
  ])('%s → %s', (label, level) => {
    expect(restrictionLevel(label)).toBe(level);
  });

  it('ignores Common and Inherited characters (ー, digits, hyphens)', () => {
    expect(scriptsOf('カー-123')).toEqual(['Katakana']);
  });
});

describe('assessIdn', () => {
  it('Japanese IDNs are not confusable', () => {
    expect(assessIdn('xn--w8jxqd8946c.jp')).toEqual({ unicodeHost: 'メモ書き.jp', level: 'highly-restrictive', wholeScriptConfusable: false });
  });
  it('an all-Cyrillic label that reads as Latin, outside Cyrillic TLDs', () => {
    expect(assessIdn('xn--80ak6aa92e.com')).toMatchObject({ unicodeHost: 'аррӏе.com', wholeScriptConfusable: true });
  });
  it('genuine Cyrillic under .рф is fine', () => {
    expect(assessIdn(new URL('http://пример.рф/').hostname)?.wholeScriptConfusable).toBe(false);
  });
  it('plain ASCII hosts give null', () => {
    expect(assessIdn('example.com')).toBeNull();
  });
});
