import { describe, expect, it } from 'vitest';
import { findForwardedBlock, looksForwarded, shownSender } from '../../src/forward/forwarded-block.js';

describe('forward blocks', () => {
  it.each([
    ['Outlook (en)', 'Hi\r\n\r\nFrom: Shop <news@shop.example>\r\nSent: Sunday\r\nTo: taro@kousya.example\r\nSubject: Sale\r\n\r\nBody'],
    ['Outlook (pt)', '____\nDe: Shop <news@shop.example>\nEnviado: domingo\nPara: taro@kousya.example\nAssunto: Sale\n\nBody'],
    ['Outlook (ja)', '差出人: Shop <news@shop.example>\n送信日時: 2026年11月22日\n宛先: taro@kousya.example\n件名: Sale\n\nBody'],
    ['Gmail', '---------- Forwarded message ---------\nFrom: Shop <news@shop.example>\nDate: Sun\nSubject: Sale\nTo: <taro@kousya.example>\n\nBody'],
    ['Thunderbird (subject first)', '-------- Forwarded Message --------\nSubject: Sale\nDate: Sun\nFrom: Shop <news@shop.example>\nTo: taro@kousya.example\n\nBody'],
    ['bold labels from HTML', '*From:* Shop <news@shop.example>\n*Sent:* Sunday\n*Subject:* Sale\n\nBody'],
  ])('%s', (_t, text) => {
    const b = findForwardedBlock(text);
    expect(b?.from).toBe('Shop <news@shop.example>');
    expect(b?.subject).toBe('Sale');
    expect(text.slice(b?.bodyStart ?? 0).trim()).toBe('Body');
  });
  it('needs From and Subject among three labelled lines', () => {
    expect(findForwardedBlock('From: a@b.example\nTo: c@d.example\n\nBody')).toBeNull();
    expect(findForwardedBlock('Note: x\nA: y\nB: z')).toBeNull();
  });
  it('a forward is told by the subject prefix or the separator, not by a reply quote', () => {
    expect(looksForwarded('FW: x', '')).toBe(true);
    expect(looksForwarded('転送: x', '')).toBe(true);
    expect(looksForwarded('RE: Fwd: x', '')).toBe(true);
    expect(looksForwarded('hello', '---------- Forwarded message ---------')).toBe(true);
    expect(looksForwarded('RE: x', '-----Original Message-----')).toBe(false);
    expect(looksForwarded('Information', '')).toBe(false);
  });
  it('shows the on-behalf-of mailbox and reads Outlook mailto brackets', () => {
    expect(shownSender('bounces+1@esp.example <bounces+1@esp.example> em nome de Shop <news@shop.example>')).toBe('Shop <news@shop.example>');
    expect(shownSender('Taro Yamada [mailto:taro@kousya.example]')).toBe('Taro Yamada <taro@kousya.example>');
    expect(shownSender('list-admin@lists.example [mailto:list-admin@lists.example]On Behalf Of Carey')).toBe('Carey');
  });
  it('is linear on hostile text', () => {
    const t0 = performance.now();
    findForwardedBlock('From: x\n'.repeat(50_000) + 'a:'.repeat(100_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('forward blocks, properties', () => {
  it('never throw and always point inside the text, for any text', async () => {
    const fc = (await import('fast-check')).default;
    const { htmlToVisibleLines } = await import('../../src/text/visible-text.js');
    const line = fc.oneof(fc.constantFrom('From: A <a@b.example>', 'Subject: s', 'Sent: x', '差出人： x', '*To:* y', '', '-- Forwarded message --'), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.string({ maxLength: 20 }), (lines, subject) => {
        const text = lines.join('\n');
        looksForwarded(subject, text);
        const b = findForwardedBlock(text);
        if (b) expect(b.bodyStart).toBeLessThanOrEqual(text.length);
        expect(typeof htmlToVisibleLines(text.replace(/\n/g, '<br>'))).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});
