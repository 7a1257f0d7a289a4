import type { Locale } from '@ayashii/core';
import { publicRecord, type ScanRecord } from '../record.js';
import type { Summary } from '../summary.js';
import type { Sink } from './sink.js';
import type { Output } from './writer.js';

/** One JSON object per line: `{ file, verdict, score, findings }` or `{ file, error, code }`. */
export class JsonlSink implements Sink {
  constructor(
    private readonly out: Output,
    private readonly lang: Locale,
  ) {}
  write(r: ScanRecord): void {
    this.out.write(`${JSON.stringify(publicRecord(r, this.lang))}\n`);
  }
  end(_summary: Summary): void {}
}
