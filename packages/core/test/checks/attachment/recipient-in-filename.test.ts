import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { explain } from '../../../src/explain/explain.js';
import { pdf } from '../../attachment/builders.js';
import { analyzeAttachments, checkSuite, directInput, findingsOf } from './support.js';

const ID = 'attachment/recipient-in-filename';
const PAGE = '<html><body>x</body></html>';

// recipient of the inline messages: taro.yamada@kousya.example
checkSuite(ID, [
  ['full address', [{ filename: 'Payment_taro.yamada@kousya.example.html', contentType: 'text/html', data: PAGE }], 'hit'],
  ['address in upper case', [{ filename: 'TARO.YAMADA@KOUSYA.EXAMPLE.pdf', contentType: 'application/pdf', data: pdf() }], 'hit'],
  ['mailbox name as a word', [{ filename: 'invoice_taro.yamada_1123.pdf', contentType: 'application/pdf', data: pdf() }], 'hit'],
  ['organisation name next to Japanese text', [{ filename: 'KOUSYA請求書.pdf', contentType: 'application/pdf', data: pdf() }], 'hit'],
  ['full-width organisation name', [{ filename: 'ＫＯＵＳＹＡ_見積書.pdf', contentType: 'application/pdf', data: pdf() }], 'hit'],
  ['unrelated invoice', [{ filename: 'INV-2026-1123.pdf', contentType: 'application/pdf', data: pdf() }], 'miss'],
  ['organisation name glued inside a longer word', [{ filename: 'kousyaku_plan.pdf', contentType: 'application/pdf', data: pdf() }], 'miss'],
]);

describe(ID, () => {
  it('weights: address 20 (caution), mailbox 10, organisation 8 (below caution alone)', () => {
    const f = (name: string) => findingsOf(analyzeAttachments([{ filename: name, contentType: 'application/pdf', data: pdf() }]), ID)[0];
    expect(f('taro.yamada@kousya.example.pdf')).toMatchObject({ weight: 20, params: { what: 'address', token: 'taro.yamada@kousya.example' } });
    expect(f('taro.yamada.pdf')).toMatchObject({ weight: 10, params: { what: 'local-part' } });
    expect(f('kousya.pdf')).toMatchObject({ weight: 8, params: { what: 'organization', token: 'kousya' } });
  });
  it('one finding per message, the strongest', () => {
    const v = analyzeAttachments([
      { filename: 'kousya.pdf', contentType: 'application/pdf', data: pdf() },
      { filename: 'taro.yamada@kousya.example.html', contentType: 'text/html', data: PAGE },
    ]);
    expect(findingsOf(v, ID)).toHaveLength(1);
    expect((findingsOf(v, ID)[0]?.params as { what?: string } | undefined)?.what).toBe('address');
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toBe(
      '添付ファイル名「taro.yamada@kousya.example.html」にあなたのメールアドレス（taro.yamada@kousya.example）が含まれており、あなた宛ての書類に見せかけている可能性があります。',
    );
  });
  it('generic mailbox names are ignored', () => {
    const v = analyze(directInput([{ filename: 'info_report.pdf', contentType: 'application/pdf', size: 1 }]), { recipient: { address: 'info@kousya.example' } });
    expect(findingsOf(v, ID)).toEqual([]);
  });
  it('attached messages are named after their subject by the parser: not compared', () => {
    const v = analyze(directInput([{ filename: 'taro.yamada.eml', contentType: 'message/rfc822', size: 1, nested: [] }]));
    expect(findingsOf(v, ID)).toEqual([]);
  });
  it('no recipient known: nothing to compare', () => {
    const input = { ...directInput([{ filename: 'taro@kousya.example.pdf', contentType: 'application/pdf', size: 1 }]), headers: [] };
    expect(findingsOf(analyze(input), ID)).toEqual([]);
  });
});
