import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/malformed-header';

describe('header-anomaly/malformed-header', () => {
  it.each([
    ['espoofer A9: leading space before the first header', [' From: <first@attack.example>', 'From: <admin@legitimate.example>'], 'hit', {}],
    ['NUL byte', ['From: <a@example.com>', 'DKIM-Signature: v=1; d=example.com; s=sel.\u0000.any'], 'hit', {}],
    ['clean', ['From: <a@example.com>', 'Subject: ok'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  it.each([
    ['espoofer A9: a From line indented as if folded', [' From: <first@attack.example>', 'From: <admin@legitimate.example>', 'Subject: hi']],
    ['espoofer A11: "From" folded onto its value', ['From', ' : <first@attack.example>', 'From: <admin@legitimate.example>', 'Subject: hi']],
    ['espoofer A12: the hidden From next to a Sender', ['From', ' : <first@attack.example>', 'Sender: <admin@legitimate.example>', 'Subject: hi']],
  ] as const)('a From hidden in a broken line weighs like two From headers (40): %s', (_title, headers) => {
    const v = analyzeText(eml([...headers]));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.params).toMatchObject({ kind: 'hidden-from', line: expect.stringContaining('<first@attack.example>') });
    expect(f?.weight).toBe(40);
    expect(['suspicious', 'dangerous']).toContain(v.level);
    const en = explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail;
    expect(en).toMatch(/^A second sender is hidden in a broken header line: "From ?: <first@attack\.example>"/);
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toMatch(/^壊れたヘッダー行の中に、もう一つの差出人が隠されています/);
  });
  it('a NUL byte (espoofer A3: a DKIM selector cut short) is suspicious alone', () => {
    const v = analyzeText(eml(['From: <a@example.com>', 'DKIM-Signature: v=1; d=example.com; s=sel._domainkey.attack.example.\u0000.any', 'Subject: hi']));
    expect(v.findings.find((x) => x.checkId === ID)).toMatchObject({ weight: 35, params: { kind: 'nul' } });
    expect(v.level).toBe('suspicious');
  });
  it("a DKIM signer with a quote in it (espoofer A4: d=legitimate.com'a.attack.com) is suspicious alone", () => {
    const v = analyzeText(eml(['From: <admin@legitimate.example>', "DKIM-Signature: v=1; a=rsa-sha256; d=legitimate.example'a.attack.example; s=selector; h=from; bh=x; b=y", 'Subject: hi']));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f).toMatchObject({ weight: 35, params: { kind: 'dkim-tag', line: "DKIM-Signature: d=legitimate.example'a.attack.example" } });
    expect(v.level).toBe('suspicious');
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toContain('characters no domain name has');
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toContain('DKIM 署名');
  });
  it.each([
    ['an ordinary signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=mail.example.com; s=s1_2026-11; h=from:to; bh=abc=; b=def='],
    ['folded tags with spaces around "="', 'v=1; d = example.com ;\r\n s = sel ; b=xyz'],
    ['an i= with an @ (not d= or s=)', 'v=1; d=example.com; s=sel; i=user@example.com; b=xyz'],
  ])('no finding for %s', (_title, value) => {
    const v = analyzeText(eml(['From: <a@example.com>', `DKIM-Signature: ${value}`, 'Subject: hi']));
    expect(ids(v)).not.toContain(ID);
  });
  it('other broken lines stay a caution, their kind in words', () => {
    const v = analyzeText(eml(['From: <a@example.com>', 'this line has no colon', 'Subject: hi']));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.params).toMatchObject({ kind: 'malformed-line' });
    expect(f?.weight).toBe(20);
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toContain('(a line that is neither a header nor its continuation)');
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toContain('（ヘッダーでも継続行でもない行）');
  });
  it('a "From" word that is not a field (an mbox separator) is not a hidden sender', () => {
    const v = analyzeText(eml(['From sender@example.org Mon Nov 23 09:00:00 2026', 'From: <a@example.com>', 'Subject: hi']));
    expect(v.findings.find((x) => x.checkId === ID)?.params).not.toMatchObject({ kind: 'hidden-from' });
  });
  fixtureTests(ID, {}, it);
});
