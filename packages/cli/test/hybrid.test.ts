/**
 * --jobs N analyses on the main thread and N − 1 workers (src/pool/hybrid.ts): file tasks are
 * shared by the fewest outstanding, messages cut from a stream go to the workers only (and add
 * the N-th worker), and every task is answered by the side it went to.
 */
import { describe, expect, it } from 'vitest';
import { HybridAnalyser, MAIN_MAX_BYTES, type Workers } from '../src/pool/hybrid.js';
import type { Analyser, TaskBody } from '../src/pool/protocol.js';
import type { UnnamedRecord } from '../src/scan-message.js';

const name = (t: TaskBody): string => ('path' in t ? t.path : 'zip' in t ? `zip:${t.zip.path}` : 'pst' in t ? `pst:${t.pst.nid}` : `bytes:${t.bytes.length}`);

/** An analyser that answers when told to (`finish`), recording what it was given. */
class Held implements Analyser {
  readonly given: string[] = [];
  private readonly open: (() => void)[] = [];
  run(body: TaskBody): Promise<UnnamedRecord[]> {
    this.given.push(name(body));
    return new Promise((resolve) => this.open.push(() => resolve([{ verdict: 'safe', score: this.given.indexOf(name(body)), findings: [] }])));
  }
  get outstanding(): number {
    return this.open.length;
  }
  finish(n = Infinity): void {
    for (const f of this.open.splice(0, n)) f();
  }
  async close(): Promise<void> {}
}

class FakeWorkers extends Held implements Workers {
  size: number;
  constructor(size: number) {
    super();
    this.size = size;
  }
  grow(size: number): void {
    this.size = Math.max(this.size, size);
  }
  pendingCount(): number {
    return this.outstanding;
  }
  readsFromDisk(): boolean {
    return false;
  }
}

describe('HybridAnalyser', () => {
  it('shares file tasks with the main thread, which keeps fewer outstanding than each worker', async () => {
    const main = new Held();
    const workers = new FakeWorkers(1);
    const h = new HybridAnalyser(main, workers, 2);
    const answers = Array.from({ length: 8 }, (_, i) => h.run({ path: `f${i}`, size: 1000 }));
    // A worker gets two ahead, then the main thread one, and so on.
    expect(workers.given).toEqual(['f0', 'f1', 'f3', 'f5', 'f7']);
    expect(main.given).toEqual(['f2', 'f4', 'f6']);
    // Once the main thread has answered, it takes the next task again.
    main.finish();
    await Promise.all(answers.filter((_, i) => i % 2 === 0 && i > 0));
    void h.run({ path: 'f8', size: 1000 });
    expect(main.given.at(-1)).toBe('f8');
    // Each task is answered by the side it went to.
    workers.finish();
    const all = await Promise.all(answers);
    expect(all[0]).toEqual([{ verdict: 'safe', score: 0, findings: [] }]);
    expect(all[2]).toEqual([{ verdict: 'safe', score: 0, findings: [] }]);
    expect(all[7]).toEqual([{ verdict: 'safe', score: 4, findings: [] }]);
  });

  it('with more workers, the main thread takes its share against the tasks per worker', () => {
    const main = new Held();
    const workers = new FakeWorkers(3);
    const h = new HybridAnalyser(main, workers, 4);
    for (let i = 0; i < 16; i++) void h.run({ path: `f${i}`, size: 1000 });
    // 3 workers and the main thread: the main thread two behind each worker's share.
    expect(main.given.length).toBe(3);
    expect(workers.given.length).toBe(13);
  });

  it('sends large files, and files of unknown size, to the workers', () => {
    const main = new Held();
    const workers = new FakeWorkers(1);
    const h = new HybridAnalyser(main, workers, 2);
    for (let i = 0; i < 3; i++) void h.run({ path: `small${i}`, size: MAIN_MAX_BYTES });
    expect(main.given).toEqual(['small2']);
    for (let i = 0; i < 4; i++) void h.run({ path: `big${i}`, size: MAIN_MAX_BYTES + 1 });
    void h.run({ path: 'unknown' });
    expect(main.given).toEqual(['small2']);
    void h.run({ path: 'small3', size: 10 });
    expect(main.given).toEqual(['small2', 'small3']);
  });

  it('shares the small files of a ZIP archive as it shares files; large ones go to the workers', () => {
    const main = new Held();
    const workers = new FakeWorkers(1);
    const h = new HybridAnalyser(main, workers, 2);
    const part = (path: string, size: number): TaskBody => ({ zip: { path, offset: 0, method: 8, compressedSize: size, size, crc: 0 } });
    for (let i = 0; i < 4; i++) void h.run(part(`z${i}`, 1000));
    expect(main.given).toEqual(['zip:z2']);
    for (let i = 4; i < 8; i++) void h.run(part(`z${i}`, MAIN_MAX_BYTES + 1));
    expect(main.given).toEqual(['zip:z2']);
    expect(workers.size).toBe(1); // not a stream: the pool does not grow
  });

  it('sends messages cut from a stream to the workers only, adding the N-th worker, and no file to the main thread after', () => {
    const main = new Held();
    const workers = new FakeWorkers(1);
    const h = new HybridAnalyser(main, workers, 2);
    for (let i = 0; i < 4; i++) void h.run({ path: `f${i}`, size: 1000 });
    expect(main.given).toEqual(['f2']);
    for (let i = 1; i <= 6; i++) void h.run({ bytes: new Uint8Array(i) });
    expect(workers.size).toBe(2);
    for (let i = 4; i < 10; i++) void h.run({ path: `f${i}`, size: 1000 });
    expect(main.given).toEqual(['f2']);
    expect(workers.given.slice(3)).toEqual(['bytes:1', 'bytes:2', 'bytes:3', 'bytes:4', 'bytes:5', 'bytes:6', 'f4', 'f5', 'f6', 'f7', 'f8', 'f9']);
  });
});
