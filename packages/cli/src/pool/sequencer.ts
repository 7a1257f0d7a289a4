/**
 * Keeps the output in input order whatever order the workers finish in (a reorder buffer), and
 * bounds the work in flight: a unit of work holds its share of the budget from dispatch until its
 * record is written, so results waiting behind a slow message count too, and memory stays flat.
 */
import type { UnnamedRecord } from '../scan-message.js';
import type { ScanRecord } from '../record.js';

/** At most `count` units and `bytes` bytes in flight; one unit is always admitted when none is. */
export class Budget {
  private count = 0;
  private bytes = 0;
  private waiters: { bytes: number; resolve: () => void }[] = [];

  constructor(
    private readonly maxCount: number,
    private readonly maxBytes: number,
  ) {}

  private fits(bytes: number): boolean {
    return this.count === 0 || (this.count < this.maxCount && this.bytes + bytes <= this.maxBytes);
  }

  acquire(bytes: number): Promise<void> | void {
    if (this.waiters.length === 0 && this.fits(bytes)) {
      this.count++;
      this.bytes += bytes;
      return;
    }
    return new Promise((resolve) => this.waiters.push({ bytes, resolve }));
  }

  release(bytes: number): void {
    this.count--;
    this.bytes -= bytes;
    while (this.waiters.length > 0) {
      const w = this.waiters[0] as { bytes: number; resolve: () => void };
      if (!this.fits(w.bytes)) break;
      this.waiters.shift();
      this.count++;
      this.bytes += w.bytes;
      w.resolve();
    }
  }

  get inFlight(): number {
    return this.count;
  }
}

interface Waiting {
  readonly rec: UnnamedRecord | null;
  readonly cost: number;
}

/** One input file (or stdin): its records arrive by index, possibly out of order. */
export interface FileSlot {
  readonly path: string;
  /**
   * Records that came before their turn, by index, with their budget cost (-1: none). A record is
   * deleted when written, so this holds what waits, never what has been: an mbox of millions of
   * messages streams through in flat memory (an array by index grew with every message: 14 MiB of
   * elements and ~90 MiB of peak RSS more for a million small messages).
   */
  readonly waiting: Map<number, Waiting>;
  /** Number of records, once known. */
  total: number | null;
  /** Messages handed out so far (decides `path` vs `path#N` before the total is known). */
  dispatched: number;
  emitted: number;
  /** The stream was cut short (an interrupted scan): its messages are numbered even if one came. */
  cut?: boolean;
  /** Its records are numbered even if there is one (a folder of an Outlook data file: `Inbox#1`). */
  readonly indexed?: boolean;
}

export class Sequencer {
  private readonly queue: FileSlot[] = [];
  private head = 0;

  constructor(
    private readonly budget: Budget,
    private readonly emit: (r: ScanRecord) => void,
  ) {}

  open(path: string, indexed = false): FileSlot {
    const slot: FileSlot = indexed ? { path, waiting: new Map(), total: null, dispatched: 0, emitted: 0, indexed } : { path, waiting: new Map(), total: null, dispatched: 0, emitted: 0 };
    this.queue.push(slot);
    return slot;
  }

  /** A unit's record; null when it has none (an item of a data file that is not mail): its number is then skipped. */
  put(slot: FileSlot, index: number, rec: UnnamedRecord | null, cost: number | null): void {
    slot.waiting.set(index, { rec, cost: cost ?? -1 });
    this.flush();
  }

  close(slot: FileSlot, total: number, cut = false): void {
    slot.total = total;
    if (cut) slot.cut = true;
    this.flush();
  }

  get pending(): number {
    return this.queue.length - this.head;
  }

  private flush(): void {
    while (this.head < this.queue.length) {
      const slot = this.queue[this.head] as FileSlot;
      const named = slot.total !== null || slot.dispatched >= 2;
      while (named) {
        const k = slot.emitted;
        const w = slot.waiting.get(k);
        if (w === undefined) break;
        const multi = slot.cut === true || slot.indexed === true || (slot.total ?? slot.dispatched) > 1;
        slot.waiting.delete(k);
        slot.emitted++;
        if (w.cost >= 0) this.budget.release(w.cost);
        if (w.rec !== null) this.emit({ ...w.rec, file: multi ? `${slot.path}#${k + 1}` : slot.path } as ScanRecord);
      }
      if (slot.total !== null && slot.emitted >= slot.total) {
        this.queue[this.head] = undefined as unknown as FileSlot;
        this.head++;
        if (this.head > 1024 && this.head * 2 > this.queue.length) {
          this.queue.splice(0, this.head);
          this.head = 0;
        }
        continue;
      }
      break;
    }
  }
}
