/**
 * The mission incidents (project brief) and their genuine counterparts, end to end from .eml bytes.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../src/explain/explain.js';
import { LEVELS, type VerdictLevel } from '../src/model/verdict.js';
import { analyzeFixture } from './helpers.js';

const atLeast = (level: VerdictLevel, min: VerdictLevel) => LEVELS.indexOf(level) >= LEVELS.indexOf(min);
const cats = (v: ReturnType<typeof analyzeFixture>) => new Set(v.findings.map((f) => f.category));

describe('mission incidents', () => {
  it('"alpha mail" <info@keimeikai.or.jp> about kousya.jp → brand-impersonation + own-organization, ≥ suspicious', () => {
    const v = analyzeFixture('eml/incidents/keimeikai-alpha-mail.eml');
    expect(cats(v)).toContain('brand-impersonation');
    expect(cats(v)).toContain('own-organization');
    expect(atLeast(v.level, 'suspicious'), v.level).toBe(true);
  });
  it('"Amazon.co.jp" <x-qwertyuio@kankyou-hozen.jp>, all auth passing → brand-impersonation, ≥ suspicious', () => {
    const v = analyzeFixture('eml/incidents/amazon-hijacked-account.eml');
    expect(cats(v)).toContain('brand-impersonation');
    expect(atLeast(v.level, 'suspicious'), v.level).toBe(true);
    const ja = explain(v, { locale: 'ja' }).items.find((i) => i.checkId === 'brand-impersonation/display-name-brand');
    expect(ja?.detail).toContain('表示名は「Amazon.co.jp」ですが、送信元ドメインは kankyou-hozen.jp で、Amazon の正規ドメイン（amazon.co.jp');
  });
  it('"OTSUKAカスタマーサポート" <no-reply@alpha-prm.jp> with dmarc=fail → sender-authentication, dangerous', () => {
    const v = analyzeFixture('eml/incidents/alpha-prm-spoofed.eml');
    expect(cats(v)).toContain('sender-authentication');
    expect(v.level).toBe('dangerous');
    const en = explain(v, { locale: 'en' }).items.find((i) => i.checkId === 'sender-authentication/brand-domain-spoofed');
    expect(en?.detail).toMatch(/claims to be .*Otsuka.* real domain alpha-prm\.jp.*not sent by/i);
  });
  it.each(['eml/incidents/genuine-amazon.eml', 'eml/incidents/genuine-alpha-mail.eml'])('genuine counterpart %s → safe', (f) => {
    const v = analyzeFixture(f);
    expect(v.level, JSON.stringify(v.findings.map((x) => x.checkId))).toBe('safe');
  });
});
