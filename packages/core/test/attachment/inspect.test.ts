import { describe, expect, it } from 'vitest';
import { inspectAttachment, walkAttachments, WALK_LIMITS } from '../../src/attachment/inspect.js';
import type { AttachmentInfo } from '../../src/model/message.js';
import { cfb, latin1, onenote, ooxml, pe, png, utf8, zip } from './builders.js';

describe('inspectAttachment', () => {
  it('memoises per AttachmentInfo object (WeakMap), and equal objects give equal results', () => {
    const a: AttachmentInfo = { filename: 'a.pdf.exe', contentType: 'application/pdf', size: 10, bytes: pe() };
    const b: AttachmentInfo = { ...a };
    expect(inspectAttachment(a)).toBe(inspectAttachment(a));
    expect(inspectAttachment(b)).not.toBe(inspectAttachment(a));
    expect(inspectAttachment(b)).toEqual(inspectAttachment(a));
  });

  it('without bytes: name and declared type only, every byte-derived field null', () => {
    const i = inspectAttachment({ filename: 'x.zip', contentType: 'application/zip', size: 1000 });
    expect(i).toMatchObject({ hasBytes: false, sniffedType: null, archive: null, office: null, html: null, oneNoteEmbeddedFiles: null });
    expect(i.claimedClass).toBe('archive');
  });

  it('empty bytes count as no bytes', () => {
    expect(inspectAttachment({ filename: 'x.zip', contentType: 'application/zip', size: 1000, bytes: new Uint8Array() }).hasBytes).toBe(false);
  });

  it('partial: the host kept a prefix only', () => {
    expect(inspectAttachment({ filename: 'x.bin', contentType: 'application/octet-stream', size: 1000, bytes: png() }).partial).toBe(true);
  });

  it('archives get a listing with per-entry name analysis; OOXML gets Office info, not an archive', () => {
    const a = inspectAttachment({ filename: 'a.zip', contentType: 'application/zip', size: null, bytes: zip([{ name: 'x.pdf.exe', data: 'x' }]) });
    expect(a.archive?.files[0]?.name).toMatchObject({ ext: 'exe', decoyExt: 'pdf' });
    const d = inspectAttachment({ filename: 'a.xlsm', contentType: 'application/octet-stream', size: null, bytes: ooxml('xl', { vba: true }) });
    expect(d.archive).toBeNull();
    expect(d.office).toEqual({ container: 'ooxml', macros: ['vba'], encrypted: false });
  });

  it('HTML content is scanned when sniffed, or when named .html and unsniffable', () => {
    expect(inspectAttachment({ filename: 'a.html', contentType: 'text/html', size: null, bytes: utf8('<form><input type=password></form>') }).html?.features).toEqual(['password-field', 'form']);
    expect(inspectAttachment({ filename: 'a.html', contentType: 'text/html', size: null, bytes: utf8('hello <script>x</script>') }).html?.features).toEqual(['script']);
    expect(inspectAttachment({ filename: 'a.txt', contentType: 'text/plain', size: null, bytes: utf8('hello <script>x</script>') }).html).toBeNull();
  });

  it('OneNote: embedded files that are not pictures are counted', () => {
    const one = onenote([png(), latin1('@echo off\r\npowershell -enc AAAA'), pe()]);
    expect(inspectAttachment({ filename: 'n.one', contentType: 'application/onenote', size: null, bytes: one }).oneNoteEmbeddedFiles).toBe(2);
    expect(inspectAttachment({ filename: 'n.one', contentType: 'application/onenote', size: null, bytes: onenote([png()]) }).oneNoteEmbeddedFiles).toBe(0);
  });

  it('OLE with VBA', () => {
    const i = inspectAttachment({ filename: 'a.doc', contentType: 'application/msword', size: null, bytes: cfb(['WordDocument', 'Macros', 'VBA', 'dir']) });
    expect(i.sniffedType).toBe('ole');
    expect(i.office?.macros).toEqual(['vba']);
  });
});

describe('walkAttachments', () => {
  it('follows attached messages (message/rfc822) with their path, bounded in depth', () => {
    const deep = (n: number): AttachmentInfo =>
      n === 0
        ? { filename: 'payload.exe', contentType: 'application/octet-stream', size: 1 }
        : { filename: `fwd${n}.eml`, contentType: 'message/rfc822', size: 1, nested: [deep(n - 1)] };
    const w = walkAttachments([deep(2)]);
    expect(w.map((x) => x.info.filename)).toEqual(['fwd2.eml', 'fwd1.eml', 'payload.exe']);
    expect(w[2]?.path).toEqual(['fwd2.eml', 'fwd1.eml']);
    expect(walkAttachments([deep(10)]).length).toBe(WALK_LIMITS.maxDepth + 1);
  });

  it('caps the total', () => {
    const many = Array.from({ length: 1000 }, (_, i): AttachmentInfo => ({ filename: `f${i}.txt`, contentType: 'text/plain', size: 1 }));
    expect(walkAttachments(many).length).toBe(WALK_LIMITS.maxTotal);
  });
});
