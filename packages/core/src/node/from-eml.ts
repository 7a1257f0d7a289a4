import { readFile } from 'node:fs/promises';
import { fromRawMessage, type RawMessageOptions } from '../adapters/raw-message.js';
import type { MessageInput } from '../model/message.js';

type Source = Uint8Array | string | AsyncIterable<Uint8Array | string>;

/**
 * An `.eml` message (bytes, text, or a readable stream) → MessageInput. Parsing is the core's own
 * (the same code the add-ins run), lazy: headers at once, MIME parts only when a check asks.
 * mailparser is deliberately not used: see the README ("Deviations from the house style").
 *
 * @example
 * import { fromEml } from '@ayashii/core/node';
 * import { analyze } from '@ayashii/core';
 * const verdict = analyze(await fromEml(fs.createReadStream('mail.eml')));
 */
export async function fromEml(source: Source, options: RawMessageOptions = {}): Promise<MessageInput> {
  if (source instanceof Uint8Array || typeof source === 'string') return fromRawMessage(source, options);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const c of source) {
    const b = typeof c === 'string' ? new TextEncoder().encode(c) : c;
    chunks.push(b);
    total += b.length;
  }
  const all = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    all.set(c, o);
    o += c.length;
  }
  return fromRawMessage(all, options);
}

/** Reads and adapts an `.eml` file. */
export async function fromEmlFile(path: string, options: RawMessageOptions = {}): Promise<MessageInput> {
  const buf = await readFile(path);
  return fromRawMessage(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), options);
}
