/** Shared pieces of the attachment check tests: inline messages and the fixture suite. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import type { AttachmentInfo, MessageInput } from '../../../src/model/message.js';
import type { CheckId } from '../../../src/model/params.js';
import type { Verdict } from '../../../src/model/verdict.js';
import { analyze } from '../../../src/analyze.js';
import { eml, type MailAttachment, type MailSpec } from '../../attachment/builders.js';
import { analyzeFixture, analyzeText, fixtureCases } from '../../helpers.js';

export type Row = readonly [title: string, attachments: readonly MailAttachment[], expected: 'hit' | 'miss'];

/** Analyses an inline message carrying these attachments (recipient taro.yamada@kousya.example). */
export function analyzeAttachments(attachments: readonly MailAttachment[], extra: Partial<MailSpec> = {}): Verdict {
  return analyzeText(eml({ subject: 'Test', attachments, ...extra }));
}

export function findingsOf(v: Verdict, id: CheckId): Finding[] {
  return v.findings.filter((f) => f.checkId === id);
}

/** Attachment-category points of a verdict (after the category cap). */
export function attachmentPoints(v: Verdict): number {
  return Math.min(60, v.findings.filter((f) => f.category === 'attachment').reduce((n, f) => n + f.weight, 0));
}

/** A MessageInput built directly (no MIME), e.g. for hosts that give metadata only. */
export function directInput(attachments: readonly AttachmentInfo[], unavailable?: MessageInput['unavailable']): MessageInput {
  const headers = [
    { name: 'from', value: 'Sender <sender@example.com>' },
    { name: 'to', value: 'Taro Yamada <taro.yamada@kousya.example>' },
    { name: 'subject', value: 'Test' },
  ];
  return unavailable ? { source: 'outlook', headers, attachments, unavailable } : { source: 'outlook', headers, attachments };
}

export function analyzeDirect(attachments: readonly AttachmentInfo[], unavailable?: MessageInput['unavailable']): Verdict {
  return analyze(directInput(attachments, unavailable));
}

/** The lexical table plus the auto-discovered fixtures for one check. */
export function checkSuite(id: CheckId, rows: readonly Row[]): void {
  describe(`${id}: lexical cases`, () => {
    it.each(rows.map((r) => [r[0], r[1], r[2]] as const))('%s', (_title, attachments, expected) => {
      const found = findingsOf(analyzeAttachments(attachments), id);
      if (expected === 'hit') expect(found.length).toBeGreaterThan(0);
      else expect(found).toEqual([]);
    });
  });
  describe(`${id}: fixtures`, () => {
    const cases = fixtureCases(id);
    it('has at least one hit and one miss fixture', () => {
      expect(cases.some((c) => c.expect === 'hit')).toBe(true);
      expect(cases.some((c) => c.expect === 'miss')).toBe(true);
    });
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const found = findingsOf(analyzeFixture(c.rel), id);
      if (c.expect === 'hit') expect(found.length).toBeGreaterThan(0);
      else expect(found).toEqual([]);
    });
  });
}
