/**
 * --jobs 1 analyses on the main thread (src/pool/inline.ts): every task is answered, in slices of
 * the event loop, so that the reading of an mbox, the output and the progress line go on between.
 */
import { describe, expect, it } from 'vitest';
import { InlineAnalyser } from '../src/pool/inline.js';
import type { TaskBody } from '../src/pool/protocol.js';
import type { ScanConfig, UnnamedRecord } from '../src/scan-message.js';

const cfg: ScanConfig = { options: {}, lang: 'en', detail: false, maxMessageBytes: 1 << 20 };

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // a slow message
  }
}

describe('InlineAnalyser', () => {
  it('answers every task with its own records, with the configuration given', async () => {
    const seen: string[] = [];
    const a = new InlineAnalyser(
      cfg,
      (t: TaskBody, c: ScanConfig): UnnamedRecord[] => {
        expect(c).toBe(cfg);
        const name = 'path' in t ? t.path : 'zip' in t ? `zip:${t.zip.path}` : 'pst' in t ? `pst:${t.pst.nid}` : `bytes:${t.bytes.length}:${t.whole === true}`;
        seen.push(name);
        return name === 'boom' ? [{ error: { code: 'internal/error', params: { message: 'boom' } } }] : [{ verdict: 'safe', score: name.length, findings: [] }];
      },
      null,
    );
    const out = await Promise.all([a.run({ path: 'a' }), a.run({ path: 'boom' }), a.run({ bytes: new Uint8Array(3), whole: true }), a.run({ bytes: new Uint8Array(5) })]);
    expect(seen).toEqual(['a', 'boom', 'bytes:3:true', 'bytes:5:false']);
    expect(out).toEqual([
      [{ verdict: 'safe', score: 1, findings: [] }],
      [{ error: { code: 'internal/error', params: { message: 'boom' } } }],
      [{ verdict: 'safe', score: 12, findings: [] }],
      [{ verdict: 'safe', score: 13, findings: [] }],
    ]);
    // Tasks given later, after the queue ran dry, are answered too.
    expect(await a.run({ path: 'later' })).toEqual([{ verdict: 'safe', score: 5, findings: [] }]);
    await a.close();
  });

  it('yields to the event loop between slices of slow tasks', async () => {
    let done = 0;
    const a = new InlineAnalyser(
      cfg,
      () => {
        busy(20);
        done++;
        return [];
      },
      null,
    );
    const all = Promise.all(Array.from({ length: 10 }, (_, i) => a.run({ path: String(i) })));
    // Queued behind the first slice: runs after it, long before the last task.
    const between = new Promise<number>((resolve) => setImmediate(() => setImmediate(() => resolve(done))));
    const at = await between;
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(10);
    await all;
    expect(done).toBe(10);
  });
});
