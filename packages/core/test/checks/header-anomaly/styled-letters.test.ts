import { describe, expect, it } from 'vitest';
import { plainLetter, styledRun } from '../../../src/checks/header-anomaly/styled-letters.js';
import { fixtureTests } from '../../helpers.js';

const ID = 'header-anomaly/styled-letters';

describe(ID, () => {
  it.each([
    ['𝐀', 'a'],
    ['𝙯', 'z'],
    ['𝟕', '7'],
    ['ᴘ', 'p'],
    ['ʀ', 'r'],
    ['Ⓦ', 'w'],
    ['🅿', 'p'],
    ['🄰', 'a'],
    ['Ａ', null],
    ['a', null],
    ['あ', null],
    ['🇯', null],
  ] as const)('%s → %s', (ch, expected) => {
    expect(plainLetter(ch)).toBe(expected);
  });
  it('needs three styled letters in a row and reads them', () => {
    expect(styledRun('Hi 𝗦𝗶𝗲 𝗵𝗮𝗯𝗲𝗻 gewonnen')).toEqual({ text: '𝗦𝗶𝗲 𝗵𝗮𝗯𝗲𝗻', plain: 'sie haben' });
    expect(styledRun('Info ⓘ and 𝐀𝐁 only')).toBeNull();
    expect(styledRun('ＡＢＣ商事')).toBeNull();
    expect(styledRun('手順①②③④')).toBeNull();
    expect(styledRun('𝟏𝟐𝟑')).toBeNull();
  });
  fixtureTests(ID, {}, it);
});
