/**
 * Loads the analysis bundle (dist/ayashii-analysis.cjs: the core and the per-message loop) with
 * V8's code cache, in each worker and, with --jobs 1, on the main thread.
 *
 * A scan runs mostly cold: every isolate parses and compiles to bytecode, one by one as they first
 * run, the ~1,000 functions that a message goes through. build.mjs runs the bundle over the core's
 * test messages and saves the bytecode of every function compiled by then
 * (`Script#createCachedData` after execution), so that an isolate starts with all of it.
 *
 * V8 accepts a cache only under the V8 flags it was made with, and main.ts sets one
 * (--interrupt-budget, which depends on --jobs): build.mjs makes one cache per budget, named after
 * it. V8 itself checks its version, the flags and the source length, not the source or the data:
 * each cache file begins with the id of the bundle it was made from (the bundle's first line) and
 * a SHA-256 of the data, so that a stale or damaged file is never handed to V8. Whatever is wrong
 * with a cache (missing, stale, damaged, made by another Node or under other flags), the bundle is
 * compiled as usual: the cache changes how fast a scan starts, never what it finds.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type { configIssueText, parseConfig } from '../core-internal.js';
import type { urlRecord } from '../url-record.js';
import type { runTask, runWorker } from './worker.js';

/** What dist/ayashii-analysis.cjs exports (src/analysis.ts). */
export interface Analysis {
  readonly runTask: typeof runTask;
  readonly runWorker: typeof runWorker;
  readonly parseConfig: typeof parseConfig;
  readonly configIssueText: typeof configIssueText;
  readonly urlRecord: typeof urlRecord;
}

/** How the cache went: used, none to use (absent, stale, damaged), or refused by V8. */
export type CacheOutcome = 'used' | 'none' | 'rejected';

export const BUNDLE = 'ayashii-analysis.cjs';
const ID_LINE = /^\/\/ ayashii-analysis ([0-9a-f]{16,64})\n/;
const HEADER = 'ayashii-v8cache';

/** The cache file for an --interrupt-budget (the only V8 flag the CLI sets before analysing). */
export function cacheName(interruptBudget: number): string {
  return `ayashii-analysis.ib${interruptBudget}.v8cache`;
}

/**
 * SHA-256 in hex. `node:crypto` is loaded on first use only: a worker handed verified cache data
 * (`VerifiedCache`) never needs it, and loading it cost each worker ~20 ms of its start.
 */
function sha256(data: Uint8Array): string {
  const crypto = require('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** Cache data checked once on the main thread, for the workers: the id of the bundle it was made from, and the data. */
export interface VerifiedCache {
  readonly id: string;
  readonly data: Uint8Array;
}

/**
 * The cache file `cache` of the bundle in `dir`, checked as `compile` checks it (bundle id and
 * SHA-256), or null: read and hashed once by the main thread instead of once by each worker.
 */
export function verifiedCodeCache(dir: string, cache: string): VerifiedCache | null {
  let head: string;
  try {
    const fd = openSync(join(dir, BUNDLE), 'r');
    try {
      const b = Buffer.alloc(128);
      head = b.toString('utf8', 0, readSync(fd, b, 0, b.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  const id = ID_LINE.exec(head)?.[1] ?? '';
  const data = id === '' ? undefined : cacheData(join(dir, cache), id);
  return data ? { id, data } : null;
}

/** Every cache file begins with `ayashii-v8cache <bundle id> <sha256 of the data>\n`. */
function cacheData(file: string, bundleId: string): Buffer | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return undefined;
  }
  const nl = buf.indexOf(10);
  if (nl < 0 || nl > 200) return undefined;
  const [magic, id, sum] = buf.toString('latin1', 0, nl).split(' ');
  if (magic !== HEADER || id !== bundleId) return undefined;
  const data = buf.subarray(nl + 1);
  if (sha256(data) !== sum) return undefined;
  return data;
}

function compile(dir: string, cache: string | null, verified: VerifiedCache | null = null): { script: Script; file: string; id: string; outcome: CacheOutcome } {
  const file = join(dir, BUNDLE);
  const source = readFileSync(file, 'utf8');
  const id = ID_LINE.exec(source)?.[1] ?? '';
  // Data the main thread checked is used when it was made from this very bundle (same id).
  const cachedData = cache === null || id === '' ? undefined : verified !== null && verified.id === id ? verified.data : cacheData(join(dir, cache), id);
  // The CommonJS wrapper, as Node's own (the source must be exactly the same when the cache is made).
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const outcome: CacheOutcome = cachedData === undefined ? 'none' : script.cachedDataRejected === true ? 'rejected' : 'used';
  return { script, file, id, outcome };
}

function run(script: Script, file: string): Analysis {
  const module = { exports: {} as Analysis };
  const wrapper = script.runInThisContext() as (e: object, r: NodeRequire, m: object, f: string, d: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/**
 * Loads the analysis from the folder `dir` (dist/), with the code cache file `cache` in it when
 * it is usable.
 */
export function loadAnalysis(dir: string, cache: string | null, verified: VerifiedCache | null = null): Analysis & { readonly cache: CacheOutcome } {
  const { script, file, outcome } = compile(dir, cache, verified);
  return { ...run(script, file), cache: outcome };
}

/**
 * For build.mjs: loads the bundle without a cache, runs `warm` (which analyses sample messages),
 * and returns the cache file's contents (header and data), or null when the bundle has no id.
 * The V8 flags in force must be the ones the cache will be used under.
 */
export function makeCodeCache(dir: string, warm: (a: Analysis) => void): Buffer | null {
  const { script, file, id } = compile(dir, null);
  if (id === '') return null;
  warm(run(script, file));
  const data = script.createCachedData();
  const sum = sha256(data);
  return Buffer.concat([Buffer.from(`${HEADER} ${id} ${sum}\n`, 'latin1'), data]);
}
