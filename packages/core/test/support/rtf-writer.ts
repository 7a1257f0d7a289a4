/** Test-side writer of compressed RTF ([MS-OXRTFCP]), for `.msg` fixtures without PR_HTML. */

/** A valid LZFu stream of literals only (every control byte 0), as a test-side writer. */
export function lzfuLiterals(raw: Uint8Array): Uint8Array {
  const body: number[] = [];
  for (let i = 0; i < raw.length; i += 8) {
    body.push(0);
    for (let k = i; k < Math.min(i + 8, raw.length); k++) body.push(raw[k] as number);
  }
  // End: a reference to the write position (prefix 207 + raw.length, mod 4096), in a control byte of its own.
  const wp = (207 + raw.length) % 4096;
  body.push(1, (wp >> 4) & 0xff, (wp & 15) << 4);
  const out = new Uint8Array(16 + body.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, body.length + 12, true);
  v.setUint32(4, raw.length, true);
  v.setUint32(8, 0x75465a4c, true);
  out.set(body, 16);
  return out;
}
