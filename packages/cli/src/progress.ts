/**
 * The progress line on stderr (only when stderr is a terminal): messages done, rate, share of the
 * bytes and time left. The total is counted in the background by a second, cheap walk of the
 * paths, so scanning starts at once and the ETA appears when the count is done.
 */
import { discover } from './input/discover.js';

export class Progress {
  private done = 0;
  private bytes = 0;
  private totalBytes: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly started = performance.now();
  private stopped = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    paths: readonly string[],
  ) {
    void this.count(paths);
    this.draw();
    this.timer = setInterval(() => this.draw(), 250);
    this.timer.unref();
  }

  private async count(paths: readonly string[]): Promise<void> {
    let total = 0;
    let n = 0;
    // In the system's order: a count needs no order, and so holds no folder's listing.
    for await (const e of discover(paths.filter((p) => p !== '-'), null, false)) {
      if (this.stopped) return;
      if (e.kind === 'file') total += e.size;
      if (++n % 2000 === 0) await new Promise((r) => setImmediate(r));
    }
    this.totalBytes = paths.includes('-') ? null : total;
  }

  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
  }

  private draw(): void {
    if (this.stopped) return;
    const secs = (performance.now() - this.started) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    let line = `ayashii: ${this.done} scanned · ${rate.toFixed(0)}/s`;
    if (this.totalBytes && this.totalBytes > 0) {
      const frac = Math.min(1, this.bytes / this.totalBytes);
      const width = 24;
      const fill = Math.round(frac * width);
      line = `[${'#'.repeat(fill)}${'-'.repeat(width - fill)}] ${(frac * 100).toFixed(0)}% · ${line.slice('ayashii: '.length)}`;
      if (frac > 0.01 && secs > 1) {
        const left = Math.max(0, secs / frac - secs);
        line += ` · ETA ${Math.floor(left / 60)}:${String(Math.round(left % 60)).padStart(2, '0')}`;
      }
    }
    const cols = this.stream.columns || 80;
    this.stream.write(`\r${line.slice(0, cols - 1)}\u001b[K`);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.stream.write('\r\u001b[K');
  }
}
