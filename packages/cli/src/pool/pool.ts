/**
 * A pool of worker threads (started at once; `grow` adds more). Each task goes to the worker with
 * the fewest tasks outstanding;
 * a worker that dies (out of memory on a pathological message, a crash) is replaced, and its
 * outstanding tasks come back as error records instead of stopping the scan.
 */
import { Worker } from 'node:worker_threads';
import type { UnnamedRecord } from '../scan-message.js';
import type { Analyser, Reply, Task, TaskBody, WorkerInit } from './protocol.js';

/** Young generation per worker (MiB); see `start`. */
const YOUNG_MB = 6;

interface Slot {
  worker: Worker;
  readonly pending: Map<number, (r: UnnamedRecord[]) => void>;
  /** Tasks waiting for the next flush (sent as one batch), and the buffers they transfer. */
  outbox: Task[];
  transfer: ArrayBuffer[];
}

export class WorkerPool implements Analyser {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;
  private flushQueued = false;

  /** The workers' file reads so far: total time (µs) and count. */
  private readMicros = 0;
  private readFiles = 0;

  constructor(
    size: number,
    private readonly entry: string,
    private readonly init: WorkerInit,
  ) {
    this.grow(size);
  }

  /** The number of workers. */
  get size(): number {
    return this.slots.length;
  }

  /** Starts workers until there are `size`. */
  grow(size: number): void {
    while (this.slots.length < size) this.slots.push(this.start());
  }

  /** Tasks given to the workers and not answered yet. */
  pendingCount(): number {
    let n = 0;
    for (const s of this.slots) n += s.pending.size;
    return n;
  }

  private start(): Slot {
    const worker = new Worker(this.entry, {
      workerData: this.init,
      // Old generation: a safety net for one pathological message (normal ones use a few MiB).
      // Young generation: V8's default lets each isolate hold up to ~48 MiB of short-lived garbage.
      // Measured on a 1 GiB mbox with --jobs 2: 16 MiB peaks at ~306 MiB RSS (over the 300 MB
      // bound), 8 MiB at ~284 MiB (too close), 6 MiB at ~266 MiB; the corpus scan is no slower
      // with 6–8 than with 16 within the noise, 4 is ~5% slower. The one worker of --jobs 2 beside
      // the analysing main thread (hybrid.ts) is no faster with 24 MiB (session 24: 1.81 against
      // 1.80 s), and a stream later adds a second worker to it.
      resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: YOUNG_MB },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, pending: new Map(), outbox: [], transfer: [] };
    worker.on('message', (reply: Reply) => {
      this.readMicros += reply.readMicros;
      this.readFiles += reply.readFiles;
      for (const d of reply.done) {
        const resolve = slot.pending.get(d.id);
        if (!resolve) continue;
        slot.pending.delete(d.id);
        resolve(d.records);
      }
    });
    const fail = (why: string): void => {
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      const lost = [...slot.pending.values()];
      slot.pending.clear();
      this.slots[i] = this.start();
      for (const resolve of lost) resolve([{ error: { code: 'internal/worker-stopped', params: { reason: why } } }]);
    };
    worker.on('error', (e) => fail(e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    return slot;
  }

  /**
   * Runs a task; message bytes are transferred (their ArrayBuffer is detached at the next flush).
   * Tasks given in one turn of the event loop reach a worker as one batch (fewer round trips).
   */
  run(body: TaskBody): Promise<UnnamedRecord[]> {
    let best = this.slots[0] as Slot;
    for (const s of this.slots) if (s.pending.size < best.pending.size) best = s;
    const id = this.nextId++;
    const task: Task = { id, ...body };
    return new Promise((resolve) => {
      best.pending.set(id, resolve);
      best.outbox.push(task);
      if ('bytes' in body) best.transfer.push(body.bytes.buffer as ArrayBuffer);
      if (!this.flushQueued) {
        this.flushQueued = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushQueued = false;
    for (const s of this.slots) {
      if (s.outbox.length === 0) continue;
      const batch = s.outbox;
      const transfer = s.transfer;
      s.outbox = [];
      s.transfer = [];
      s.worker.postMessage(batch, transfer);
    }
  }

  /**
   * Whether the workers' files come from the disk rather than from the page cache: after 32 files,
   * when a read took 40 µs or more on average (measured on phish-dev: 15 µs cached, 91 µs evicted).
   */
  readsFromDisk(): boolean {
    return this.readFiles >= 32 && this.readMicros >= this.readFiles * 40;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
