/**
 * --jobs 1 without a worker thread: the tasks run on the main thread, between its other work.
 * A worker would cost its start (a second isolate loading the analysis bundle), a copy of every
 * record back to the main thread and the message passing, for no parallelism in return: the main
 * thread only waits for it. The tasks run in slices of the event loop, so that reading an mbox,
 * writing the output and the progress line go on between them.
 */
import type { UnnamedRecord, ScanConfig } from '../scan-message.js';
import type { Analyser, TaskBody } from './protocol.js';
import type { runTask as RunTask } from './worker.js';

/** A slice runs tasks until it has taken this long (one long message may take longer). */
const SLICE_MS = 50;

export class InlineAnalyser implements Analyser {
  private queue: { body: TaskBody; resolve: (r: UnnamedRecord[]) => void }[] = [];
  private next = 0;
  private scheduled = false;

  constructor(
    private readonly cfg: ScanConfig,
    private readonly runTask: typeof RunTask,
  ) {}

  run(body: TaskBody): Promise<UnnamedRecord[]> {
    return new Promise((resolve) => {
      this.queue.push({ body, resolve });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.slice());
      }
    });
  }

  private slice(): void {
    this.scheduled = false;
    const until = performance.now() + SLICE_MS;
    while (this.next < this.queue.length) {
      const t = this.queue[this.next] as { body: TaskBody; resolve: (r: UnnamedRecord[]) => void };
      this.queue[this.next++] = undefined as never;
      t.resolve(this.runTask(t.body, this.cfg));
      if (performance.now() >= until) break;
    }
    if (this.next >= this.queue.length) {
      this.queue = [];
      this.next = 0;
    } else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.slice());
    }
  }

  async close(): Promise<void> {}
}
