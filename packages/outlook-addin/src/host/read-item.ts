/**
 * Reads the open message through Outlook's callback API (house style 3.8): every call is wrapped
 * in a Promise that never rejects, is bounded by a timeout, and records *why* a source was
 * unavailable. Those reasons become `MessageInput.unavailable` and are shown as skipped checks,
 * never as passed ones.
 *
 * Order of preference:
 * 1. `item.getAsFileAsync` (Mailbox 1.14): the whole message as base64 EML → the same bytes the
 *    CLI reads, so the verdict is the CLI's.
 * 2. Otherwise the pieces (Mailbox 1.8, ReadItem): `getAllInternetHeadersAsync`,
 *    `body.getAsync(html)`, `item.attachments` and `getAttachmentContentAsync`.
 *
 * Typed structurally (no Office typings), so it runs against office.js, the test stand-in or a fake.
 */
import type { OutlookAttachmentData, OutlookItemData, Unavailable } from '../core.js';
import { base64ToBytes, utf8ToBase64 } from './base64.js';

/** `Office.AsyncResult`, as far as we read it. */
export interface AsyncResultLike<T> {
  readonly status: string; // Office.AsyncResultStatus: 'succeeded' | 'failed'
  readonly value?: T;
  readonly error?: { readonly name?: string; readonly message?: string; readonly code?: number } | null;
}
export type Callback<T> = (result: AsyncResultLike<T>) => void;

/** `Office.AttachmentDetails` (Mailbox 1.1). */
export interface AttachmentDetailsLike {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly isInline: boolean;
  /** `file` | `item` | `cloud` (Office.MailboxEnums.AttachmentType). */
  readonly attachmentType?: string;
}

/** `Office.AttachmentContent` (Mailbox 1.8). */
export interface AttachmentContentLike {
  /** `base64` | `url` | `eml` | `iCalendar` (Office.MailboxEnums.AttachmentContentFormat). */
  readonly format: string;
  readonly content: string;
}

/** `Office.MessageRead`, the parts we use. */
export interface MessageReadLike {
  readonly itemType?: string;
  readonly attachments?: readonly AttachmentDetailsLike[];
  readonly body?: { getAsync?: (coercionType: string, callback: Callback<string>) => void };
  readonly getAllInternetHeadersAsync?: (callback: Callback<string>) => void;
  readonly getAttachmentContentAsync?: (attachmentId: string, callback: Callback<AttachmentContentLike>) => void;
  readonly getAsFileAsync?: (callback: Callback<string>) => void;
}

/** `Office.context.requirements`. */
export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export type SourceName = 'whole-message' | 'headers' | 'body' | 'attachments' | 'attachment-content';
export type SourceStatus = 'ok' | 'partial' | 'unsupported' | 'failed' | 'timeout' | 'not-needed';

/** What happened to one source; shown in the pane's "What Outlook provided" list. */
export interface SourceReport {
  readonly source: SourceName;
  readonly status: SourceStatus;
  /** Outlook's error name/code/message, a requirement set… (English, technical, shown as is). */
  readonly detail?: string;
  /** Bytes of the whole message, number of attachments listed or read. */
  readonly count?: number;
}

export interface ReadResult {
  /** The whole message (getAsFileAsync), when Outlook gave it: the best source. */
  readonly raw?: Uint8Array;
  /** The pieces, when the whole message was not available. */
  readonly item?: OutlookItemData;
  readonly reports: readonly SourceReport[];
}

export interface ReadOptions {
  /** Per call (default 20 s; getAsFileAsync gets twice that). Some hosts never call back. */
  readonly timeoutMs?: number;
  /** Attachments whose content is read (default 20). */
  readonly maxAttachmentReads?: number;
  /** Attachments larger than this are not read (default 8 MiB, the core's per-attachment cap). */
  readonly maxAttachmentBytes?: number;
}

export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly status: 'unsupported' | 'failed' | 'timeout'; readonly reason: string };

const SUCCEEDED = 'succeeded';

function describeError(error: AsyncResultLike<unknown>['error']): string {
  if (!error) return 'unknown error';
  const name = error.name ? String(error.name) : 'Error';
  const code = typeof error.code === 'number' ? ` (${error.code})` : '';
  const message = error.message ? `: ${String(error.message)}` : '';
  return `${name}${code}${message}`.slice(0, 300);
}

/**
 * Calls one Office `…Async` method and settles with an Outcome: never rejects, never hangs
 * (timeout), and a method that is missing or throws synchronously is reported, not thrown.
 */
export function callAsync<T>(api: string, invoke: ((callback: Callback<T>) => void) | undefined, timeoutMs: number): Promise<Outcome<T>> {
  if (typeof invoke !== 'function') {
    return Promise.resolve({ ok: false, status: 'unsupported', reason: `${api} is not available in this Outlook` });
  }
  return new Promise((resolve) => {
    let settled = false;
    const settle = (o: Outcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
    };
    const timer = setTimeout(() => settle({ ok: false, status: 'timeout', reason: `${api}: no answer from Outlook within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}` }), timeoutMs);
    try {
      invoke((result) => {
        if (result && result.status === SUCCEEDED) settle({ ok: true, value: result.value as T });
        else settle({ ok: false, status: 'failed', reason: `${api} failed: ${describeError(result?.error)}` });
      });
    } catch (e) {
      settle({ ok: false, status: 'failed', reason: `${api} threw: ${String((e as Error)?.message ?? e).slice(0, 300)}` });
    }
  });
}

function supported(requirements: RequirementsLike | undefined, version: string): boolean {
  try {
    return Boolean(requirements?.isSetSupported('Mailbox', version));
  } catch {
    return false;
  }
}

/**
 * `getAllInternetHeadersAsync` in new Outlook has been seen returning only `Subject`
 * (OfficeDev/office-js#4109). A block with neither From nor Received is not a real transport
 * header block; treating it as one would raise "missing From" on a host fault.
 */
function looksTruncated(headers: string): boolean {
  return !/^from[ \t]*:/im.test(headers) && !/^received[ \t]*:/im.test(headers);
}

async function readAttachments(
  item: MessageReadLike,
  requirements: RequirementsLike | undefined,
  opts: Required<ReadOptions>,
  reports: SourceReport[],
  unavailable: Unavailable[],
): Promise<OutlookAttachmentData[] | undefined> {
  const list = item.attachments;
  if (!Array.isArray(list)) {
    const reason = 'item.attachments is not available in this Outlook';
    reports.push({ source: 'attachments', status: 'unsupported', detail: reason });
    unavailable.push({ what: 'attachments', reason });
    return undefined;
  }
  reports.push({ source: 'attachments', status: 'ok', count: list.length });
  if (list.length === 0) return [];

  const canRead = supported(requirements, '1.8') && typeof item.getAttachmentContentAsync === 'function';
  const problems: string[] = [];
  let read = 0;
  const out: OutlookAttachmentData[] = [];
  for (const [i, a] of list.entries()) {
    const base = { name: String(a.name ?? ''), contentType: String(a.contentType ?? ''), size: Number(a.size), isInline: Boolean(a.isInline) };
    if (!canRead) {
      out.push(base);
      continue;
    }
    if (i >= opts.maxAttachmentReads) {
      problems.push(`${base.name}: not read (only the first ${opts.maxAttachmentReads} attachments are read)`);
      out.push(base);
      continue;
    }
    if (a.attachmentType === 'cloud') {
      problems.push(`${base.name}: cloud attachment (a link, no content)`);
      out.push(base);
      continue;
    }
    if (Number.isFinite(base.size) && base.size > opts.maxAttachmentBytes) {
      problems.push(`${base.name}: too large to read (${base.size} bytes)`);
      out.push(base);
      continue;
    }
    const got = await callAsync<AttachmentContentLike>(
      'getAttachmentContentAsync',
      (cb) => item.getAttachmentContentAsync?.(a.id, cb),
      opts.timeoutMs,
    );
    if (!got.ok) {
      problems.push(`${base.name}: ${got.reason}`);
      out.push(base);
      continue;
    }
    const { format, content } = got.value ?? { format: '', content: '' };
    if (format === 'base64') {
      out.push({ ...base, contentBase64: String(content ?? '') });
      read++;
    } else if (format === 'eml' || format === 'iCalendar' || format === 'icalendar') {
      out.push({ ...base, contentBase64: utf8ToBase64(String(content ?? '')) });
      read++;
    } else {
      problems.push(`${base.name}: content given as ${String(format)}, not as bytes`);
      out.push(base);
    }
  }

  if (!canRead) {
    const reason = 'Mailbox 1.8 getAttachmentContentAsync is not supported by this Outlook';
    reports.push({ source: 'attachment-content', status: 'unsupported', detail: reason });
    unavailable.push({ what: 'attachment-bytes', reason });
  } else if (read === 0) {
    const reason = problems.join('; ') || 'no attachment content could be read';
    reports.push({ source: 'attachment-content', status: 'failed', detail: reason });
    unavailable.push({ what: 'attachment-bytes', reason });
  } else if (problems.length > 0) {
    reports.push({ source: 'attachment-content', status: 'partial', count: read, detail: problems.join('; ') });
  } else {
    reports.push({ source: 'attachment-content', status: 'ok', count: read });
  }
  return out;
}

/**
 * Reads the open message: the whole EML where Mailbox 1.14 allows, else headers, HTML body and
 * attachments. Never throws; every gap is in `reports` and, for the pieces, in `item.unavailable`.
 *
 * @example
 * const r = await readItem(Office.context.mailbox.item, Office.context.requirements);
 * const input = r.raw ? fromRawMessage(r.raw, { source: 'outlook' }) : fromOutlookItem(r.item!);
 */
export async function readItem(item: MessageReadLike, requirements: RequirementsLike | undefined, options: ReadOptions = {}): Promise<ReadResult> {
  const opts: Required<ReadOptions> = {
    timeoutMs: options.timeoutMs ?? 20_000,
    maxAttachmentReads: options.maxAttachmentReads ?? 20,
    maxAttachmentBytes: options.maxAttachmentBytes ?? 8 * 1024 * 1024,
  };
  const reports: SourceReport[] = [];

  // 1. The whole message (Mailbox 1.14).
  if (!supported(requirements, '1.14')) {
    reports.push({ source: 'whole-message', status: 'unsupported', detail: 'Mailbox 1.14 (getAsFileAsync) is not supported by this Outlook' });
  } else {
    const file = await callAsync<string>('getAsFileAsync', item.getAsFileAsync?.bind(item), opts.timeoutMs * 2);
    if (file.ok) {
      let raw: Uint8Array = new Uint8Array(0);
      let bad = '';
      try {
        raw = base64ToBytes(String(file.value ?? ''));
      } catch {
        bad = 'getAsFileAsync returned text that is not base64';
      }
      if (raw.length > 0) {
        reports.push({ source: 'whole-message', status: 'ok', count: raw.length });
        for (const s of ['headers', 'body', 'attachments'] as const) reports.push({ source: s, status: 'not-needed' });
        return { raw, reports };
      }
      reports.push({ source: 'whole-message', status: 'failed', detail: bad || 'getAsFileAsync returned an empty message' });
    } else {
      reports.push({ source: 'whole-message', status: file.status, detail: file.reason });
    }
  }

  // 2. The pieces (Mailbox 1.8). Headers and body are independent: ask for both at once.
  const unavailable: Unavailable[] = [];
  const [headers, body] = await Promise.all([
    callAsync<string>('getAllInternetHeadersAsync', item.getAllInternetHeadersAsync?.bind(item), opts.timeoutMs),
    callAsync<string>('body.getAsync', item.body?.getAsync ? (cb) => item.body?.getAsync?.('html', cb) : undefined, opts.timeoutMs),
  ]);

  let internetHeaders = '';
  if (!headers.ok) {
    reports.push({ source: 'headers', status: headers.status, detail: headers.reason });
    unavailable.push({ what: 'headers', reason: headers.reason });
  } else if (looksTruncated(String(headers.value ?? ''))) {
    const reason = 'getAllInternetHeadersAsync returned no From or Received header (incomplete header block)';
    reports.push({ source: 'headers', status: 'failed', detail: reason });
    unavailable.push({ what: 'headers', reason });
  } else {
    internetHeaders = String(headers.value);
    reports.push({ source: 'headers', status: 'ok' });
  }

  const data: { -readonly [K in keyof OutlookItemData]: OutlookItemData[K] } = { internetHeaders };
  if (body.ok) {
    data.bodyHtml = String(body.value ?? '');
    reports.push({ source: 'body', status: 'ok' });
  } else {
    reports.push({ source: 'body', status: body.status, detail: body.reason });
    unavailable.push({ what: 'body', reason: body.reason });
  }

  const attachments = await readAttachments(item, requirements, opts, reports, unavailable);
  if (attachments) data.attachments = attachments;
  if (unavailable.length) data.unavailable = unavailable;
  return { item: data, reports };
}
