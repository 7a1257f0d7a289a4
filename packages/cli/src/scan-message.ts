/**
 * One message → one record. Runs inside a worker thread: sniff, parse (the core's lazy parser),
 * analyze, explain. Nothing here throws for bad input; problems become `{ error }` records, whose
 * code and params the main thread renders in the output's language (error-texts.ts).
 */
import { analyze, catalogs, explain, fromRawMessage, isNotMailClass, readOutlookMsg, listLinks, registrableDomain, type AnalyzeOptions, type Locale, type MessageInput, type PstRead } from '@ayashii/core';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { fsPath } from './input/fs-path.js';
import { MboxSplitter } from './input/mbox.js';
import { isCompoundFile, messageProblem, sniffContainer } from './input/sniff.js';
import { openedPst, type PstPart } from './input/pst-part.js';
import { readZipPart, type ZipPart } from './input/zip-part.js';
import { parseAddressList } from './core-internal.js';
import { mailIdentity } from './mail-identity.js';
import { ioError, streamFailure, tooLarge } from './errors.js';
import type { ErrorRecord, MessageRecord, RecordDetail } from './record.js';

export interface ScanConfig {
  readonly options: AnalyzeOptions;
  readonly lang: Locale;
  /** Keep report data (both languages, evidence, sender and link domains): for --format html. */
  readonly detail: boolean;
  /** --details: each finding's title, advice and evidence, and a summary, in the chosen language. */
  readonly details?: boolean;
  /** --links: every link of the message and where it really goes. */
  readonly links?: boolean;
  readonly maxMessageBytes: number;
}

/** A record before its file name is known (the main thread names it: `path` or `path#N`). */
export type Unnamed<T> = Omit<T, 'file'> & { file?: string };
export type UnnamedRecord = Unnamed<MessageRecord> | Unnamed<ErrorRecord>;

/** Scans one message's bytes: an RFC 5322 message, or an Outlook `.msg` file. */
export function scanMessage(bytes: Uint8Array, cfg: ScanConfig): UnnamedRecord {
  if (bytes.length > cfg.maxMessageBytes) return { error: tooLarge(bytes.length, cfg.maxMessageBytes) };
  // A plain Uint8Array view, never a Buffer: the core's byte code then sees one kind of array
  // (V8 optimises it for one map and does not deoptimise at the first other one).
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let input: MessageInput | null = null;
  try {
    // An OLE compound file is an Outlook .msg when it holds a message; other ones (a Word
    // document named .msg) are reported as unsupported below.
    // The parsing limits are the adapters' to enforce (`analyze` enforces links, attachments and time).
    const limits = cfg.options.limits ?? {};
    const msg = isCompoundFile(view) ? readOutlookMsg(view, limits) : null;
    if (msg?.damaged) return { error: { code: 'format/damaged-msg', params: {} } };
    if (msg?.messageClass !== undefined && isNotMailClass(msg.messageClass)) return { error: { code: 'format/not-mail', params: { messageClass: msg.messageClass } } };
    input = msg?.input ?? null;
    if (!input) {
      const problem = messageProblem(bytes);
      if (problem) return { error: problem };
    }
    input ??= fromRawMessage(view, limits);
  } catch (e) {
    return couldNotAnalyse(e);
  }
  return recordOf(input, cfg);
}

/** 281 characters: the English text (`could not analyse: …`) stays within 300. */
function couldNotAnalyse(e: unknown): UnnamedRecord {
  return { error: { code: 'format/could-not-analyse', params: { message: (e instanceof Error ? e.message : String(e)).slice(0, 281) } } };
}

/** A message's record: its verdict, findings, and what --details, --links and the report ask for. */
function recordOf(input: MessageInput, cfg: ScanConfig): UnnamedRecord {
  let verdict;
  try {
    verdict = analyze(input, cfg.options);
  } catch (e) {
    return couldNotAnalyse(e);
  }
  // A record without detail keeps only each finding's sentence: no evidence, no skipped checks to render.
  const main = explain(verdict, cfg.detail || cfg.details ? { locale: cfg.lang } : { locale: cfg.lang, evidence: false, skipped: false });
  const rec: Unnamed<MessageRecord> = cfg.details
    ? {
        verdict: verdict.level,
        score: verdict.score,
        summary: main.summary,
        findings: main.items.map((i) => {
          const f = { checkId: i.checkId, category: i.category, severity: i.severity, message: i.detail, title: i.title };
          const evidence = i.evidence.slice(0, 10);
          return i.advice ? { ...f, advice: i.advice, evidence } : { ...f, evidence };
        }),
      }
    : {
        verdict: verdict.level,
        score: verdict.score,
        findings: main.items.map((i) => ({ checkId: i.checkId, category: i.category, severity: i.severity, message: i.detail })),
      };
  if (cfg.links) {
    try {
      rec.links = listLinks(input, cfg.options).slice(0, MAX_LINKS);
    } catch {
      rec.links = [];
    }
  }
  // Which mail this is, as a mail client shows it: for --details and the report.
  const mail = cfg.details || cfg.detail ? mailIdentity(input.headers) : null;
  if (cfg.details && mail) rec.mail = mail;
  if (cfg.detail && mail) {
    const other = explain(verdict, { locale: cfg.lang === 'ja' ? 'en' : 'ja' });
    const en = cfg.lang === 'en' ? main : other;
    const ja = cfg.lang === 'ja' ? main : other;
    const from = parseAddressList(input.headers.find((h) => h.name === 'from')?.value ?? '', 5)[0];
    const senderDomain = from?.domain ? (registrableDomain(from.domain) ?? from.domain) : '';
    let linkDomains: string[] = [];
    try {
      linkDomains = linkDomainsOf(input, cfg.options);
    } catch {
      linkDomains = [];
    }
    const detail: RecordDetail = {
      subject: mail.subject,
      from: mail.from,
      date: mail.date,
      messageId: mail.messageId,
      senderDomain,
      linkDomains,
      summary: { en: en.summary, ja: ja.summary },
      findings: en.items.map((e, k) => {
        const j = ja.items[k] ?? e;
        const f = {
          checkId: e.checkId,
          category: e.category,
          severity: e.severity,
          weight: e.weight,
          title: { en: e.title, ja: j.title },
          detail: { en: e.detail, ja: j.detail },
          evidence: e.evidence.slice(0, 10),
        };
        return e.advice ? { ...f, advice: { en: e.advice, ja: j.advice ?? e.advice } } : f;
      }),
    };
    rec.detail = detail;
  }
  return rec;
}

/** --links lists at most this many links per message. */
const MAX_LINKS = 100;


/**
 * Registrable domains the links really lead to (report only): unwrapped as the checks unwrap them,
 * so that a Safe Links or urldefense gateway, or a redirector, is not counted as the destination.
 */
function linkDomainsOf(input: MessageInput, options: AnalyzeOptions): string[] {
  const out = new Set<string>();
  for (const l of listLinks(input, options)) {
    const d = l.domain ?? (l.host && !l.host.startsWith('[') ? l.host : null);
    if (d) out.add(d);
    if (out.size >= 50) break;
  }
  return [...out];
}

/** Files up to this size are read into one buffer reused from file to file (see `readWhole`). */
const REUSED_MAX = 8 * 1024 * 1024;
let reused: Buffer | null = null;

/**
 * The bytes of a file, as `readFileSync` reads them (to the end of the file, whatever its size said),
 * in a buffer that the next call overwrites: a scan reads thousands of files one after the other,
 * and a new buffer for each (~40 KB of memory outside the heap, which the garbage collector has to
 * account for) is work and collections for nothing. Safe because a message is analysed
 * synchronously and nothing of the analysis keeps a view of its bytes (records hold strings,
 * attachments are copied). The size is asked for only when a file fills the buffer (an `fstat` is a
 * system call and a `Stats` object with four dates, per file): the buffer then grows to the next
 * power of two above it, and files of `REUSED_MAX` or more get a buffer of their own. Exported for tests.
 */
export function readWhole(path: string): Buffer {
  const fd = openSync(fsPath(path), 'r');
  try {
    let buf = (reused ??= Buffer.allocUnsafe(64 * 1024));
    let n = 0;
    for (;;) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) return buf.subarray(0, n);
      n += r;
      if (n < buf.length) continue;
      // The buffer is full: a larger file (or one that grows while being read).
      const size = fstatSync(fd).size;
      if (buf.length >= REUSED_MAX || size >= REUSED_MAX || size < n) return Buffer.concat([buf.subarray(0, n), readFileSync(fd)]);
      // One byte of room: a read that fills the buffer means the file is larger than its size said.
      const grown = Buffer.allocUnsafe(Math.min(REUSED_MAX, 2 ** Math.ceil(Math.log2(size + 1))));
      buf.copy(grown, 0, 0, n);
      reused = buf = grown;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * How long `scanFile`'s reads took in this thread since the last `takeReadTime` (microseconds, and
 * how many files): a worker reports it, so that the main thread can tell whether the files come
 * from the page cache or from the disk (pool/read-ahead.ts `warmPageCache`).
 */
let readMicros = 0;
let readFiles = 0;

export function takeReadTime(): { micros: number; files: number } {
  const r = { micros: Math.round(readMicros), files: readFiles };
  readMicros = 0;
  readFiles = 0;
  return r;
}

/** Scans a whole file read by the worker: one message, or a small mbox split in place. */
export function scanFile(path: string, cfg: ScanConfig): UnnamedRecord[] {
  let bytes: Buffer;
  const started = performance.now();
  try {
    bytes = readWhole(path);
  } catch (e) {
    return [{ error: ioError(e) }];
  } finally {
    readMicros += (performance.now() - started) * 1000;
    readFiles++;
  }
  return scanBytes(bytes, cfg);
}

/** Scans a small file of a ZIP archive, which it reads and inflates (input/zip-part.ts). */
export function scanZipPart(part: ZipPart, cfg: ScanConfig): UnnamedRecord[] {
  let bytes: Buffer;
  try {
    bytes = readZipPart(part);
  } catch (e) {
    return [{ error: streamFailure(e, 0, false, 'zip') }];
  }
  return scanBytes(bytes, cfg);
}

/**
 * Scans one message of an Outlook data file, which it reads from the file (input/pst-part.ts):
 * a message whose nodes are damaged, or that holds more than --max-message-size, is an error
 * record rather than judged on what is left of it; an item that is not mail (a contact, a task …
 * in a mail folder) gives no record (the scan counts it).
 */
export function scanPstPart(part: PstPart, cfg: ScanConfig): UnnamedRecord[] {
  let read: PstRead | null;
  try {
    const pst = openedPst(part.path);
    read = 'problem' in pst ? null : pst.read(part.nid, { ...(cfg.options.limits ?? {}), maxMessageBytes: cfg.maxMessageBytes });
  } catch (e) {
    return [{ error: ioError(e) }];
  }
  if (!read) return [{ error: { code: 'format/damaged-pst', params: { message: 'the file changed while it was scanned' } } }];
  if ('tooLarge' in read) return [{ error: tooLarge(read.tooLarge, cfg.maxMessageBytes) }];
  if ('damaged' in read) return [{ error: { code: 'format/damaged-pst-message', params: { message: read.damaged.slice(0, 200) } } }];
  if ('notMail' in read) return [];
  return [recordOf(read.input, cfg)];
}

/**
 * Apple Mail's `.emlx` (and `.partial.emlx`): a line with the message's length in bytes, the
 * message, then a property list of Mail's own. Returns the message, or null for other data (no
 * mail starts with a line of digits alone). A length past the end (a cut file) takes what is there.
 */
export function emlxMessage(b: Buffer): Buffer | null {
  let i = 0;
  while (i < b.length && i < 12 && (b[i] as number) >= 0x30 && (b[i] as number) <= 0x39) i++;
  if (i === 0) return null;
  let j = i;
  while (j < b.length && j < i + 16 && (b[j] === 0x20 || b[j] === 0x09)) j++;
  if (b[j] === 0x0d) j++;
  if (b[j] !== 0x0a) return null;
  const n = Number(b.toString('latin1', 0, i));
  return b.subarray(j + 1, Math.min(b.length, j + 1 + n));
}

/** Scans the bytes of a whole file (or stdin). */
export function scanBytes(bytes: Buffer, cfg: ScanConfig): UnnamedRecord[] {
  const emlx = emlxMessage(bytes);
  if (emlx) return [scanMessage(emlx, cfg)];
  const c = sniffContainer(bytes.subarray(0, 16));
  if (c.kind === 'error') return [{ error: c.error }];
  if (c.kind === 'eml') return [scanMessage(bytes, cfg)];
  const split = new MboxSplitter({ maxMessageBytes: cfg.maxMessageBytes });
  const msgs = [...split.push(bytes), ...split.end()];
  if (msgs.length === 0) return [{ error: { code: 'format/empty-mbox', params: {} } }];
  return msgs.map((m) => (m.oversize !== undefined ? { error: tooLarge(m.oversize, cfg.maxMessageBytes) } : scanMessage(m.bytes, cfg)));
}

/** The level label in a language (for tables and reports). */
export function levelLabel(level: MessageRecord['verdict'], lang: Locale): string {
  return catalogs[lang].ui.levels[level];
}
