import { describe, expect, it } from 'vitest';
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
