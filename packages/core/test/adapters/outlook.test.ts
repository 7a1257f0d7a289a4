/**
 * fromOutlookItem: what an Outlook task pane reads (Mailbox 1.8) → MessageInput.
 * Parity (house style 3.8/3.10): the same message given as `.eml` bytes and as Outlook's header
 * string must produce the same header findings; given with the body and attachments too, the
 * same verdict.
 */
import { describe, expect, it } from 'vitest';
import { fromOutlookItem, type OutlookAttachmentData } from '../../src/adapters/outlook.js';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { analyze } from '../../src/analyze.js';
import { checks } from '../../src/checks/info.js';
import type { AttachmentInfo } from '../../src/model/message.js';
import type { Verdict } from '../../src/model/verdict.js';
import { allFixtures, fixtureBytes, headerString } from '../helpers.js';

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const headerOnlyIds = new Set(
  checks.filter((c) => !c.needs.some((n) => n === 'body' || n === 'attachments' || n === 'attachment-bytes')).map((c) => c.id),
);

const shape = (v: Verdict) => v.findings.map((f) => ({ checkId: f.checkId, weight: f.weight, params: f.params, evidence: f.evidence }));

describe('fromOutlookItem', () => {
  it('parses the header string with the same header-block parser as .eml input', () => {
    const input = fromOutlookItem({
      internetHeaders: 'Received: from a.example\r\n\tby b.example\r\nFrom: "Alice" <alice@example.com>\r\nSubject: =?UTF-8?B?5oCq44GX44GE?=\r\n',
      bodyHtml: '<p>hi</p>',
      attachments: [],
    });
    expect(input.source).toBe('outlook');
    expect(input.headers).toEqual([
      { name: 'received', value: 'from a.example\tby b.example' },
      { name: 'from', value: '"Alice" <alice@example.com>' },
      { name: 'subject', value: '=?UTF-8?B?5oCq44GX44GE?=' },
    ]);
    expect(input.bodies).toEqual({ html: '<p>hi</p>' });
    expect(input.unavailable).toBeUndefined();
  });

  it('tolerates a leading blank line and LF-only line ends', () => {
    const input = fromOutlookItem({ internetHeaders: '\r\nFrom: a@example.com\nTo: b@example.org\n', bodyText: 'x', attachments: [] });
    expect(input.headers.map((h) => h.name)).toEqual(['from', 'to']);
  });

  it('records every source it did not get, so its checks are skipped (never passed)', () => {
    const input = fromOutlookItem({ internetHeaders: '' });
    expect(input.unavailable).toEqual([
      { what: 'headers', reason: 'no header fields provided' },
      { what: 'body', reason: 'body not provided' },
      { what: 'attachments', reason: 'attachment list not provided' },
    ]);
    const v = analyze(input);
    expect(v.findings).toEqual([]);
    expect(v.skipped.length).toBeGreaterThan(0);
    expect(v.skipped.some((s) => s.reason === 'needs-headers' && s.detail === 'no header fields provided')).toBe(true);
  });

  it("keeps the host's own reasons and does not add a second one for the same source", () => {
    const input = fromOutlookItem({
      internetHeaders: 'From: a@example.com\r\n',
      unavailable: [
        { what: 'body', reason: 'body.getAsync failed: GenericResponseError' },
        { what: 'attachments', reason: 'Mailbox 1.8 not supported' },
      ],
    });
    expect(input.unavailable).toEqual([
      { what: 'body', reason: 'body.getAsync failed: GenericResponseError' },
      { what: 'attachments', reason: 'Mailbox 1.8 not supported' },
    ]);
    const v = analyze(input);
    const details = new Map([
      ['needs-body', 'body.getAsync failed: GenericResponseError'],
      ['needs-attachments', 'Mailbox 1.8 not supported'],
    ]);
    const relevant = v.skipped.filter((s) => details.has(s.reason));
    expect(relevant.length).toBeGreaterThan(0);
    for (const s of relevant) expect(s.detail).toBe(details.get(s.reason));
  });

  it('maps attachment metadata and base64 content; contents it lacks entirely are unavailable', () => {
    const pdf: OutlookAttachmentData = { name: 'Invoice.PDF', contentType: 'Application/PDF; name="Invoice.PDF"', size: 4, isInline: false, contentBase64: 'JVBERg==' };
    const img: OutlookAttachmentData = { name: 'logo.png', contentType: 'image/png', size: 10, isInline: true };
    const withContent = fromOutlookItem({ internetHeaders: 'From: a@example.com\r\n', bodyHtml: '', attachments: [pdf, img] });
    const [a, b] = withContent.attachments as AttachmentInfo[];
    expect(a).toMatchObject({ filename: 'Invoice.PDF', contentType: 'application/pdf', size: 4, disposition: 'attachment' });
    expect(Array.from(a?.bytes ?? [])).toEqual([0x25, 0x50, 0x44, 0x46]);
    expect(b).toMatchObject({ filename: 'logo.png', contentType: 'image/png', disposition: 'inline' });
    expect(b?.bytes).toBeUndefined();
    expect(withContent.unavailable).toBeUndefined();

    const metadataOnly = fromOutlookItem({ internetHeaders: 'From: a@example.com\r\n', bodyHtml: '', attachments: [img] });
    expect(metadataOnly.unavailable).toEqual([{ what: 'attachment-bytes', reason: 'attachment contents not provided' }]);
  });

  it('bounds attachment count and bytes', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.txt`, contentType: 'text/plain', size: 8, isInline: false, contentBase64: 'QUJDREVGR0g=' }));
    const input = fromOutlookItem({ internetHeaders: 'From: a@example.com\r\n', bodyText: '', attachments: many }, { maxAttachments: 3, maxAttachmentBytes: 2 });
    expect(input.attachments).toHaveLength(3);
    expect(input.attachments?.[0]?.bytes?.length).toBe(2);
    expect(input.limitsHit?.map((l) => l.limit)).toEqual(['attachments', 'attachment-bytes']);
  });
});

describe('fromOutlookItem parity with fromRawMessage (.eml, as the CLI reads it)', () => {
  const fixtures = allFixtures();

  it.each(fixtures)('%s: same header findings from the Outlook header string alone', (rel) => {
    const bytes = fixtureBytes(rel);
    const unavailable = [{ what: 'body', reason: 'headers only' }, { what: 'attachments', reason: 'headers only' }] as const;
    const outlook = analyze(fromOutlookItem({ internetHeaders: headerString(bytes), unavailable: [...unavailable] }));
    // The same header block read from the .eml, with the body withheld as well: every finding must
    // agree (a header check may read the text when it has it, e.g. freemail-reply-to's money
    // promise, so a full .eml analysis can differ for a reason that is not the adapter's).
    const parsed = fromRawMessage(bytes);
    const headerLimits = (parsed.limitsHit ?? []).filter((l) => l.limit.startsWith('header-'));
    const emlHeadersOnly = analyze({
      source: parsed.source,
      headers: parsed.headers,
      ...(parsed.headerSyntax ? { headerSyntax: parsed.headerSyntax } : {}),
      unavailable: [...unavailable],
      ...(headerLimits.length ? { limitsHit: headerLimits } : {}),
    });
    expect(shape(outlook)).toEqual(shape(emlHeadersOnly));
    // And what the .eml's full analysis found from the headers alone is all there.
    const eml = analyze(parsed);
    const fromHeaders = (f: Verdict['findings'][number]) => headerOnlyIds.has(f.checkId) && f.evidence.every((e) => e.kind === 'header');
    for (const f of eml.findings.filter(fromHeaders)) expect(outlook.findings.map((o) => o.checkId)).toContain(f.checkId);
  });

  it.each(fixtures)('%s: same verdict given headers, body and attachments', (rel) => {
    const bytes = fixtureBytes(rel);
    const parsed = fromRawMessage(bytes);
    const eml = analyze(parsed);
    const attachments: OutlookAttachmentData[] = (parsed.attachments ?? []).map((a) => {
      const d = { name: a.filename ?? '', contentType: a.contentType, size: a.size ?? 0, isInline: a.disposition === 'inline' };
      return a.bytes ? { ...d, contentBase64: toBase64(a.bytes) } : d;
    });
    const bodies = parsed.bodies ?? {};
    const data = {
      internetHeaders: headerString(bytes),
      attachments,
      ...(bodies.html !== undefined ? { bodyHtml: bodies.html } : {}),
      ...(bodies.text !== undefined ? { bodyText: bodies.text } : {}),
      ...(bodies.html === undefined && bodies.text === undefined ? { bodyText: '' } : {}),
    };
    const outlook = analyze(fromOutlookItem(data));
    expect(outlook.level).toBe(eml.level);
    expect(outlook.score).toBe(eml.score);
    expect(shape(outlook)).toEqual(shape(eml));
  });
});
