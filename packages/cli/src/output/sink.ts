import type { ScanRecord } from '../record.js';
import type { Summary } from '../summary.js';

/** A streaming output format: records arrive in final order; `end` gets the totals. */
export interface Sink {
  write(r: ScanRecord): void;
  end(summary: Summary): void;
}
