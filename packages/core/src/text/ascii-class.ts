/**
 * ASCII character classes as lookup tables, for the per-character loops of the parsers. A table is
 * one load where a predicate is a chain of comparisons: fewer bytecodes while the loop still runs
 * in V8's interpreter, and no rarely reached comparison (an upper-case letter after thousands of
 * lower-case ones) for the optimised code to lack type feedback on and deoptimise at.
 */

/** The class of the ASCII characters (code < 0x80) for which `test` holds. */
export function asciiClass(test: (c: number) => boolean): Uint8Array {
  const table = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++) table[c] = test(c) ? 1 : 0;
  return table;
}

/** Whether the char code `c` is in the class (never for non-ASCII codes or NaN). */
export function inClass(table: Uint8Array, c: number): boolean {
  return c < 0x80 && table[c] === 1;
}
