import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/microsoft-verdict';

describe('sender-authentication/microsoft-verdict', () => {
  it.each([
    ['CAT:SPOOF', ['X-Forefront-Antispam-Report: SFV:SPM;CAT:SPOOF;', 'From: <a@example.com>'], 'hit', {}],
    ['SFTY:9.19 own-domain impersonation tip', ['X-Forefront-Antispam-Report: SFV:NSPM;CAT:NONE;SFTY:9.19;', 'From: <a@example.com>'], 'hit', {}],
    ['clean', ['X-Forefront-Antispam-Report: SFV:NSPM;CAT:NONE;', 'From: <a@example.com>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});

describe('microsoft-verdict: the spam confidence level', () => {
  const found = (headers: string[]) => analyzeText(eml([...headers, 'From: <a@example.com>', 'Subject: hi'])).findings.filter((f) => f.checkId === ID);
  it.each([
    ['X-MS-Exchange-Organization-SCL: 9', 15, 'SCL:9'],
    ['X-MS-Exchange-Organization-SCL: 7', 15, 'SCL:7'],
    ['X-MS-Exchange-Organization-SCL: 5', 12, 'SCL:5'],
    ['X-Forefront-Antispam-Report: CIP:192.0.2.1;CTRY:;SCL:6;', 12, 'SCL:6'],
    ['X-Forefront-Antispam-Report: SCL:9;SFV:SKS;', 15, 'SCL:9'],
  ])('%s → spam, %i', (header, weight, code) => {
    const f = found([header]);
    expect(f.map((x) => [x.weight, x.params])).toEqual([[weight, { code, kind: 'spam' }]]);
  });
  it.each(['X-MS-Exchange-Organization-SCL: -1', 'X-MS-Exchange-Organization-SCL: 1', 'X-MS-Exchange-Organization-SCL: high', 'X-Forefront-Antispam-Report: SCL:6;SFV:NSPM;'])('%s: nothing (never read as a pass either)', (header) => {
    expect(found([header])).toEqual([]);
  });
  it('a category or SFV:SPM speaks instead of the SCL (one finding, not two)', () => {
    expect(found(['X-Forefront-Antispam-Report: SCL:9;SFV:SPM;CAT:PHSH;']).map((f) => f.params)).toEqual([{ code: 'CAT:PHSH', kind: 'phish' }]);
    expect(found(['X-Forefront-Antispam-Report: SCL:9;SFV:SPM;', 'X-MS-Exchange-Organization-SCL: 9']).map((f) => f.params)).toEqual([{ code: 'SFV:SPM', kind: 'spam' }]);
  });
});

describe('microsoft-verdict: the SCL in words', () => {
  it('says what the number means, in both languages', () => {
    const v = analyzeText(eml(['X-MS-Exchange-Organization-SCL: 9', 'From: <a@example.com>', 'Subject: hi']));
    const detail = (locale: 'en' | 'ja') => explain(v, { locale }).items.find((i) => i.checkId === ID)?.detail;
    expect(detail('en')).toBe("Microsoft 365's filter rated this mail as spam: spam confidence level 9 on its scale of 0 to 9 (SCL:9).");
    expect(detail('ja')).toBe('Microsoft 365 のフィルターはこのメールを迷惑メールと評価しています。迷惑メール信頼度は 0〜9 のうち 9 です（SCL:9）。');
  });
});
