/**
 * The worker thread: receives a file path (it reads the file itself, synchronously, and reports
 * how long its reads take, so that the main thread reads ahead of it only when the files come from
 * the disk: read-ahead.ts) or the bytes of one message cut from an mbox stream, and answers with records.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scanBytes, scanFile, scanMessage, scanPstPart, scanZipPart, takeReadTime } from '../scan-message.js';
import type { UnnamedRecord } from '../scan-message.js';
import type { Done, Reply, Task, TaskBody, WorkerInit } from './protocol.js';

/**
 * Results go back in groups of this many (and at the end of each batch), so the main thread keeps
 * the worker fed. Each message between the threads costs a worker a fraction of a millisecond
 * (measured: ~0.3 ms per postMessage of a group of records, and as much again per batch of tasks
 * received): 16 halves the messages of 8, while a worker still holds half of its 32 tasks in flight
 * (scan.ts INFLIGHT_PER_JOB) when it replies, so it never waits for new ones.
 */
const REPLY_EVERY = 16;

/** One task, in a worker or (--jobs 1) on the main thread; never throws. */
export function runTask(t: TaskBody, cfg: WorkerInit['cfg']): UnnamedRecord[] {
  try {
    if ('path' in t) return scanFile(t.path, cfg);
    if ('zip' in t) return scanZipPart(t.zip, cfg);
    if ('pst' in t) return scanPstPart(t.pst, cfg);
    const b = Buffer.from(t.bytes.buffer, t.bytes.byteOffset, t.bytes.byteLength);
    return t.whole ? scanBytes(b, cfg) : [scanMessage(b, cfg)];
  } catch (e) {
    // 284 characters: the English text (`internal error: …`) stays within 300.
    return [{ error: { code: 'internal/error', params: { message: (e instanceof Error ? e.message : String(e)).slice(0, 284) } } }];
  }
}

export function runWorker(): void {
  const { cfg } = workerData as WorkerInit;
  const port = parentPort;
  if (!port) return;
  const reply = (done: Done[]): void => {
    const read = takeReadTime();
    const r: Reply = { done, readMicros: read.micros, readFiles: read.files };
    port.postMessage(r);
  };
  port.on('message', (batch: Task[]) => {
    let done: Done[] = [];
    for (const t of batch) {
      done.push({ id: t.id, records: runTask(t, cfg) });
      if (done.length >= REPLY_EVERY) {
        reply(done);
        done = [];
      }
    }
    if (done.length > 0) reply(done);
  });
}
