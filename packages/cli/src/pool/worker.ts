/**
 * The worker thread: receives a file path (it reads the file itself, so the main thread does no
 * per-file I/O) or the bytes of one message cut from an mbox stream, and answers with records.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scanBytes, scanFile, scanMessage } from '../scan-message.js';
import type { Done, Task, WorkerInit } from './protocol.js';

export function runWorker(): void {
  const { cfg } = workerData as WorkerInit;
  const port = parentPort;
  if (!port) return;
  port.on('message', (t: Task) => {
    let records;
    try {
      if ('path' in t) records = scanFile(t.path, cfg);
      else {
        const b = Buffer.from(t.bytes.buffer, t.bytes.byteOffset, t.bytes.byteLength);
        records = t.whole ? scanBytes(b, cfg) : [scanMessage(b, cfg)];
      }
    } catch (e) {
      records = [{ error: `internal error: ${e instanceof Error ? e.message : String(e)}`.slice(0, 300), kind: 'format' as const }];
    }
    const done: Done = { id: t.id, records };
    port.postMessage(done);
  });
}
