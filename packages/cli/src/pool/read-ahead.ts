/**
 * Reads the files of a --jobs 1 scan asynchronously, so that the disk works while a message is
 * analysed.
 *
 * A scan reads thousands of files one after the other. Read synchronously, each read waits for the
 * disk with the analysis stopped: on an archive that is not in the page cache (the usual case for
 * an administrator's saved mail) that is most of the difference between a cold and a warm scan.
 * Here the reads of the tasks in flight (up to 32, scan.ts) run on libuv's thread pool while the
 * main thread analyses, and a message is analysed when its bytes are in. Measured on phish-dev
 * (1,977 files, 2 cores, five runs alternated with the synchronous reads, medians): evicted from
 * the page cache before each run, wall 1.96 s against 2.22 s; cached, 1.70 s against 1.69 s.
 *
 * The workers of --jobs 2 and more keep reading synchronously (scan-message.ts `readWhole`): the
 * two workers already overlap each other's reads, and with both cores analysing, handing the reads
 * to the thread pool (open, read and close each, in that first version) cost more than it saved
 * (cached: wall 1.85 s against 1.77 s, CPU +0.13 s; evicted: 1.91 s against 1.98 s). What pays
 * there is the main thread, nearly idle, reading each file a few tasks ahead of the workers and
 * dropping the bytes, so that the workers find it in the page cache (`warmPageCache`): evicted,
 * 1.60 s against 1.85 s. It costs where the files are cached already (1.42 s against 1.39 s, CPU
 * +0.08 s), so the main thread does it only once the workers' reads say the files come from the
 * disk (pool.ts `readsFromDisk`).
 *
 * Buffers are reused, as `readWhole` (scan-message.ts) reuses one: a message is analysed
 * synchronously and nothing of the analysis keeps a view of its bytes, so its buffer goes back to a
 * small pool after the analysis (`release`). The size from the folder walk sizes the buffer, with
 * one byte of room: a read that does not fill the buffer has reached the end of the file (a regular
 * file returns fewer bytes than asked only at its end), so a file takes one read. A file that grew
 * since it was listed fills the buffer and is read on into a larger one.
 */
import { closeSync, openSync, read } from 'node:fs';
import { fsPath } from '../input/fs-path.js';

/** Buffers above this size are not kept for reuse… */
const POOLED_MAX = 1024 * 1024;
/** …and the pool keeps at most this many bytes. */
const POOL_BYTES = 8 * 1024 * 1024;
const MIN_BUFFER = 64 * 1024;

/** The bytes, or the error; `release` gives the buffer back once nothing reads the bytes any more. */
export type ReadDone = (error: NodeJS.ErrnoException | null, bytes: Buffer | null, release: () => void) => void;

const noop = (): void => {};

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // a read-only descriptor: nothing was written that closing could lose
  }
}

export class FileReader {
  private readonly pool: Buffer[] = [];
  private pooled = 0;

  /** Reads the whole of `path`; `size` is what the folder walk said (a hint, not trusted). */
  read(path: string, size: number | undefined, done: ReadDone): void {
    // Opening and closing stay synchronous: the folder walk has just read the file's metadata, so
    // they do not wait for the disk, and one trip to the thread pool per file costs the main thread
    // less than three.
    let fd: number;
    try {
      fd = openSync(fsPath(path), 'r');
    } catch (e) {
      return queueMicrotask(() => done(e as NodeJS.ErrnoException, null, noop));
    }
    let buf = this.take((size ?? 0) + 1);
    let n = 0;
    const step = (): void => {
      read(fd, buf, n, buf.length - n, null, (err, got) => {
        if (err) {
          closeQuietly(fd);
          this.give(buf);
          return done(err, null, noop);
        }
        n += got;
        if (got > 0 && n === buf.length) {
          // Full: the file is larger than its listed size (or the size was not given).
          const grown = Buffer.allocUnsafeSlow(buf.length * 2);
          buf.copy(grown, 0, 0, n);
          this.give(buf);
          buf = grown;
          return step();
        }
        closeQuietly(fd);
        const mine = buf;
        done(null, mine.subarray(0, n), () => this.give(mine));
      });
    };
    step();
  }

  /** A pooled buffer of at least `min` bytes, else a new one (a power of two, at least 64 KiB). */
  private take(min: number): Buffer {
    for (let i = this.pool.length - 1; i >= 0; i--) {
      const b = this.pool[i] as Buffer;
      if (b.length >= min) {
        this.pool[i] = this.pool[this.pool.length - 1] as Buffer;
        this.pool.pop();
        this.pooled -= b.length;
        return b;
      }
    }
    return Buffer.allocUnsafeSlow(Math.max(MIN_BUFFER, 2 ** Math.ceil(Math.log2(min))));
  }

  private give(b: Buffer): void {
    if (b.length > POOLED_MAX) return;
    if (this.pooled + b.length > POOL_BYTES) {
      // Full: a smaller buffer makes room for this one, or this one is dropped.
      let smallest = -1;
      for (let i = 0; i < this.pool.length; i++) if (smallest < 0 || (this.pool[i] as Buffer).length < (this.pool[smallest] as Buffer).length) smallest = i;
      if (smallest < 0 || (this.pool[smallest] as Buffer).length >= b.length) return;
      this.pooled -= (this.pool[smallest] as Buffer).length;
      this.pool[smallest] = this.pool[this.pool.length - 1] as Buffer;
      this.pool.pop();
      if (this.pooled + b.length > POOL_BYTES) return;
    }
    this.pool.push(b);
    this.pooled += b.length;
  }
}

/** How much of a file `warmPageCache` reads (messages are smaller; an mbox is streamed, not warmed). */
const WARM_BYTES = 1024 * 1024;
/** Where `warmPageCache` reads to: shared by all its reads, since nobody looks at the bytes. */
let scratch: Buffer | null = null;

/**
 * Reads (the first MiB of) a file and drops the bytes, so that the file is in the page cache when
 * a worker reads it a few tasks later. The read runs on libuv's thread pool; a file that cannot be
 * opened is left to the worker, which reports it.
 */
export function warmPageCache(path: string, size: number): void {
  const buf = (scratch ??= Buffer.allocUnsafeSlow(WARM_BYTES));
  let fd: number;
  try {
    fd = openSync(fsPath(path), 'r');
  } catch {
    return;
  }
  read(fd, buf, 0, Math.min(buf.length, Math.max(1, size)), 0, () => closeQuietly(fd));
}
