/**
 * readItem / callAsync against fake Outlook items (no browser): the preference order, and that
 * every failure mode (error result, missing method, synchronous throw, no callback, truncated
 * headers, unreadable attachments) ends up as a recorded reason, never as a silent pass.
 */
import { describe, expect, it } from 'vitest';
import { analyze, fromRawMessage } from '@ayashii/core';
import { fromOutlookItem } from '../src/core.js';
import { base64ToBytes, bytesToBase64, utf8ToBase64 } from '../src/host/base64.js';
import { callAsync, readItem, type AsyncResultLike, type Callback, type MessageReadLike } from '../src/host/read-item.js';
import { hasIso2022jpReuseBug, installTextDecoderFix } from '../src/host/text-decoder-fix.js';

const ok = <T>(value: T): AsyncResultLike<T> => ({ status: 'succeeded', value, error: null });
const fail = (name: string, code: number, message = 'failed'): AsyncResultLike<never> => ({ status: 'failed', error: { name, code, message } });
const later = <T>(cb: Callback<T>, r: AsyncResultLike<T>) => setTimeout(() => cb(r), 1);
const supports = (version: string) => ({
  isSetSupported: (name: string, min = '1.1') => name === 'Mailbox' && min.split('.').map(Number).reduce((acc, n, i) => (acc !== 0 ? acc : (Number(version.split('.')[i] ?? 0) > n ? 1 : Number(version.split('.')[i] ?? 0) < n ? -1 : 0)), 0) >= 0,
});

const HEADERS = 'Received: from a.example by mx.example\r\nFrom: "Shop" <news@shop.example>\r\nTo: taro@kousya.jp\r\nSubject: hi\r\n';
const EML = `${HEADERS}Content-Type: text/html; charset=utf-8\r\n\r\n<p><a href="https://shop.example/">shop</a></p>\r\n`;

function fakeItem(over: Partial<Record<string, unknown>> = {}): MessageReadLike {
  return {
    itemType: 'message',
    attachments: [],
    body: { getAsync: (_t: string, cb: Callback<string>) => later(cb, ok('<p>body</p>')) },
    getAllInternetHeadersAsync: (cb: Callback<string>) => later(cb, ok(HEADERS)),
    getAttachmentContentAsync: (_id: string, cb: Callback<{ format: string; content: string }>) => later(cb, ok({ format: 'base64', content: 'QUJD' })),
    getAsFileAsync: (cb: Callback<string>) => later(cb, ok(bytesToBase64(new TextEncoder().encode(EML)))),
    ...over,
  } as MessageReadLike;
}

describe('callAsync', () => {
  it('resolves with the value on success', async () => {
    expect(await callAsync<string>('x', (cb) => later(cb, ok('v')), 1000)).toEqual({ ok: true, value: 'v' });
  });
  it("records Outlook's error name, code and message", async () => {
    expect(await callAsync('getAllInternetHeadersAsync', (cb) => later(cb, fail('GenericResponseError', 9020, 'Try later')), 1000)).toEqual({
      ok: false,
      status: 'failed',
      reason: 'getAllInternetHeadersAsync failed: GenericResponseError (9020): Try later',
    });
  });
  it('reports a missing method as unsupported', async () => {
    expect(await callAsync('getAsFileAsync', undefined, 1000)).toMatchObject({ ok: false, status: 'unsupported' });
  });
  it('reports a synchronous throw', async () => {
    const r = await callAsync('body.getAsync', () => {
      throw new Error('Invalid API call in the current context');
    }, 1000);
    expect(r).toMatchObject({ ok: false, status: 'failed', reason: expect.stringContaining('Invalid API call') });
  });
  it('times out when Outlook never calls back', async () => {
    expect(await callAsync('getAsFileAsync', () => undefined, 30)).toMatchObject({ ok: false, status: 'timeout' });
  });
  it('ignores a second callback', async () => {
    const r = await callAsync<string>('x', (cb) => {
      cb(ok('first'));
      cb(fail('Late', 1));
    }, 1000);
    expect(r).toEqual({ ok: true, value: 'first' });
  });
});

describe('readItem', () => {
  it('Mailbox 1.14: takes the whole message from getAsFileAsync and asks for nothing else', async () => {
    let headerCalls = 0;
    const item = fakeItem({ getAllInternetHeadersAsync: (cb: Callback<string>) => (headerCalls++, later(cb, ok(HEADERS))) });
    const r = await readItem(item, supports('1.14'));
    expect(new TextDecoder().decode(r.raw)).toBe(EML);
    expect(r.item).toBeUndefined();
    expect(headerCalls).toBe(0);
    expect(r.reports[0]).toEqual({ source: 'whole-message', status: 'ok', count: EML.length });
    // Same bytes, same verdict as the CLI.
    expect(analyze(fromRawMessage(r.raw as Uint8Array, { source: 'outlook' }))).toEqual(analyze(fromRawMessage(new TextEncoder().encode(EML))));
  });

  it('Mailbox 1.8: reads headers, HTML body and attachments, and says why the whole message was not used', async () => {
    const item = fakeItem({ attachments: [{ id: 'a1', name: 'a.txt', contentType: 'text/plain', size: 3, isInline: false, attachmentType: 'file' }] });
    const r = await readItem(item, supports('1.8'));
    expect(r.raw).toBeUndefined();
    expect(r.item).toEqual({
      internetHeaders: HEADERS,
      bodyHtml: '<p>body</p>',
      attachments: [{ name: 'a.txt', contentType: 'text/plain', size: 3, isInline: false, contentBase64: 'QUJD' }],
    });
    expect(r.reports).toEqual([
      { source: 'whole-message', status: 'unsupported', detail: 'Mailbox 1.14 (getAsFileAsync) is not supported by this Outlook' },
      { source: 'headers', status: 'ok' },
      { source: 'body', status: 'ok' },
      { source: 'attachments', status: 'ok', count: 1 },
      { source: 'attachment-content', status: 'ok', count: 1 },
    ]);
  });

  it('1.14 reported but getAsFileAsync fails: falls back to the pieces with the reason', async () => {
    const r = await readItem(fakeItem({ getAsFileAsync: (cb: Callback<string>) => later(cb, fail('ItemNotFound', 9055)) }), supports('1.14'));
    expect(r.item?.internetHeaders).toBe(HEADERS);
    expect(r.reports[0]).toEqual({ source: 'whole-message', status: 'failed', detail: 'getAsFileAsync failed: ItemNotFound (9055): failed' });
  });

  it('junk instead of base64 from getAsFileAsync: falls back', async () => {
    const r = await readItem(fakeItem({ getAsFileAsync: (cb: Callback<string>) => later(cb, ok('%%% not base64 %%%')) }), supports('1.14'));
    expect(r.reports[0]).toMatchObject({ source: 'whole-message', status: 'failed', detail: expect.stringContaining('not base64') });
    expect(r.item).toBeDefined();
  });

  it('headers fail: recorded as unavailable, so header checks are skipped, not passed', async () => {
    const r = await readItem(fakeItem({ getAllInternetHeadersAsync: (cb: Callback<string>) => later(cb, fail('InternalServerError', 9017)) }), supports('1.8'));
    expect(r.item?.unavailable).toEqual([{ what: 'headers', reason: 'getAllInternetHeadersAsync failed: InternalServerError (9017): failed' }]);
    const v = analyze(fromOutlookItem(r.item!));
    expect(v.skipped.filter((s) => s.reason === 'needs-headers').length).toBeGreaterThan(10);
    expect(v.skipped.find((s) => s.reason === 'needs-headers')?.detail).toContain('InternalServerError (9017)');
  });

  it('a header block with neither From nor Received (new Outlook returning only Subject) is not trusted', async () => {
    const r = await readItem(fakeItem({ getAllInternetHeadersAsync: (cb: Callback<string>) => later(cb, ok('Subject: hi\r\n')) }), supports('1.8'));
    expect(r.item?.internetHeaders).toBe('');
    expect(r.item?.unavailable?.[0]).toMatchObject({ what: 'headers', reason: expect.stringContaining('incomplete header block') });
    // …so "missing From" is not raised on a host fault.
    expect(analyze(fromOutlookItem(r.item!)).findings.map((f) => f.checkId)).not.toContain('header-anomaly/missing-from');
  });

  it('body times out: recorded', async () => {
    const r = await readItem(fakeItem({ body: { getAsync: () => undefined } }), supports('1.8'), { timeoutMs: 30 });
    expect(r.item?.unavailable).toEqual([{ what: 'body', reason: 'body.getAsync: no answer from Outlook within 30 ms' }]);
    expect(r.reports.find((x) => x.source === 'body')?.status).toBe('timeout');
  });

  it('attachments: cloud, too large, URL-only and failing ones are named; eml content is re-encoded', async () => {
    const attachments = [
      { id: 'c', name: 'shared.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 10, isInline: false, attachmentType: 'cloud' },
      { id: 'big', name: 'huge.zip', contentType: 'application/zip', size: 50_000_000, isInline: false, attachmentType: 'file' },
      { id: 'url', name: 'link.pdf', contentType: 'application/pdf', size: 10, isInline: false, attachmentType: 'file' },
      { id: 'bad', name: 'x.html', contentType: 'text/html', size: 10, isInline: false, attachmentType: 'file' },
      { id: 'eml', name: 'fwd.eml', contentType: 'message/rfc822', size: 10, isInline: false, attachmentType: 'item' },
    ];
    const contents: Record<string, AsyncResultLike<{ format: string; content: string }>> = {
      url: ok({ format: 'url', content: 'https://files.example/link.pdf' }),
      bad: fail('AttachmentTypeNotSupported', 9043),
      eml: ok({ format: 'eml', content: 'Subject: 転送\r\n\r\nbody' }),
    };
    const item = fakeItem({ attachments, getAttachmentContentAsync: (id: string, cb: Callback<{ format: string; content: string }>) => later(cb, contents[id] as AsyncResultLike<{ format: string; content: string }>) });
    const r = await readItem(item, supports('1.8'));
    const out = r.item?.attachments ?? [];
    expect(out.map((a) => a.contentBase64 !== undefined)).toEqual([false, false, false, false, true]);
    expect(new TextDecoder().decode(base64ToBytes(out[4]?.contentBase64 ?? ''))).toBe('Subject: 転送\r\n\r\nbody');
    const report = r.reports.find((x) => x.source === 'attachment-content');
    expect(report?.status).toBe('partial');
    expect(report?.detail).toContain('shared.docx: cloud attachment');
    expect(report?.detail).toContain('huge.zip: too large');
    expect(report?.detail).toContain('link.pdf: content given as url');
    expect(report?.detail).toContain('x.html: getAttachmentContentAsync failed: AttachmentTypeNotSupported (9043)');
    expect(r.item?.unavailable).toBeUndefined();
  });

  it('no attachment content readable at all: attachment-bytes unavailable with the reasons', async () => {
    const item = fakeItem({
      attachments: [{ id: 'a', name: 'a.pdf', contentType: 'application/pdf', size: 3, isInline: false }],
      getAttachmentContentAsync: (_id: string, cb: Callback<never>) => later(cb, fail('InvalidAttachmentId', 9040)),
    });
    const r = await readItem(item, supports('1.8'));
    expect(r.item?.unavailable).toEqual([{ what: 'attachment-bytes', reason: expect.stringContaining('InvalidAttachmentId (9040)') }]);
  });

  it('below Mailbox 1.8: attachment contents are unsupported, not empty', async () => {
    const item = fakeItem({ attachments: [{ id: 'a', name: 'a.pdf', contentType: 'application/pdf', size: 3, isInline: false }] });
    const r = await readItem(item, supports('1.7'));
    expect(r.reports.find((x) => x.source === 'attachment-content')?.status).toBe('unsupported');
    expect(r.item?.unavailable).toEqual([{ what: 'attachment-bytes', reason: expect.stringContaining('Mailbox 1.8') }]);
  });

  it('no item.attachments at all: the attachment list is unavailable', async () => {
    const r = await readItem(fakeItem({ attachments: undefined }), supports('1.8'));
    expect(r.item?.unavailable).toEqual([{ what: 'attachments', reason: 'item.attachments is not available in this Outlook' }]);
  });

  it('a throwing requirements object counts as "not supported"', async () => {
    const r = await readItem(fakeItem(), { isSetSupported: () => { throw new Error('boom'); } });
    expect(r.reports[0]?.status).toBe('unsupported');
    expect(r.item?.internetHeaders).toBe(HEADERS);
  });
});

describe('base64 helpers', () => {
  it('round-trips bytes and tolerates whitespace, missing padding and the URL-safe alphabet', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff);
    const b64 = bytesToBase64(bytes);
    expect(base64ToBytes(b64)).toEqual(bytes);
    expect(base64ToBytes(b64.replace(/=+$/, '').replace(/(.{76})/g, '$1\r\n'))).toEqual(bytes);
    expect(base64ToBytes(b64.replace(/\+/g, '-').replace(/\//g, '_'))).toEqual(bytes);
    expect(utf8ToBase64('怪しい')).toBe(bytesToBase64(new TextEncoder().encode('怪しい')));
    expect(() => base64ToBytes('***')).toThrow();
  });
});

describe('ISO-2022-JP TextDecoder work-around', () => {
  it('is not installed where the engine decodes correctly (Node)', () => {
    expect(hasIso2022jpReuseBug()).toBe(false);
    expect(installTextDecoderFix()).toBe(false);
  });
});
