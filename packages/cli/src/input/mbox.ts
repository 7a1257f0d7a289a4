/**
 * A streaming mbox splitter: bytes in, whole messages out, never the whole file in memory.
 *
 * Formats (RFC 4155 and the mbox family): every message starts with a `From ` envelope line.
 * - mboxo/mboxrd: `From ` at the start of a body line is written as `>From ` (mboxrd also quotes
 *   `>From ` as `>>From `). We unescape one level: `>From ` → `From `, `>>From ` → `>From `.
 * - mboxcl/mboxcl2: a `Content-Length:` header gives the body length, and (cl2) body lines are not
 *   escaped. A `From ` line inside the announced body is not a separator, but only when the
 *   length is right: a separator (or the end of the file) must stand exactly where the body ends.
 *   A wrong Content-Length is common (edited files), so otherwise the message is split as usual.
 *   The length is trusted over at most `LENGTH_TRUST` bytes of `From ` lines: phishing mails
 *   often claim bodies of tens of megabytes (real ones: `Content-Length: 22448528` on 25 KB), and
 *   holding every message after one of them until the claimed end would take that much memory.
 *
 * A `From ` line is a separator when it follows a blank line (or starts the file), or, without the
 * blank line, when it looks like an envelope line (`From sender Mon Jan  1 00:00:00 2024`: a time
 * and a year). A single message whose file starts with a `From ` line is simply one message.
 *
 * Messages larger than `maxMessageBytes` are not kept: they come out with `oversize` set and no
 * bytes, so one giant message cannot take the memory bound with it.
 */

const NL = 0x0a;
const CR = 0x0d;
const SEP = Buffer.from('\nFrom ');
/** Longest envelope line we wait for before judging it with what we have. */
const MAX_ENVELOPE = 1024;
/** `From sender date`: a time and a year after the sender (three linear tests, no backtracking). */
const ENVELOPE_TIME = /\b\d{1,2}:\d{2}\b/;
const ENVELOPE_YEAR = /\b(?:19|20)\d{2}\b/;
const ENVELOPE_LIKE = { test: (line: string): boolean => /^From \S/.test(line) && ENVELOPE_TIME.test(line) && ENVELOPE_YEAR.test(line) };
const FROM_LINE = /^From \S/;
const CONTENT_LENGTH = /^content-length:[ \t]*(\d{1,12})[ \t]*\r?$/im;
/**
 * How far past the first `From ` line inside a Content-Length body the length is still believed:
 * a separator candidate further on proves it wrong, and the messages held so far are cut at once.
 * A genuine mboxcl2 body with unquoted `From ` lines spread over more than this is split.
 */
const LENGTH_TRUST = 4 * 1024 * 1024;

export interface MboxMessage {
  /** 0-based position of the message in the file. */
  readonly index: number;
  /** The message with its envelope line removed and mboxrd quoting undone (empty when oversize). */
  readonly bytes: Buffer;
  /** Set (to the size seen) when the message exceeded `maxMessageBytes` and was dropped. */
  readonly oversize?: number;
}

interface Current {
  /** Bytes of the message so far (they are in the splitter's accumulator). */
  size: number;
  oversize: boolean;
  /** Body start (message-relative), once the header block has ended; 0 when given up. */
  bodyAt: number;
  /** Expected end of the body from Content-Length (message-relative), or -1. */
  clEnd: number;
  /** Separator candidates inside the Content-Length body, message-relative offsets of `From `. */
  deferred: number[];
}

const EMPTY = Buffer.alloc(0);

/**
 * The accumulator is kept from message to message up to this size; one grown past it for a larger
 * message is let go when that message is done.
 */
const ACC_KEEP = 1024 * 1024;

export class MboxSplitter {
  private readonly max: number;
  private readonly lengthTrust: number;
  private carry: Buffer = Buffer.alloc(0);
  /** The two bytes before `carry` in the stream (for the blank-line test). */
  private prev1 = NL;
  private prev2 = NL;
  private inEnvelope = false;
  private started = false;
  private index = 0;
  private cur: Current = MboxSplitter.fresh();
  /**
   * The message being cut, reused from message to message: each message then costs the main thread
   * one allocation, its exact copy handed to a worker, instead of a series of buffers grown by
   * doubling (garbage outside the heap, which the main thread's idle heap collects late).
   */
  private acc: Buffer = EMPTY;
  private out: MboxMessage[] = [];

  /** `lengthTrust`: LENGTH_TRUST, smaller in tests. */
  constructor(opts: { maxMessageBytes: number; lengthTrust?: number }) {
    this.max = opts.maxMessageBytes;
    this.lengthTrust = opts.lengthTrust ?? LENGTH_TRUST;
    // The file starts with "From ": a virtual newline makes the first line a candidate like any other.
    this.carry = Buffer.from('\n');
  }

  private static fresh(): Current {
    return { size: 0, oversize: false, bodyAt: -1, clEnd: -1, deferred: [] };
  }

  /** Bytes at the start of the carry that were already taken (see process). */
  private skip = 0;

  /** carry + chunk, in a buffer reused from push to push (nothing of it is kept afterwards). */
  private scratch: Buffer = EMPTY;

  /**
   * Feeds a chunk; returns the messages completed by it, in order. The chunk is copied from, never
   * kept, so the caller may reuse its buffer for the next read: the splitter makes no garbage per
   * chunk, only one buffer per message (which is transferred to a worker).
   */
  push(chunk: Uint8Array): MboxMessage[] {
    const n = this.carry.length + chunk.length;
    if (this.scratch.length < n) this.scratch = Buffer.allocUnsafeSlow(Math.max(n, 64 * 1024));
    this.scratch.set(this.carry, 0);
    this.scratch.set(chunk, this.carry.length);
    this.process(this.scratch.subarray(0, n), false);
    return this.drain();
  }

  /** Ends the stream; returns the last message(s). */
  end(): MboxMessage[] {
    this.process(this.carry, true);
    this.carry = Buffer.alloc(0);
    if (this.started && !this.inEnvelope) this.finish(true);
    else if (this.started && this.inEnvelope) this.started = false;
    return this.drain();
  }

  private drain(): MboxMessage[] {
    const o = this.out;
    this.out = [];
    return o;
  }

  private byteBefore(buf: Buffer, i: number, k: 1 | 2): number {
    const j = i - k;
    if (j >= 0) return buf[j] ?? NL;
    return j === -1 ? this.prev1 : this.prev2;
  }

  /** The line before the `\n` at `i` is empty. */
  private blankBefore(buf: Buffer, i: number): boolean {
    const b1 = this.byteBefore(buf, i, 1);
    if (b1 === NL) return true;
    return b1 === CR && this.byteBefore(buf, i, 2) === NL;
  }

  private process(buf: Buffer, final: boolean): void {
    let pos = this.skip;
    this.skip = 0;
    let search = 0;
    const len = buf.length;
    for (;;) {
      if (this.inEnvelope) {
        const nl = buf.indexOf(NL, pos);
        if (nl === -1) {
          pos = len;
          break;
        }
        pos = nl + 1;
        search = nl;
        this.inEnvelope = false;
        this.started = true;
        this.cur = MboxSplitter.fresh();
        continue;
      }
      const i = buf.indexOf(SEP, Math.max(search, pos === 0 ? 0 : pos - 1));
      if (i === -1) break;
      const lineStart = i + 1;
      let lineEnd = buf.indexOf(NL, lineStart);
      if (lineEnd === -1) {
        if (!final && len - lineStart < MAX_ENVELOPE) {
          // Wait for the rest of the line: keep from the candidate's newline on. That newline may
          // already be spent (it ends the envelope line just dropped): the next round skips it.
          this.append(buf, pos, i);
          this.keep(buf, i);
          this.skip = Math.max(0, pos - i);
          return;
        }
        lineEnd = len;
      }
      const line = buf.toString('latin1', lineStart, Math.min(lineEnd, lineStart + MAX_ENVELOPE));
      const separator = (this.blankBefore(buf, i) && FROM_LINE.test(line)) || ENVELOPE_LIKE.test(line);
      if (!separator) {
        search = i + 1;
        continue;
      }
      if (this.started && this.protectedAt(buf, pos, i)) {
        search = i + 1;
        continue;
      }
      // A separator: the message ends with the newline at i; the envelope line is dropped.
      this.append(buf, pos, i + 1);
      if (this.started) this.finish(false);
      this.started = true;
      this.cur = MboxSplitter.fresh();
      if (lineEnd >= len) {
        this.inEnvelope = true;
        pos = len;
        break;
      }
      pos = lineEnd + 1;
      search = lineEnd;
    }
    if (final) {
      this.append(buf, pos, len);
      return;
    }
    // Keep a few bytes so that a "\nFrom " split across chunks is still found.
    const keepFrom = Math.max(pos, len - (SEP.length - 1));
    this.append(buf, pos, keepFrom);
    this.keep(buf, keepFrom);
  }

  /** Keeps buf[from..] for the next round, remembering the two bytes before it. */
  private keep(buf: Buffer, from: number): void {
    // Both read before either is set: for `from` < 2 they come from the previous prev1/prev2.
    const prev1 = this.byteBefore(buf, from, 1);
    const prev2 = this.byteBefore(buf, from, 2);
    this.prev1 = prev1;
    this.prev2 = prev2;
    this.carry = Buffer.from(buf.subarray(from));
  }

  /**
   * True when the candidate separator at `i` lies inside the body announced by Content-Length
   * (then it is recorded, and the split happens later only if the length proves wrong).
   */
  private protectedAt(buf: Buffer, pos: number, i: number): boolean {
    const c = this.cur;
    if (c.clEnd < 0 && c.bodyAt < 0) this.scanHead(buf, pos, i + 1);
    if (c.clEnd < 0) return false;
    const at = c.size + (i + 1 - pos);
    if (at < c.clEnd) {
      const first = c.deferred[0];
      if (first !== undefined && at - first > this.lengthTrust) {
        this.lengthWasWrong();
        return false;
      }
      c.deferred.push(at);
      return true;
    }
    // At or past the announced end: if it is exactly there, the length was right.
    if (at - c.clEnd > 3) this.lengthWasWrong();
    else c.deferred = [];
    return false;
  }

  private lengthWasWrong(): void {
    this.cur.clEnd = -1;
  }

  /** Appends (copies) buf[from, to) to the current message (only once the first envelope line was seen). */
  private append(buf: Buffer, from: number, to: number): void {
    if (to <= from || !this.started) return;
    const c = this.cur;
    const len = to - from;
    c.size += len;
    if (c.oversize) return;
    if (c.size > this.max) {
      c.oversize = true;
      c.clEnd = -1;
      c.deferred = [];
      return;
    }
    if (c.size > this.acc.length) {
      let cap = Math.max(64 * 1024, this.acc.length * 2);
      while (cap < c.size) cap *= 2;
      const grown = Buffer.allocUnsafeSlow(Math.min(cap, Math.max(this.max, c.size)));
      this.acc.copy(grown, 0, 0, c.size - len);
      this.acc = grown;
    }
    buf.copy(this.acc, c.size - len, from, to);
  }

  /** Finds the end of the header block in the message so far (plus buf[from, to)) and reads Content-Length. */
  private scanHead(buf: Buffer, from: number, to: number): void {
    const c = this.cur;
    if (c.oversize) return;
    // Usually the whole header block is in this chunk: read it in place. A copy of up to 512 KiB per
    // message is garbage the main thread's idle heap collects late (tens of MiB of RSS on a 1 GiB mbox).
    const tail = buf.subarray(from, Math.min(to, from + 256 * 1024));
    const head = c.size === 0 ? tail : Buffer.concat([this.acc.subarray(0, Math.min(c.size, 256 * 1024)), tail]);
    let end = -1;
    let body = -1;
    for (let k = 0; k < head.length; k++) {
      if (head[k] !== NL) continue;
      if (k === 0 || head[k + 1] === NL) {
        end = k;
        body = k === 0 ? 1 : k + 2;
        break;
      }
      if (head[k + 1] === CR && head[k + 2] === NL) {
        end = k;
        body = k + 3;
        break;
      }
    }
    if (end < 0) {
      // No end of headers in the first 256 KiB: not a header block worth trusting a length from.
      if (head.length >= 256 * 1024) c.bodyAt = 0;
      return;
    }
    c.bodyAt = body;
    const m = CONTENT_LENGTH.exec(head.toString('latin1', 0, end));
    if (m?.[1]) {
      const n = Number(m[1]);
      if (n > 0 && body + n <= this.max) c.clEnd = body + n;
    }
  }

  private finish(atEof: boolean): void {
    const c = this.cur;
    const acc = this.acc;
    if (acc.length > ACC_KEEP) this.acc = EMPTY;
    if (c.oversize) {
      this.out.push({ index: this.index++, bytes: Buffer.alloc(0), oversize: c.size });
      return;
    }
    if (c.size === 0) return;
    // Emitted (copied) before the accumulator is written again.
    const all = acc.subarray(0, c.size);
    let cuts: number[] = [];
    if (c.deferred.length > 0) {
      // Content-Length promised a body that did not end where it said (or the file ended early):
      // the deferred candidates were real separators after all.
      const verified = c.clEnd >= 0 && atEof && c.size - c.clEnd >= 0 && c.size - c.clEnd <= 3;
      if (!verified) cuts = c.deferred;
    }
    let start = 0;
    for (const cut of cuts) {
      this.emit(all.subarray(start, cut));
      const nl = all.indexOf(NL, cut);
      start = nl === -1 ? all.length : nl + 1;
    }
    this.emit(all.subarray(start));
  }

  /** Hands out a copy of `bytes` (a view of the accumulator), unquoted, in an ArrayBuffer of its own. */
  private emit(bytes: Buffer): void {
    if (bytes.length === 0) return;
    const u = unescapeFrom(bytes);
    this.out.push({ index: this.index++, bytes: u === bytes ? owned(u) : u });
  }
}

/**
 * A copy in an ArrayBuffer of its own, which is transferred to a worker thread (detached here):
 * the pieces are views of reused buffers (or of Node's small Buffer pool).
 */
export function owned(b: Uint8Array): Buffer {
  const o = Buffer.allocUnsafeSlow(b.length);
  o.set(b);
  return o;
}

/**
 * mboxrd: removes one `>` from every line that is `>+From `. Returns the input when there is none,
 * else a new buffer that owns its ArrayBuffer.
 */
export function unescapeFrom(b: Buffer): Buffer {
  let k = b.indexOf('>From ');
  if (k === -1) return b;
  const drop: number[] = [];
  while (k !== -1) {
    let s = k;
    while (s > 0 && b[s - 1] === 0x3e) s--;
    if (s === 0 || b[s - 1] === NL) drop.push(s);
    k = b.indexOf('>From ', k + 6);
  }
  if (drop.length === 0) return b;
  const out = Buffer.allocUnsafeSlow(b.length - drop.length);
  let o = 0;
  let from = 0;
  for (const d of drop) {
    o += b.copy(out, o, from, d);
    from = d + 1;
  }
  b.copy(out, o, from);
  return out;
}
