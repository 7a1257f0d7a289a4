/**
 * --jobs N (N ≥ 2) on files: the main thread analyses too, beside N − 1 worker threads.
 *
 * With N workers, the main thread mostly waits (it lists, dispatches and writes: ~0.3 s of CPU
 * over the corpus), and the N workers each pay their own start. Here the main thread is one of
 * the N analysers (an InlineAnalyser, in short slices of the event loop so that the workers stay
 * fed and the output flows) and N − 1 workers are the others. Measured over phish-dev with
 * --jobs 2 (docs/measurements.md, session 24): ~6–7 % less wall time and CPU than two workers,
 * identical output, and about as fast as two processes each scanning half.
 *
 * Small files of a ZIP archive are routed as files are (the analyser reads and inflates each).
 * Messages cut from a stream (an mbox, stdin) go to workers only, and the first of them adds the
 * N-th worker; files, too, go to the workers from then on. The main thread then splits the
 * stream, and an mbox of any size is scanned with the memory of N small workers (pool.ts) rather
 * than with the main thread's larger heap (a 1 GiB mbox peaked at ~293 MiB with the main thread
 * analysing, over the 300 MB bound).
 *
 * A file task goes to the main thread when it has fewer tasks outstanding than each worker, by a
 * margin of `MAIN_MARGIN`: the main thread also dispatches, reads and writes, and whichever side
 * is slower gets fewer tasks, since its outstanding count grows. Files over `MAIN_MAX_BYTES` go to
 * the workers: a pathological message that exhausts a worker's heap limit (pool.ts) becomes an
 * error record and the scan goes on, where on the main thread it would end the process (as with
 * --jobs 1); and a long analysis there would hold up the workers' next tasks.
 */
import type { UnnamedRecord } from '../scan-message.js';
import type { Analyser, TaskBody } from './protocol.js';

/** What HybridAnalyser needs of the worker pool (pool.ts WorkerPool). */
export interface Workers extends Analyser {
  readonly size: number;
  grow(size: number): void;
  pendingCount(): number;
  readsFromDisk(): boolean;
}

/** Tasks fewer than a worker's that the main thread keeps outstanding. */
const MAIN_MARGIN = 2;
/** Larger files (by their listed size) go to the workers. phish-dev: all but 2 of its 1,977 files are smaller. */
export const MAIN_MAX_BYTES = 1024 * 1024;
/** What a message of an Outlook data file counts for here (its size is not known before it is read): one of a mail's usual size. */
export const PST_MESSAGE_SIZE = 64 * 1024;

export class HybridAnalyser implements Analyser {
  private mainPending = 0;
  private streaming = false;

  /** `jobs`: the number of analysers; the pool starts with jobs − 1 workers. */
  constructor(
    private readonly main: Analyser,
    private readonly workers: Workers,
    private readonly jobs: number,
  ) {}

  run(body: TaskBody): Promise<UnnamedRecord[]> {
    if ('bytes' in body) {
      if (!this.streaming) {
        this.streaming = true;
        this.workers.grow(this.jobs);
      }
      return this.workers.run(body);
    }
    // A file of a folder, a small file of a ZIP archive, or a message of an Outlook data file (each analyser reads its own).
    const size = 'zip' in body ? body.zip.size : 'pst' in body ? PST_MESSAGE_SIZE : body.size;
    const perWorker = this.workers.pendingCount() / this.workers.size;
    if (!this.streaming && size !== undefined && size <= MAIN_MAX_BYTES && this.mainPending + MAIN_MARGIN <= perWorker) {
      this.mainPending++;
      return this.main.run(body).finally(() => {
        this.mainPending--;
      });
    }
    return this.workers.run(body);
  }

  /** Whether the workers' files come from the disk (WorkerPool#readsFromDisk). */
  readsFromDisk(): boolean {
    return this.workers.readsFromDisk();
  }

  async close(): Promise<void> {
    await Promise.all([this.main.close(), this.workers.close()]);
  }
}
