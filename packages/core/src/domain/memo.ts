/**
 * Bounded memos for pure per-host computations that repeat across messages (the same link hosts,
 * sender domains and brands recur mail after mail). A memo never changes a result; it is cleared
 * whole when full, so its size stays bounded however long a scan runs.
 */

/**
 * A copy of `s` that shares no memory with a larger string. Engines keep the whole parent of a
 * substring alive (V8 "sliced strings"), so a cache key sliced out of a message body would keep
 * that body in memory for as long as the cache lives.
 */
export function ownKey(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

export class BoundedMemo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(ownKey(key), value);
  }
}
