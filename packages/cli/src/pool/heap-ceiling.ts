/**
 * Keeps the main thread's heap near what it really holds, whatever the size of the input.
 *
 * V8 collects an isolate's old generation again only once it has grown by a factor of what the
 * last full collection left (up to 4 when collecting is cheap, as it is here), so whatever the
 * main thread holds for long is paid for up to four times over in memory: the listing of a folder
 * of 200,000 messages (~32 MiB live) took its heap past 230 MiB, and a scan of that folder to
 * 301–303 MiB of peak RSS. The main thread analyses (--jobs 1, and its share beside the
 * workers, hybrid.ts): after each slice of analysis, when the heap has grown by more than `slack`
 * since the last full collection, it collects now. In an ordinary scan V8 collects before that
 * (phish-dev: every ~75 MiB from ~25 MiB held), so this costs nothing there.
 */
import { getHeapStatistics } from 'node:v8';

/** Growth of the main thread's heap (young generation included) allowed between full collections. */
export const HEAP_SLACK = 64 * 1024 * 1024;

export class HeapCeiling {
  /** The least the heap has used since the last collection made here: about what it holds. */
  private floor = Infinity;

  constructor(
    private readonly gc: () => void,
    private readonly slack = HEAP_SLACK,
    private readonly used: () => number = () => getHeapStatistics().used_heap_size,
  ) {}

  /** Called between slices of work: collects when the heap has grown by more than `slack`. */
  check(): void {
    const used = this.used();
    if (this.floor === Infinity && used > this.slack) {
      // The first look finds the heap large already: what came before the analysis (the expansion
      // of a quoted glob that matched 200,000 files: ~100 MiB) may be mostly garbage, and a floor
      // taken there would let the heap grow from it. Collect once and start from what survives.
      this.gc();
      this.floor = this.used();
      return;
    }
    if (used < this.floor) this.floor = used;
    if (used - this.floor <= this.slack) return;
    this.gc();
    // What survived is the new floor: a heap that holds more than before (a larger listing) must
    // grow by `slack` again before the next collection, so collections never come back to back.
    this.floor = this.used();
  }
}
