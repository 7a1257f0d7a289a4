import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { markedRun, plainLetter, styledRun } from '../../../src/checks/header-anomaly/styled-letters.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

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
  it('reads Latin letters dressed with marks no language composes', () => {
    expect(markedRun('Fa\u0337lha na e\u0337ntre\u0337ga: sua entrega')).toEqual({ text: 'Fa\u0337lha na e\u0337ntre\u0337ga', plain: 'falha na entrega' });
    expect(markedRun('Co\u073fnfi\u073frm yo\u073fur info')).toEqual({ text: 'Co\u073fnfi\u073frm yo\u073fur', plain: 'confirm your' });
    // Accents written decomposed (as macOS does) compose under NFC: ordinary text.
    expect(markedRun('Re\u0301union a\u0300 Zu\u0308rich, cafe\u0301')).toBeNull();
    // Two are not enough; the grapheme joiner and variation selectors are invisible-characters' findings.
    expect(markedRun('Fa\u0337lha e\u0337ntrega')).toBeNull();
    expect(markedRun('Y\u034Fo\u034Fu\u034Fr account')).toBeNull();
  });
  it.each([
    ['a subject with slashed letters', ['From: "Entrega" <noreply@example.net>', 'Subject: Fa\u0337lha na e\u0337ntre\u0337ga: sua e\u0337ntrega e\u0337sta\u0301 pe\u0337ndente'], true],
    ['a French subject written decomposed', ['From: "Anne" <anne@example.fr>', 'Subject: Re\u0301union a\u0300 Ze\u0301ro de\u0301chet'], false],
  ] as const)('%s', (_t, headers, expected) => {
    const v = analyzeText(eml(headers));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected);
    if (expected) {
      expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toContain('件名で「falha na entrega: sua entrega está pendente」が装飾用の Unicode 文字（「Fa̷lha na e̷ntre̷ga: sua e̷ntrega e̷stá pe̷ndente」）で書かれています。');
    }
  });
  fixtureTests(ID, {}, it);
});
