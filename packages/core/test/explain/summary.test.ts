/**
 * The one-line summary: it says when signs of several kinds agreeing lifted the level, so a
 * verdict that the weights alone would not reach is never given without its reason; and a safe
 * verdict that still lists findings does not open with "nothing suggests…".
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/index.js';
import type { Finding } from '../../src/model/finding.js';
import type { Verdict } from '../../src/model/verdict.js';
import { aggregate } from '../../src/score/aggregate.js';

const f = (checkId: string, weight: number): Finding =>
  ({ checkId, category: checkId.split('/')[0], severity: 'warn', weight, params: {}, evidence: [] }) as unknown as Finding;

function verdict(findings: Finding[]): Verdict {
  const { score, level } = aggregate(findings);
  return { schemaVersion: 1, level, score, findings, skipped: [] };
}

describe('corroboration in the summary', () => {
  const three = verdict([f('sender-authentication/microsoft-verdict', 12), f('social-engineering/money-lure', 10), f('url-redirect/shortened-link', 10)]);
  const two = verdict([f('sender-authentication/microsoft-verdict', 12), f('social-engineering/money-lure', 10), f('url-obfuscation/suspicious-tld', 4)]);

  it('three kinds: the score gains 5 and both languages say so', () => {
    expect(three.score).toBe(37);
    expect(three.level).toBe('suspicious');
    const en = explain(three, { locale: 'en' }).summary;
    expect(en).toMatch(/Check before you click or reply\. Signs of 3 different kinds point the same way, which adds 5 points\.$/);
    const ja = explain(three, { locale: 'ja' }).summary;
    expect(ja).toMatch(/確認してください。種類の異なる 3 つの兆候が重なっているため、5 点を加えています。$/);
  });

  it('where the level would be the same without them, the points are added but not told', () => {
    const strong = verdict([f('sender-authentication/dmarc-fail', 40), f('social-engineering/money-lure', 10), f('url-redirect/shortened-link', 10)]);
    expect(strong.score).toBe(65);
    expect(explain(strong, { locale: 'en' }).summary).toContain('point the same way');
    const stronger = verdict([f('sender-authentication/dmarc-fail', 45), f('social-engineering/money-lure', 10), f('url-redirect/shortened-link', 10)]);
    expect(stronger.score).toBe(70);
    expect(stronger.level).toBe('dangerous');
    expect(explain(stronger, { locale: 'en' }).summary).not.toContain('point the same way');
    expect(explain(stronger, { locale: 'ja' }).summary).not.toContain('兆候が重なって');
  });

  it('two kinds that each reach caution on their own: the score gains 5 and both languages say so', () => {
    const strongTwo = verdict([f('sender-authentication/microsoft-verdict', 12), f('url-redirect/shortened-link', 20)]);
    expect(strongTwo.score).toBe(37);
    expect(strongTwo.level).toBe('suspicious');
    expect(explain(strongTwo, { locale: 'en' }).summary).toMatch(/Signs of 2 different kinds point the same way, which adds 5 points\.$/);
    expect(explain(strongTwo, { locale: 'ja' }).summary).toMatch(/種類の異なる 2 つの兆候が重なっているため、5 点を加えています。$/);
  });

  it('two kinds (the third below 5 points): no sentence, no points', () => {
    expect(two.score).toBe(26);
    expect(explain(two, { locale: 'en' }).summary).not.toContain('point the same way');
    expect(explain(two, { locale: 'ja' }).summary).not.toContain('兆候が重なって');
  });
});

describe('a safe verdict with minor findings', () => {
  it('says they are too weak for a warning instead of "nothing suggests"', () => {
    const minor = verdict([f('url-obfuscation/non-standard-port', 6)]);
    expect(minor.level).toBe('safe');
    expect(explain(minor, { locale: 'en' }).summary).toBe('Nothing here is strong enough for a warning; the minor points below are worth a glance.');
    expect(explain(minor, { locale: 'ja' }).summary).toBe('警告するほどの点はありませんが、下に挙げた小さな点は確認しておくと安心です。');
    const none = verdict([]);
    expect(explain(none, { locale: 'en' }).summary).toBe('Nothing suggests this mail lies about its sender or its links.');
    expect(explain(none, { locale: 'ja' }).summary).toBe('送信元やリンクを偽っている形跡は見つかりませんでした。');
  });
});

describe('a caution verdict’s summary does not reassure', () => {
  it('asks for a look before the mail is trusted, in both languages, never “mostly fine”', () => {
    const v = verdict([f('sender-authentication/microsoft-verdict', 15)]);
    expect(v.level).toBe('caution');
    const en = explain(v, { locale: 'en' }).summary;
    const ja = explain(v, { locale: 'ja' }).summary;
    expect(en).toMatch(/^Before you trust this mail, one thing deserves a look: /);
    expect(ja).toMatch(/^このメールを信用する前に、確認したい点があります：/);
    expect(en).not.toMatch(/mostly fine/i);
    expect(ja).not.toContain('問題ありません');
  });
});
