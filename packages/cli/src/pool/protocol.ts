import type { ScanConfig, UnnamedRecord } from '../scan-message.js';

/** main → worker: tasks go in batches (one postMessage per batch). */
export type Task =
  | { readonly id: number; readonly path: string }
  | { readonly id: number; readonly bytes: Uint8Array; readonly whole?: boolean };

/** worker → main: results go in batches too. */
export interface Done {
  readonly id: number;
  readonly records: UnnamedRecord[];
}

/** What a worker is started with. */
export interface WorkerInit {
  readonly cfg: ScanConfig;
}
