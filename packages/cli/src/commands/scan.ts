/**
 * `ayashii scan`: paths → files → messages → worker threads → records in input order → output.
 *
 * The main thread walks the paths, hands each ordinary file to a worker by path (the worker reads,
 * sniffs, splits small mbox files and analyses), and streams large mbox files, `.gz` files
 * (decompressed as read) and standard input itself, cutting messages with the streaming splitter
 * and sending their bytes. With --jobs 1 there is no worker:
 * the same tasks run on the main thread, between its other work (pool/inline.ts; the analysis
 * bundle is loaded as the workers load it, pool/load.ts). A budget bounds what is in flight
 * (counted until the record is written), so memory stays flat however large the archive is, and a
 * reorder buffer keeps the output sorted by path and mbox index whatever --jobs is.
 */
import { isPst, LEVELS, type AnalyzeOptions, type Locale, type VerdictLevel } from '@ayashii/core';
import { closeSync, createReadStream, fstatSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createGunzip, type Gunzip } from 'node:zlib';
import type { ZipFile } from 'yauzl';
import type { ScanArgs } from '../args.js';
import { discover, sameFile, wantedInArchive } from '../input/discover.js';
import { fsPath } from '../input/fs-path.js';
import { hasPstName, listPst } from '../input/pst-part.js';
import { MboxSplitter, owned } from '../input/mbox.js';
import { hasGzipName, hasZipName, isGzip, isZip, sniffContainer } from '../input/sniff.js';
import { hasTarName, isTar, tarEntries } from '../input/tar.js';
import { openZip, zipMembers, type OpenMember } from '../input/zip.js';
import { HybridAnalyser, PST_MESSAGE_SIZE } from '../pool/hybrid.js';
import { InlineAnalyser, SLICE_MS_BESIDE_WORKERS } from '../pool/inline.js';
import { warmPageCache } from '../pool/read-ahead.js';
import { loadAnalysis, verifiedCodeCache, type Analysis } from '../pool/load.js';
import { WorkerPool } from '../pool/pool.js';
import type { Analyser, TaskBody } from '../pool/protocol.js';
import { HeapCeiling } from '../pool/heap-ceiling.js';
import { Budget, Sequencer, type FileSlot } from '../pool/sequencer.js';
import { Progress } from '../progress.js';
import { isError, type ScanRecord } from '../record.js';
import { CONFIG_LINES, errorText } from '../error-texts.js';
import { ioError, streamFailure, tooLarge, type Container } from '../errors.js';
import type { ScanConfig, UnnamedRecord } from '../scan-message.js';
import { count, moreErrorsLine, newSummary, summaryLine } from '../summary.js';
import { CsvSink } from '../output/csv.js';
import { HtmlSink } from '../output/html.js';
import { JsonSink } from '../output/json.js';
import { JsonlSink } from '../output/jsonl.js';
import type { Sink } from '../output/sink.js';
import { clean, TableSink } from '../output/table.js';
import { Output } from '../output/writer.js';

declare const __AYASHII_VERSION__: string;
export const VERSION: string = typeof __AYASHII_VERSION__ === 'string' ? __AYASHII_VERSION__ : '0.0.0-dev';

/** Files above this size are sniffed by the main thread and, when they are mbox, streamed. */
const STREAM_THRESHOLD = 4 * 1024 * 1024;
const READ_CHUNK = 1024 * 1024;
/** Bytes read before the kind of a stream or a large file is decided: a tar header's block. */
const SNIFF_HEAD = 512;
const GZIP_READ_CHUNK = 256 * 1024;
/** In flight at most: this many bytes (one bigger message is still admitted alone)… */
const MAX_INFLIGHT_BYTES = 16 * 1024 * 1024;
/** …and this many units per worker. */
const INFLIGHT_PER_JOB = 32;
const MAX_STDERR_ERRORS = 20;

/**
 * The main thread cuts every streamed message into buffers of its own (the splitter's growing
 * buffer, the exact copy handed to a worker). Its heap is otherwise nearly idle, so V8 collects
 * those only after ~64 MiB of them have piled up. A full collection of the small main heap every
 * COLLECT_EVERY streamed bytes costs a few milliseconds each time. Measured on a 1 GiB mbox with
 * --jobs 2, three runs each: peak RSS 287–302 MB without it, 261–264 MB with it, no slower.
 */
const COLLECT_EVERY = 16 * 1024 * 1024;

let collector: (() => void) | null | undefined;

function mainCollector(): (() => void) | null {
  if (collector !== undefined) return collector;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    collector = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    collector = null;
  } finally {
    // Back to the flags the code caches were made under (V8 refuses a cache made under other
    // flags, see pool/load.ts): a worker started later still uses its cache; gc stays callable.
    setFlagsFromString('--no-expose-gc');
  }
  return collector;
}

export interface Io {
  readonly stdin: NodeJS.ReadableStream;
  readonly stderr: NodeJS.WriteStream;
  readonly stdoutIsTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
  /** The folder of the worker threads' entry (ayashii-worker.cjs) and of the analysis bundle. */
  readonly dist: string;
  /** The analysis bundle's code cache file for the V8 flags in force (see pool/load.ts). */
  readonly codeCache: string | null;
  /**
   * Calls `stop` on SIGINT or SIGTERM (the scan then finishes what is in flight, writes the end of
   * its output and exits 130 or 143); returns the function that unhooks it.
   */
  readonly onInterrupt?: (stop: (signal: 'SIGINT' | 'SIGTERM') => void) => () => void;
}

/** Loads and validates --config (also for `ayashii url`); returns the options or the lines to print, in --lang. */
export function loadConfig(file: string, analysis: Analysis, lang: Locale): { options: AnalyzeOptions } | { errors: string[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { errors: [`${file}: ${errorText(ioError(e), lang)}`] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { errors: [CONFIG_LINES[lang].notJson(file, (e as Error).message)] };
  }
  const r = analysis.parseConfig(value);
  if (!r.ok) return { errors: [CONFIG_LINES[lang].invalid(file), ...r.issues.map((x) => `  ${analysis.configIssueText(x, lang)}`)] };
  return { options: r.options };
}

/**
 * The command-line path (or `-`, standard input) that is the same file as an existing output file,
 * or null. Paths inside folders need no such check: the walk leaves the output file out.
 */
function outputIsInput(output: string, paths: readonly string[]): string | null {
  let o: Stats;
  try {
    o = statSync(output);
  } catch {
    return null;
  }
  if (!o.isFile()) return null;
  for (const p of paths) {
    try {
      const s = p === '-' ? fstatSync(0) : statSync(p);
      if (s.isFile() && sameFile(s, o)) return p;
    } catch {
      // a missing input is reported by the scan itself
    }
  }
  return null;
}

/** A file in chunks of one reused buffer (the mbox splitter copies what it keeps). */
async function* readChunks(path: string): AsyncGenerator<Buffer> {
  const fh = await open(fsPath(path), 'r');
  try {
    const buf = Buffer.allocUnsafeSlow(READ_CHUNK);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, READ_CHUNK, null);
      if (bytesRead === 0) break;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

/** The bytes a file stream has read since the function it returns was last called (the progress bar's weight of what is read). */
function readSince(file: { readonly bytesRead: number }): () => number {
  let counted = 0;
  return () => {
    const d = file.bytesRead - counted;
    counted = file.bytesRead;
    return d;
  };
}

/** Gzip data decompressed as it is read; errors of the source (a file that cannot be read) come out of it too. */
function gunzip(source: NodeJS.ReadableStream | Iterable<Buffer> | AsyncIterable<Buffer | string>): Gunzip {
  const z = createGunzip({ chunkSize: 64 * 1024 });
  const from = source instanceof Readable ? source : Readable.from(source as AsyncIterable<Buffer | string>, { objectMode: false });
  from.on('error', (e) => z.destroy(e));
  from.pipe(z);
  return z;
}

/** `head`, then the rest of a stream. */
async function* prepend(head: Buffer, rest: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  yield head;
  yield* rest;
}

/** Reads a stream to its end, ignoring what it holds and how it fails. */
async function drain(s: AsyncIterable<unknown>): Promise<void> {
  try {
    for await (const _ of s) void _;
  } catch {
    // nothing more to read
  }
}

function headBytes(path: string, n: number): Uint8Array {
  const fd = openSync(fsPath(path), 'r');
  try {
    const b = Buffer.alloc(n);
    const got = readSync(fd, b, 0, n, 0);
    return b.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

export async function scan(args: ScanArgs, io: Io): Promise<number> {
  const started = performance.now();
  const err = (s: string): void => {
    io.stderr.write(`${s}\n`);
  };

  // The analysis on this thread: for --config (its validation knows every check, which the
  // command's own bundle leaves out) and for --jobs 1.
  let analysis: Analysis | undefined;
  const local = (): Analysis => (analysis ??= loadAnalysis(io.dist, io.codeCache));

  let options: AnalyzeOptions = {};
  if (args.config) {
    const c = loadConfig(args.config, local(), args.lang);
    if ('errors' in c) {
      for (const line of c.errors) err(`ayashii: ${line}`);
      return 2;
    }
    options = c.options;
  }

  // An input that is the output file itself would be truncated before it is read.
  const clash = args.output !== null && args.output !== '-' ? outputIsInput(args.output, args.paths) : null;
  if (clash !== null) {
    const input = clash === '-' ? (args.lang === 'ja' ? '標準入力' : 'standard input') : clean(clash);
    const why =
      args.lang === 'ja'
        ? `入力（${input}）と同じファイルです。読む前に上書きしてしまうため中止しました`
        : `is the same file as the input (${input}); stopped rather than overwrite it before it is read`;
    err(`ayashii: ${clean(args.output ?? '')}: ${why}`);
    return 2;
  }

  let out: Output;
  try {
    out = Output.open(args.output);
  } catch (e) {
    const why = args.lang === 'ja' ? errorText(ioError(e), 'ja').replace('読み込めません', '書き込めません') : errorText(ioError(e), 'en').replace('cannot read', 'cannot write');
    err(`ayashii: ${clean(args.output ?? '')}: ${why}`);
    return 2;
  }

  const envNoColor = (io.env['NO_COLOR'] ?? '') !== '';
  const color = args.color ?? (args.output === null && io.stdoutIsTTY && !envNoColor && io.env['TERM'] !== 'dumb');
  let sink: Sink;
  switch (args.format) {
    case 'jsonl':
      sink = new JsonlSink(out, args.lang);
      break;
    case 'json':
      sink = new JsonSink(out, { version: VERSION, lang: args.lang });
      break;
    case 'csv':
      sink = new CsvSink(out, args.csvBom, args.lang, args.details);
      break;
    case 'html':
      sink = new HtmlSink(out, { version: VERSION, lang: args.lang, paths: args.paths, minLevel: args.minLevel });
      break;
    default:
      sink = new TableSink(out, args.lang, color);
  }

  const cfg: ScanConfig = {
    options,
    lang: args.lang,
    detail: args.format === 'html',
    details: args.details && args.format !== 'html',
    links: args.links && args.format !== 'csv' && args.format !== 'html',
    maxMessageBytes: args.maxMessageBytes,
  };
  // --jobs 1 analyses on the main thread: a single worker would only add its start and the copies.
  // --jobs N: the main thread and N − 1 workers (pool/hybrid.ts); the analysis is loaded on the
  // main thread when it first takes a task (never, when only mbox streams are scanned).
  // After each slice of analysis on the main thread, its heap is kept near what it holds (pool/heap-ceiling.ts).
  let ceiling: HeapCeiling | null | undefined;
  const afterSlice = (): void => {
    if (ceiling === undefined) {
      const gc = mainCollector();
      ceiling = gc ? new HeapCeiling(gc) : null;
    }
    ceiling?.check();
  };
  const pool: Analyser =
    args.jobs === 1
      ? new InlineAnalyser(cfg, local().runTask, undefined, undefined, afterSlice)
      : new HybridAnalyser(
          new InlineAnalyser(cfg, (t, c) => local().runTask(t, c), undefined, SLICE_MS_BESIDE_WORKERS, afterSlice),
          new WorkerPool(args.jobs - 1, join(io.dist, 'ayashii-worker.cjs'), {
            cfg,
            codeCache: io.codeCache,
            // Read and checked once here rather than by every worker.
            codeCacheData: io.codeCache === null ? null : verifiedCodeCache(io.dist, io.codeCache),
          }),
          args.jobs,
        );
  const budget = new Budget(args.jobs * INFLIGHT_PER_JOB, MAX_INFLIGHT_BYTES);
  const summary = newSummary();
  const minRank = LEVELS.indexOf(args.minLevel);
  const failRank = args.failOn ? LEVELS.indexOf(args.failOn) : Infinity;
  let found = false;
  let stderrErrors = 0;
  // A signal (Ctrl-C) stops taking new input; what is in flight is finished and the output ended.
  let interrupted: 'SIGINT' | 'SIGTERM' | null = null;
  const unhook = io.onInterrupt?.((signal) => {
    interrupted = signal;
    // Standard input may be waiting for more (a terminal, a slow pipe): stop reading it.
    if (readingStdin) (io.stdin as Readable).destroy();
  });
  let readingStdin = false;
  const halted = (): boolean => out.closedByReader || interrupted !== null;
  const showErrors = !args.quiet && !(args.format === 'table' && args.output === null);
  const progress = (args.progress ?? io.stderr.isTTY === true) ? new Progress(io.stderr, args.paths) : null;

  const emit = (r: ScanRecord): void => {
    count(summary, r);
    if (isError(r)) {
      if (showErrors && stderrErrors++ < MAX_STDERR_ERRORS) {
        if (progress) io.stderr.write('\r\u001b[K');
        err(`ayashii: ${clean(r.file)}: ${clean(errorText(r.error, args.lang))}`);
      }
    } else if (LEVELS.indexOf(r.verdict as VerdictLevel) >= failRank) found = true;
    if (isError(r) || LEVELS.indexOf(r.verdict) >= minRank) {
      summary.printed++;
      sink.write(r);
    }
  };
  const seq = new Sequencer(budget, emit);

  // Every dispatched unit's promise, so that the end can wait for all of them.
  const inflight = new Set<Promise<void>>();
  const track = (p: Promise<void>): void => {
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  };
  const single = (path: string, rec: UnnamedRecord): void => {
    const slot = seq.open(path);
    slot.dispatched = 1;
    seq.put(slot, 0, rec, null);
    seq.close(slot, 1);
  };

  /** A task whose records (one, or those of a small mbox) are the records of `path`; `weight` counts in the progress bar. */
  const dispatchTask = async (path: string, body: TaskBody, size: number, weight: number): Promise<void> => {
    const slot = seq.open(path);
    slot.dispatched = 1;
    const cost = Math.min(size, MAX_INFLIGHT_BYTES);
    await budget.acquire(cost);
    track(
      pool.run(body).then((recs) => {
        recs.forEach((r, i) => seq.put(slot, i, r, i === 0 ? cost : null));
        if (recs.length === 0) budget.release(cost);
        seq.close(slot, recs.length);
        progress?.tick(weight);
      }),
    );
  };

  const dispatchFile = async (path: string, size: number): Promise<void> => {
    // Files from the disk: read ahead of the workers (pool/read-ahead.ts).
    if (pool instanceof HybridAnalyser && pool.readsFromDisk()) warmPageCache(path, size);
    await dispatchTask(path, { path, size }, size, size);
  };

  /** `weight`: what the message counts for in the progress bar's bytes (its size, or the compressed bytes read for it). */
  const dispatchMessage = async (
    slot: FileSlot,
    index: number,
    bytes: Buffer,
    oversize: number | undefined,
    whole = false,
    weight?: number,
  ): Promise<void> => {
    slot.dispatched++;
    if (oversize !== undefined) {
      seq.put(slot, index, { error: tooLarge(oversize, args.maxMessageBytes) }, null);
      progress?.tick(weight ?? oversize);
      return;
    }
    const size = bytes.length;
    await budget.acquire(size);
    track(
      pool.run({ bytes, whole }).then((recs) => {
        seq.put(slot, index, recs[0] ?? { error: { code: 'internal/no-result', params: {} } }, size);
        progress?.tick(weight ?? size);
      }),
    );
  };

  /**
   * Streams an mbox (a file, stdin, or either decompressed) through the splitter. `weigh` gives what
   * each message counts for in the progress bar (the compressed bytes read since the previous one).
   */
  const streamMbox = async (
    path: string,
    source: AsyncIterable<Buffer | string> | Iterable<Buffer>,
    first?: Buffer,
    weigh?: () => number,
    container: Container = 'gzip',
  ): Promise<void> => {
    const slot = seq.open(path);
    const splitter = new MboxSplitter({ maxMessageBytes: args.maxMessageBytes });
    let n = 0;
    let cut = 0;
    const collect = mainCollector();
    const feed = async (msgs: ReturnType<MboxSplitter['push']>): Promise<void> => {
      for (const m of msgs) {
        cut += m.bytes.length;
        await dispatchMessage(slot, n++, m.bytes, m.oversize, false, weigh?.());
      }
      if (collect && cut >= COLLECT_EVERY) {
        cut = 0;
        collect();
      }
    };
    try {
      if (first) await feed(splitter.push(first));
      for await (const chunk of source) {
        await feed(splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
        if (halted()) break;
      }
      // Stopped early: the bytes after the last whole message are not a message of their own.
      if (!halted()) {
        await feed(splitter.end());
        if (n === 0) {
          slot.dispatched++;
          seq.put(slot, n++, { error: { code: 'format/empty-mbox', params: {} } }, null);
        }
      }
    } catch (e) {
      // A stream cut short because the scan was interrupted (standard input is closed then) is not an error of its own.
      if (!halted()) {
        slot.dispatched++;
        const error = streamFailure(e, n, true, container);
        seq.put(slot, n++, { error }, null);
      }
    }
    // Cut short by an interruption: `path#1` even when one message came (the stream held more).
    seq.close(slot, n, halted());
  };

  /**
   * Scans a stream whose kind its first bytes tell: standard input, or a `.gz` file as it is
   * decompressed. An mbox is streamed through the splitter; one message is collected (up to
   * --max-message-size) and analysed whole; gzip data (standard input only: `decompressed` is
   * false) is decompressed on the way and looked at again. `stop` ends a stream that is no longer
   * needed (a message over the limit); `weigh` is passed on to `streamMbox`.
   */
  const scanStream = async (
    path: string,
    it: AsyncIterator<Buffer | string>,
    o: {
      readonly decompressed: boolean;
      readonly stop: () => Promise<void>;
      readonly weigh?: (() => number) | undefined;
      /** What damaged data is read from (default gzip: a plain stream fails only with read errors). */
      readonly container?: Container;
      /** A file inside an archive: a tar archive there is not read (as a ZIP inside a ZIP is not). */
      readonly nested?: boolean;
    },
  ): Promise<void> => {
    const chunks: Buffer[] = [];
    let size = 0;
    const rest: AsyncIterable<Buffer | string> = { [Symbol.asyncIterator]: () => it };
    let done = false;
    try {
      // Read until the kind of input is known (a tar header's block; a few bytes for the others).
      while (size < SNIFF_HEAD) {
        const r = await it.next();
        if (r.done) {
          done = true;
          break;
        }
        const c = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
        chunks.push(c);
        size += c.length;
      }
    } catch (e) {
      return halted() ? undefined : single(path, { error: streamFailure(e, 0, false, o.container ?? 'gzip') });
    }
    const head = Buffer.concat(chunks);
    if (!o.decompressed && isGzip(head)) {
      const z = gunzip(done ? [head] : prepend(head, rest));
      return scanStream(path, z[Symbol.asyncIterator](), { decompressed: true, stop: () => drain(z), weigh: o.weigh });
    }
    if (isTar(head)) {
      if (!o.nested) return scanTar(path, done ? [head] : prepend(head, rest), o.weigh);
      if (!done) await o.stop();
      return single(path, { error: { code: 'format/unsupported', params: { format: 'tar' } } });
    }
    if (isPst(head)) return spoolPst(path, head, done ? [] : rest, o);
    const kind = sniffContainer(head.subarray(0, 16));
    if (kind.kind === 'mbox') return streamMbox(path, done ? [] : rest, head, o.weigh, o.container);
    if (kind.kind === 'error') {
      // Known from its first bytes (an Outlook data file in an archive …): the rest is not read.
      if (!done) await o.stop();
      if (kind.error.code === 'format/empty-file' && path === '-') return single(path, { error: { code: 'format/empty-input', params: {} } });
      return single(path, { error: kind.error });
    }
    if (!done) {
      try {
        for await (const c of rest) {
          const b = typeof c === 'string' ? Buffer.from(c) : c;
          size += b.length;
          if (size > args.maxMessageBytes) {
            await o.stop();
            return single(path, { error: tooLarge(size, args.maxMessageBytes) });
          }
          chunks.push(b);
        }
      } catch (e) {
        return halted() ? undefined : single(path, { error: streamFailure(e, 0, false, o.container ?? 'gzip') });
      }
    }
    const slot = seq.open(path);
    await dispatchMessage(slot, 0, owned(Buffer.concat(chunks)), undefined, true, o.weigh?.());
    seq.close(slot, 1);
  };

  const scanStdin = async (): Promise<void> => {
    const it = (io.stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
    readingStdin = true;
    try {
      await scanStream('-', it, { decompressed: false, stop: () => drain({ [Symbol.asyncIterator]: () => it }) });
    } finally {
      readingStdin = false;
    }
  };

  /** A named pipe or a device named on the command line: read like standard input. */
  const scanNamedStream = async (path: string): Promise<void> => {
    const file = createReadStream(fsPath(path), { highWaterMark: READ_CHUNK });
    await scanStream(path, file[Symbol.asyncIterator](), {
      decompressed: false,
      stop: async () => {
        file.destroy();
      },
    });
  };

  /** A `.gz` file, decompressed as it is read (the budget and the splitter keep memory flat). */
  const scanGzipFile = async (path: string): Promise<void> => {
    // Smaller reads than an mbox's: each read is decompressed whole before the splitter takes any
    // of it (a 1 MiB read of text compressed two to five times holds 2–5 MiB of output at once).
    const file = createReadStream(fsPath(path), { highWaterMark: GZIP_READ_CHUNK });
    const z = gunzip(file);
    const weigh = readSince(file);
    await scanStream(path, z[Symbol.asyncIterator](), {
      decompressed: true,
      stop: async () => {
        file.destroy();
        z.destroy();
      },
      weigh,
    });
  };

  /**
   * A ZIP archive: each file inside that a folder walk would scan is read as a stream of its own
   * (an mbox, one message, gzip data), named `archive.zip/inner/name`, in the archive's order.
   */
  const scanZipFile = async (path: string): Promise<void> => {
    let zip: ZipFile;
    try {
      zip = await openZip(path);
    } catch (e) {
      return single(path, { error: streamFailure(e, 0, false, 'zip') });
    }
    let files = 0;
    try {
      for await (const m of zipMembers(zip, path)) {
        if (halted()) break;
        files++;
        const name = `${path}/${m.name}`;
        if (m.kind === 'error') {
          single(name, { error: m.error });
          continue;
        }
        if (m.part.size <= STREAM_THRESHOLD && !hasGzipName(m.name) && !hasTarName(m.name) && !hasPstName(m.name)) {
          // A small file: an analyser reads and inflates it, as it reads a file of a folder.
          await dispatchTask(name, { zip: m.part }, m.part.size, m.compressedSize);
          continue;
        }
        let member: OpenMember;
        try {
          member = await m.open();
        } catch (e) {
          single(name, { error: streamFailure(e, 0, false, 'zip') });
          continue;
        }
        let weighed = false;
        await scanStream(name, member.chunks, {
          decompressed: false,
          stop: async () => {
            member.close();
          },
          weigh: () => (weighed ? 0 : ((weighed = true), m.compressedSize)),
          container: 'zip',
          nested: true,
        });
      }
      if (files === 0 && !halted()) single(path, { error: { code: 'format/empty-zip', params: {} } });
    } catch (e) {
      // The list of files (the central directory) is damaged: the files read before it stand.
      single(path, { error: streamFailure(e, 0, false, 'zip') });
    } finally {
      try {
        zip.close();
      } catch {
        // every file of it has its record already; closing is not worth a failed scan
      }
    }
  };

  /**
   * An Outlook data file (`.pst`, `.ost`): its messages are listed here, folder by folder, and each
   * is a task that an analyser reads from the file itself (input/pst-part.ts). Records are named
   * `archive.pst/Folder/Sub-folder#N`, N counting the folder's messages in the order they were
   * stored. `size`: the file's, shared among its messages in the progress bar.
   */
  const scanPstFile = async (file: string, size: number, path = file): Promise<void> => {
    let listed: ReturnType<typeof listPst>;
    try {
      listed = listPst(file);
    } catch (e) {
      return single(path, { error: ioError(e) });
    }
    if ('problem' in listed) {
      if (listed.problem === 'protected') return single(path, { error: { code: 'format/unsupported', params: { format: 'pst-protected' } } });
      return single(path, { error: { code: 'format/damaged-pst', params: { message: (listed.what ?? 'its header is not one of an Outlook data file').slice(0, 200) } } });
    }
    const total = listed.folders.reduce((n, f) => n + f.nids.length, 0);
    // Damage in the list of messages: what could be listed is scanned, after a record saying so.
    if (listed.damaged !== null) single(path, { error: { code: 'format/damaged-pst', params: { message: listed.damaged.slice(0, 200) } } });
    // Items that are not mail (calendars, contacts, tasks …) are counted, not scanned.
    summary.notMail += listed.notMail;
    if (total === 0) return listed.damaged === null && listed.notMail === 0 ? single(path, { error: { code: 'format/empty-pst', params: {} } }) : undefined;
    const weight = size / total;
    const tasks: Promise<void>[] = [];
    for (const f of listed.folders) {
      if (halted()) break;
      const slot = seq.open(f.folder.length > 0 ? `${path}/${f.folder.join('/')}` : path, true);
      let n = 0;
      for (const nid of f.nids) {
        if (halted()) break;
        slot.dispatched++;
        const index = n++;
        await budget.acquire(PST_MESSAGE_SIZE);
        const task = pool.run({ pst: { path: file, nid } }).then((recs) => {
          // No record: an item that is not mail, in a mail folder.
          if (recs.length === 0) summary.notMail++;
          seq.put(slot, index, recs[0] ?? null, PST_MESSAGE_SIZE);
          progress?.tick(weight);
        });
        track(task);
        if (file !== path) tasks.push(task);
      }
      seq.close(slot, n, halted());
    }
    // A copy of a data file (spoolPst) is removed once its messages have been read.
    await Promise.all(tasks);
  };

  /**
   * An Outlook data file in a stream (standard input, a file of a ZIP or tar archive, gzip data),
   * which is read only with random access: copied as it comes to a temporary file of the scan's own
   * (readable by this user only), scanned as a file on disk, and removed. Memory stays flat; the
   * disk holds one copy of the file while its messages are scanned.
   */
  const spoolPst = async (path: string, head: Buffer, rest: AsyncIterable<Buffer | string> | readonly Buffer[], o: { readonly weigh?: (() => number) | undefined; readonly container?: Container }): Promise<void> => {
    let dir: string;
    try {
      dir = mkdtempSync(join(tmpdir(), 'ayashii-'));
    } catch (e) {
      return single(path, { error: ioError(e) });
    }
    const file = join(dir, 'spooled.pst');
    try {
      let size = 0;
      // Errors of the copy (a full disk) are the scan's own, errors of the stream the data's.
      let writing = true;
      try {
        const fh = await open(file, 'wx', 0o600);
        try {
          await fh.write(head);
          size += head.length;
          writing = false;
          for await (const c of rest) {
            const b = typeof c === 'string' ? Buffer.from(c) : c;
            writing = true;
            await fh.write(b);
            writing = false;
            size += b.length;
          }
        } finally {
          await fh.close();
        }
      } catch (e) {
        if (halted()) return;
        return single(path, { error: writing ? ioError(e) : streamFailure(e, 0, false, o.container ?? 'gzip') });
      }
      // In the progress bar, the messages share what the stream's reading counted (compressed bytes of an archive).
      await scanPstFile(file, o.weigh?.() ?? size, path);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  /**
   * A tar archive, as its stream comes (a `.tar` file, a `.tar.gz` as it is decompressed, standard
   * input): each file inside that a folder walk would scan is read as a stream of its own (an
   * mbox, one message, gzip data), named `archive.tar/inner/name`, in the archive's order.
   * `weigh`: the archive's bytes read since it was last called (the progress bar).
   */
  const scanTar = async (path: string, source: AsyncIterable<Buffer | string> | Iterable<Buffer>, weigh?: () => number): Promise<void> => {
    let files = 0;
    try {
      for await (const f of tarEntries(source)) {
        if (halted()) break;
        if (!wantedInArchive(f.name)) continue;
        files++;
        if (f.kind === 'link') {
          // Not scanned twice (a hard link) or followed (a symbolic one), but not left out silently either.
          single(`${path}/${f.name}`, { error: { code: 'format/tar-link', params: { target: f.target, hard: f.hard } } });
          continue;
        }
        // What is left of a file not read to its end (one over --max-message-size) is skipped by the reader.
        await scanStream(`${path}/${f.name}`, f.data[Symbol.asyncIterator](), { decompressed: false, stop: async () => undefined, weigh, container: 'tar', nested: true });
      }
      if (files === 0 && !halted()) single(path, { error: { code: 'format/empty-tar', params: {} } });
    } catch (e) {
      // Damage between files: the files read before it stand (their records come before this one).
      if (!halted()) single(path, { error: streamFailure(e, 0, false, 'tar') });
    }
  };

  /** A `.tar` file, read as it comes (in fresh buffers: the files inside are handed on as views of them). */
  const scanTarFile = async (path: string): Promise<void> => {
    const file = createReadStream(fsPath(path), { highWaterMark: READ_CHUNK });
    try {
      await scanTar(path, file, readSince(file));
    } finally {
      file.destroy();
    }
  };

  try {
    // The output file, if a walk or a glob meets it, is not scanned (it is being written).
    for await (const e of discover(args.paths, out.fileId())) {
      if (halted()) break;
      if (e.kind === 'stdin') await scanStdin();
      else if (e.kind === 'stream') await scanNamedStream(e.path);
      else if (e.kind === 'error') single(e.path, { error: e.error });
      else if (e.size <= STREAM_THRESHOLD && !hasGzipName(e.path) && !hasZipName(e.path) && !hasTarName(e.path) && !hasPstName(e.path)) await dispatchFile(e.path, e.size);
      else {
        let head: Uint8Array;
        try {
          head = headBytes(e.path, SNIFF_HEAD);
        } catch (x) {
          single(e.path, { error: ioError(x) });
          continue;
        }
        const kind = sniffContainer(head);
        if (hasGzipName(e.path) && isGzip(head)) await scanGzipFile(e.path);
        else if (hasZipName(e.path) && isZip(head)) await scanZipFile(e.path);
        else if (hasTarName(e.path) && isTar(head)) await scanTarFile(e.path);
        else if (hasPstName(e.path) && isPst(head)) await scanPstFile(e.path, e.size);
        else if (e.size <= STREAM_THRESHOLD) await dispatchFile(e.path, e.size);
        else if (kind.kind === 'mbox') await streamMbox(e.path, readChunks(e.path));
        else if (kind.kind === 'error') single(e.path, { error: kind.error });
        else if (e.size > args.maxMessageBytes) single(e.path, { error: tooLarge(e.size, args.maxMessageBytes) });
        else await dispatchFile(e.path, e.size);
      }
    }
    while (inflight.size > 0) await Promise.all([...inflight]);
  } finally {
    unhook?.();
    await pool.close();
    progress?.stop();
  }
  if (interrupted) summary.interrupted = interrupted;

  summary.elapsedMs = performance.now() - started;
  try {
    sink.end(summary);
    out.close();
  } catch (e) {
    err(`ayashii: cannot write the output: ${(e as Error).message}`);
    return 2;
  }
  if (showErrors && stderrErrors > MAX_STDERR_ERRORS) err(moreErrorsLine(stderrErrors - MAX_STDERR_ERRORS, args.lang));
  if (!args.quiet) err(summaryLine(summary, args.lang));
  if (seq.pending > 0) {
    err('ayashii: internal error: some results were never written');
    return 2;
  }
  if (interrupted) {
    err(
      args.lang === 'ja'
        ? `ayashii: ${interrupted} で中断しました。出力には中断までに調べた ${summary.scanned} 件だけが含まれています`
        : `ayashii: interrupted (${interrupted}): the output holds only the ${summary.scanned} records scanned before it stopped`,
    );
    return interrupted === 'SIGINT' ? 130 : 143;
  }
  if (summary.ioErrors > 0) return 2;
  return found ? 1 : 0;
}
