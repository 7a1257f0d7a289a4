import type { ScanConfig, UnnamedRecord } from '../scan-message.js';
import type { VerifiedCache } from './load.js';
import type { PstPart } from '../input/pst-part.js';
import type { ZipPart } from '../input/zip-part.js';

/**
 * What to analyse: a file the analyser reads itself (`size`: its size when listed, which sizes
 * --jobs 1's read buffer, read-ahead.ts; the workers read to the end regardless), or message bytes (`whole`: a whole file or stdin, which may be an mbox).
 */
export type TaskBody =
  | { readonly path: string; readonly size?: number }
  | { readonly bytes: Uint8Array; readonly whole?: boolean }
  /** A small file of a ZIP archive, which the analyser reads and inflates itself (input/zip-part.ts). */
  | { readonly zip: ZipPart }
  /** One message of an Outlook data file, which the analyser reads from the file itself (input/pst-part.ts). */
  | { readonly pst: PstPart };

/** main → worker: tasks go in batches (one postMessage per batch). */
export type Task = TaskBody & { readonly id: number };

/** Runs the analysis of tasks, in input order or not; the results come back as promises. */
export interface Analyser {
  run(body: TaskBody): Promise<UnnamedRecord[]>;
  close(): Promise<void>;
}

/** One task's records. */
export interface Done {
  readonly id: number;
  readonly records: UnnamedRecord[];
}

/** worker → main: results go in batches too, with the time the worker's file reads took meanwhile. */
export interface Reply {
  readonly done: Done[];
  /** Microseconds spent reading files, and how many, since the previous reply. */
  readonly readMicros: number;
  readonly readFiles: number;
}

/** What a worker is started with. */
export interface WorkerInit {
  readonly cfg: ScanConfig;
  /** The code cache file (in dist/) made under the V8 flags in force (see load.ts). */
  readonly codeCache: string | null;
  /** That file's data, already checked by the main thread (see load.ts `verifiedCodeCache`). */
  readonly codeCacheData?: VerifiedCache | null;
}
