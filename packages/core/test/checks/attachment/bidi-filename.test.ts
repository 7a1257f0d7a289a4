import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { pdf, pe, zip } from '../../attachment/builders.js';
import { analyzeAttachments, checkSuite, findingsOf } from './support.js';

const ID = 'attachment/bidi-filename';

checkSuite(ID, [
  ['U+202E RLO: invoice‮fdp.exe', [{ filename: 'invoice\u202Efdp.exe', contentType: 'application/octet-stream', data: pe() }], 'hit'],
  ['U+202E with Japanese', [{ filename: '請求書\u202Excod.scr', contentType: 'application/octet-stream', data: pe() }], 'hit'],
  ['U+2067 RLI', [{ filename: 'a\u2067b.pdf', contentType: 'application/pdf', data: pdf() }], 'hit'],
  ['inside a ZIP listing', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'photo\u202Egpj.js', data: 'x', utf8Flag: true }]) }], 'hit'],
  ['Hebrew name with RLM (implicit mark)', [{ filename: '\u05D3\u05D5\u05D7\u200F.pdf', contentType: 'application/pdf', data: pdf() }], 'miss'],
  ['Arabic name', [{ filename: '\u062A\u0642\u0631\u064A\u0631.pdf', contentType: 'application/pdf', data: pdf() }], 'miss'],
  ['Japanese name', [{ filename: '議事録.pdf', contentType: 'application/pdf', data: pdf() }], 'miss'],
]);

describe(ID, () => {
  it('UAX #9: shows how the name is displayed and the real extension', () => {
    const v = analyzeAttachments([{ filename: 'invoice\u202Efdp.exe', contentType: 'application/octet-stream', data: pe() }]);
    expect(findingsOf(v, ID)[0]?.params).toEqual({ name: 'invoice⟨U+202E⟩fdp.exe', shownAs: 'invoiceexe.pdf', real: 'exe', controls: 'U+202E' });
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toBe(
      '添付ファイル名「invoice⟨U+202E⟩fdp.exe」には文字の向きを変える制御文字（U+202E）が含まれており、画面上は「invoiceexe.pdf」と表示されますが、本当の拡張子は .exe です。',
    );
    expect(v.level).toBe('suspicious');
  });
});
