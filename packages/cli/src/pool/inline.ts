/**
 * --jobs 1 without a worker thread: the tasks run on the main thread, between its other work.
 * A worker would cost its start (a second isolate loading the analysis bundle), a copy of every
 * record back to the main thread and the message passing, for no parallelism in return: the main
 * thread only waits for it. The tasks run in slices of the event loop, so that reading an mbox,
 * writing the output and the progress line go on between them. Files are read asynchronously
 * (read-ahead.ts): the files of the tasks in flight are read while a slice analyses.
 */
import { ioError } from '../errors.js';
import type { UnnamedRecord, ScanConfig } from '../scan-message.js';
import type { Analyser, TaskBody } from './protocol.js';
import { FileReader } from './read-ahead.js';
import type { runTask as RunTask } from './worker.js';

interface Queued {
  body: TaskBody;
  resolve: (r: UnnamedRecord[]) => void;
  /** Gives a read buffer back after the analysis. */
  release?: () => void;
}

/**
 * A slice runs tasks until it has taken this long (one long message may take longer): 50 ms
 * alone; 8 ms beside workers (hybrid.ts), whose replies and next tasks wait for the slice's end.
 */
const SLICE_MS = 50;
export const SLICE_MS_BESIDE_WORKERS = 8;

export class InlineAnalyser implements Analyser {
  private queue: Queued[] = [];
  private next = 0;
  private scheduled = false;

  /**
   * `reader`: null to hand file tasks to `runTask` as they are (it then reads them itself).
   * `afterSlice`: called after each slice of analysis (heap-ceiling.ts).
   */
  constructor(
    private readonly cfg: ScanConfig,
    private readonly runTask: typeof RunTask,
    private readonly reader: FileReader | null = new FileReader(),
    private readonly sliceMs = SLICE_MS,
    private readonly afterSlice?: () => void,
  ) {}

  run(body: TaskBody): Promise<UnnamedRecord[]> {
    return new Promise((resolve) => {
      if (!this.reader || !('path' in body)) return this.enqueue({ body, resolve });
      this.reader.read(body.path, body.size, (e, bytes, release) => {
        if (e || !bytes) resolve([{ error: ioError(e) }]);
        else this.enqueue({ body: { bytes, whole: true }, resolve, release });
      });
    });
  }

  private enqueue(q: Queued): void {
    this.queue.push(q);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.slice());
    }
  }

  private slice(): void {
    this.scheduled = false;
    const until = performance.now() + this.sliceMs;
    while (this.next < this.queue.length) {
      const t = this.queue[this.next] as Queued;
      this.queue[this.next++] = undefined as never;
      let records: UnnamedRecord[];
      try {
        records = this.runTask(t.body, this.cfg);
      } finally {
        t.release?.();
      }
      t.resolve(records);
      if (performance.now() >= until) break;
    }
    this.afterSlice?.();
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
