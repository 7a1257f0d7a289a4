/**
 * The reorder buffer (pool/sequencer.ts): records come back from the analysers in any order and
 * are written in input order, named `path` or `path#N`, each releasing its share of the budget
 * once; what it holds is what waits, however many records have passed through.
 */
import { describe, expect, it } from 'vitest';
import { Budget, Sequencer, type FileSlot } from '../src/pool/sequencer.js';
import type { ScanRecord } from '../src/record.js';
import type { UnnamedRecord } from '../src/scan-message.js';
import { heapHeldBy, seeded } from './helpers.js';

const rec = (tag: string): UnnamedRecord => ({ verdict: 'safe', score: 0, findings: [], subject: tag }) as unknown as UnnamedRecord;
const tagOf = (r: ScanRecord): string => (r as unknown as { subject: string }).subject;

describe('Sequencer', () => {
  it('a unit without a record (an item of a data file that is not mail) writes nothing, keeps its number from the next record, and releases its budget', () => {
    const budget = new Budget(10, 1000);
    const out: ScanRecord[] = [];
    const seq = new Sequencer(budget, (r) => out.push(r));
    const slot = seq.open('a.pst/Inbox', true);
    for (let i = 0; i < 4; i++) {
      void budget.acquire(10);
      slot.dispatched++;
    }
    seq.put(slot, 1, null, 10);
    seq.put(slot, 3, rec('d'), 10);
    seq.put(slot, 0, rec('a'), 10);
    expect(out.map((r) => r.file)).toEqual(['a.pst/Inbox#1']);
    seq.put(slot, 2, null, 10);
    seq.close(slot, 4);
    expect(out.map((r) => [r.file, tagOf(r)])).toEqual([
      ['a.pst/Inbox#1', 'a'],
      ['a.pst/Inbox#4', 'd'],
    ]);
    expect(budget.inFlight).toBe(0);
    expect(seq.pending).toBe(0);
  });

  it('writes records in input order whatever order they come in, named as the scan names them, over 300 seeded runs', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = seeded(seed);
      const budget = new Budget(1_000_000, Number.MAX_SAFE_INTEGER);
      const out: ScanRecord[] = [];
      const seq = new Sequencer(budget, (r) => out.push(r));
      interface Plan {
        slot: FileSlot;
        n: number;
        cut: boolean;
        dispatched: number;
        put: Set<number>;
        closed: boolean;
      }
      const plans: Plan[] = [];
      const files = 1 + rnd(6);
      for (let f = 0; f < files; f++) {
        // Mostly one message (a file), sometimes a stream of several, none (an empty stream) or a cut one.
        const n = rnd(4) === 0 ? rnd(12) : 1;
        plans.push({ slot: seq.open(`f${f}`), n, cut: n > 0 && rnd(8) === 0, dispatched: 0, put: new Set(), closed: false });
      }
      // Random interleaving of the three kinds of event, each only when the scan could make it.
      const expectedWaiting = (p: Plan): number => p.put.size - p.slot.emitted;
      for (let guard = 0; guard < 10_000; guard++) {
        const open = plans.filter((p) => !p.closed || p.put.size < p.dispatched);
        if (open.length === 0) break;
        const p = open[rnd(open.length)] as Plan;
        const choice = rnd(3);
        let acted = true;
        if (choice === 0 && p.dispatched < p.n) {
          // dispatch: the slot learns that one more message was handed out (and its cost taken)
          p.slot.dispatched++;
          p.dispatched++;
          void budget.acquire(1);
        } else if (choice === 1 && p.put.size < p.dispatched) {
          const missing = [...Array(p.dispatched).keys()].filter((i) => !p.put.has(i));
          const i = missing[rnd(missing.length)] as number;
          p.put.add(i);
          seq.put(p.slot, i, rec(`${p.slot.path}:${i}`), 1);
        } else if (choice === 2 && !p.closed && p.dispatched === p.n) {
          p.closed = true;
          seq.close(p.slot, p.n, p.cut);
        } else acted = false;
        if (!acted) continue;
        const held = plans.map((q) => q.slot.waiting.size);
        const waits = plans.map(expectedWaiting);
        if (held.join() !== waits.join()) expect(held, `seed ${seed}: records held against records waiting`).toEqual(waits);
      }
      const expected: string[] = [];
      const names: string[] = [];
      for (const p of plans) {
        for (let i = 0; i < p.n; i++) {
          expected.push(`${p.slot.path}:${i}`);
          names.push(p.n === 1 && !p.cut ? p.slot.path : `${p.slot.path}#${i + 1}`);
        }
      }
      expect(out.map(tagOf), `seed ${seed}`).toEqual(expected);
      expect(out.map((r) => r.file), `seed ${seed}`).toEqual(names);
      expect(budget.inFlight, `seed ${seed}: every record released its cost once`).toBe(0);
      expect(seq.pending, `seed ${seed}`).toBe(0);
    }
  });

  it('holds only what waits: a million records through one open stream leave the heap where it was', () => {
    const budget = new Budget(64, 16 * 2 ** 20);
    let written = 0;
    const seq = new Sequencer(budget, () => written++);
    const slot = seq.open('big.mbox');
    const one = rec('x');
    const step = (i: number): void => {
      slot.dispatched++;
      void budget.acquire(10);
      seq.put(slot, i, one, 10);
    };
    // Warm up (the first records make the code and the map), then measure across a million more.
    for (let i = 0; i < 1000; i++) step(i);
    const grown = heapHeldBy(() => {
      for (let i = 1000; i < 1_001_000; i++) step(i);
    }).held;
    expect(written).toBe(1_001_000);
    expect(slot.waiting.size).toBe(0);
    // An array by index (the earlier code) kept ~16 MB for a million records, however many waited.
    expect(grown).toBeLessThan(2 * 2 ** 20);
    seq.close(slot, 1_001_000);
    expect(seq.pending).toBe(0);
  });
});
