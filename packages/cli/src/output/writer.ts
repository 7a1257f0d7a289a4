/**
 * Buffered output to a file descriptor with synchronous writes: nothing piles up in memory when
 * the reader is slow (a pipe into `less`), and the order of writes is the order of calls.
 */
import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';

export class Output {
  private buf: string[] = [];
  private size = 0;
  private broken = false;

  private constructor(
    private readonly fd: number,
    private readonly owned: boolean,
  ) {}

  /** Standard output, or a file opened for writing (created or truncated). Throws on failure. */
  static open(file: string | null): Output {
    if (file === null || file === '-') return new Output(1, false);
    return new Output(openSync(file, 'w'), true);
  }

  write(s: string): void {
    if (this.broken) return;
    this.buf.push(s);
    this.size += s.length;
    if (this.size >= 64 * 1024) this.flush();
  }

  flush(): void {
    if (this.size === 0 || this.broken) return;
    const data = Buffer.from(this.buf.join(''), 'utf8');
    this.buf = [];
    this.size = 0;
    let off = 0;
    while (off < data.length) {
      try {
        off += writeSync(this.fd, data, off);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
          continue;
        }
        if (code === 'EPIPE') {
          this.broken = true;
          return;
        }
        throw e;
      }
    }
  }

  /** The output's identity when it is a regular file (also standard output redirected to one), else null. */
  fileId(): { dev: number; ino: number } | null {
    try {
      const s = fstatSync(this.fd);
      return s.isFile() ? { dev: s.dev, ino: s.ino } : null;
    } catch {
      return null;
    }
  }

  /** True once the reader went away (EPIPE): the scan can stop early. */
  get closedByReader(): boolean {
    return this.broken;
  }

  close(): void {
    this.flush();
    if (this.owned) closeSync(this.fd);
  }
}
