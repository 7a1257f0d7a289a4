/** The main thread's heap ceiling (pool/heap-ceiling.ts), on a simulated heap. */
import { describe, expect, it } from 'vitest';
import { HeapCeiling } from '../src/pool/heap-ceiling.js';

const MiB = 2 ** 20;

/** A heap that holds `live` MiB and has `garbage` MiB more until a collection. */
function heap(live: number): { live: number; garbage: number; gcs: number; ceiling: HeapCeiling } {
  const h = {
    live,
    garbage: 0,
    gcs: 0,
    ceiling: undefined as unknown as HeapCeiling,
  };
  h.ceiling = new HeapCeiling(
    () => {
      h.garbage = 0;
      h.gcs++;
    },
    64 * MiB,
    () => (h.live + h.garbage) * MiB,
  );
  h.ceiling.check(); // the first slice: the heap holds `live`
  return h;
}

describe('HeapCeiling', () => {
  it('collects once the heap has grown by more than the slack since the last collection, not before', () => {
    const h = heap(25);
    for (let i = 0; i < 64; i++) {
      h.garbage++;
      h.ceiling.check();
    }
    expect(h.gcs).toBe(0); // grown by exactly 64 MiB
    h.garbage++;
    h.ceiling.check();
    expect(h.gcs).toBe(1);
    expect(h.garbage).toBe(0);
  });

  it('counts from what survived: a heap that holds more (a large listing) is not collected back to back', () => {
    const h = heap(25);
    h.garbage = 70;
    h.ceiling.check();
    expect(h.gcs).toBe(1);
    h.live = 80; // the walk lists a large folder
    for (let i = 0; i < 60; i++) {
      h.garbage++;
      h.ceiling.check();
    }
    // 80 − 25 = 55 MiB more held, plus 60 of garbage: one collection, then the floor is 80 + what was left.
    expect(h.gcs).toBe(2);
    const after = h.gcs;
    for (let i = 0; i < 10; i++) h.ceiling.check(); // nothing new allocated
    expect(h.gcs).toBe(after);
  });

  it('follows V8\'s own collections: a heap that fell since is measured from where it fell to', () => {
    const h = heap(25);
    h.garbage = 40;
    h.ceiling.check();
    h.live = 20; // V8 collected on its own, and something held before was let go
    h.garbage = 0;
    h.ceiling.check(); // the floor is now 20
    h.garbage = 64.5; // 84.5: less than 25 + 64, but 64.5 over the new floor
    h.ceiling.check();
    expect(h.gcs).toBe(1);
  });

  it('collects at the first look when the heap is large already (garbage from before the analysis), not when it is small', () => {
    const big = { live: 30, garbage: 90, gcs: 0 };
    const c = new HeapCeiling(
      () => {
        big.garbage = 0;
        big.gcs++;
      },
      64 * MiB,
      () => (big.live + big.garbage) * MiB,
    );
    c.check();
    expect(big.gcs).toBe(1);
    big.garbage = 64; // the floor is what survived (30), not the 120 first seen
    c.check();
    expect(big.gcs).toBe(1);
    big.garbage = 65;
    c.check();
    expect(big.gcs).toBe(2);
    expect(heap(25).gcs).toBe(0); // 25 MiB at the first look: no collection
  });

  it('bounds the heap at what it holds plus the slack over a long run, with one collection per slack of garbage', () => {
    const h = heap(30);
    let peak = 0;
    for (let i = 0; i < 10_000; i++) {
      h.garbage += 0.5; // each slice leaves half a MiB behind
      peak = Math.max(peak, h.live + h.garbage);
      h.ceiling.check();
    }
    expect(peak).toBeLessThanOrEqual(30 + 64 + 0.5);
    expect(h.gcs).toBe(Math.floor(5000 / 64.5));
  });
});
