import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { explain } from '../../../src/explain/explain.js';
import type { AttachmentInfo, MessageInput } from '../../../src/model/message.js';
import { fixtureTests } from '../../helpers.js';

const ID = 'attachment/empty-attachment';

function input(attachments: AttachmentInfo[], extraHeaders: [string, string][] = []): MessageInput {
  return {
    source: 'outlook',
    headers: [
      { name: 'from', value: '"Desk" <desk@offers-mail.example>' },
      { name: 'to', value: 'taro@kousya.example' },
      { name: 'subject', value: 'Documents' },
      ...extraHeaders.map(([name, value]) => ({ name, value })),
    ],
    bodies: { text: 'See the attachment.' },
    attachments,
  };
}

describe(ID, () => {
  it('reports empty named attachments, with their count', () => {
    const v = analyze(input([
      { filename: 'Tax ID#2525808857', contentType: 'application/octet-stream', size: 0 },
      { filename: 'Notice.pdf', contentType: 'application/pdf', size: 0 },
      { filename: 'logo.png', contentType: 'image/png', size: 120 },
    ]));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.params).toEqual({ name: 'Tax ID#2525808857', count: 2 });
    expect(v.level).toBe('safe');
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toBe('"Tax ID#2525808857" is attached but contains nothing (2 attachments are empty): only its name says something.');
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toBe('「Tax ID#2525808857」が添付されていますが、中身がありません（空の添付ファイルが 2 個あります）。意味を持つのはファイル名だけです。');
  });
  it.each([
    ['a file with content', [{ filename: 'a.pdf', contentType: 'application/pdf', size: 10 }]],
    ['an unknown size', [{ filename: 'a.pdf', contentType: 'application/pdf', size: null }]],
    ['an unnamed empty part', [{ filename: null, contentType: 'application/octet-stream', size: 0 }]],
    ['an empty attached message', [{ filename: 'message.eml', contentType: 'message/rfc822', size: 0 }]],
    ["Exchange's leftover part", [{ filename: 'ATT00001.txt', contentType: 'text/plain', size: 0 }]],
    ["Apple Mail's leftover part", [{ filename: 'Untitled attachment 00012.htm', contentType: 'text/html', size: 0 }]],
    ['an empty file inside an attached message', [{ filename: 'fwd.eml', contentType: 'message/rfc822', size: 300, nested: [{ filename: 'a.pdf', contentType: 'application/pdf', size: 0 }] }]],
  ] as const)('no finding: %s', (_t, atts) => {
    expect(analyze(input(atts as unknown as AttachmentInfo[])).findings.some((x) => x.checkId === ID)).toBe(false);
  });
  it('delivery reports are skipped', () => {
    const v = analyze(input([{ filename: 'icon.png', contentType: 'image/png', size: 0 }], [['content-type', 'multipart/report; report-type=delivery-status']]));
    expect(v.findings.some((x) => x.checkId === ID)).toBe(false);
  });
  fixtureTests(ID, {}, it);
});
