import type { Locale } from '@ayashii/core';
import { publicRecord, type ScanRecord } from '../record.js';
import type { Summary } from '../summary.js';
import type { Sink } from './sink.js';
import type { Output } from './writer.js';

/**
 * One JSON document, streamed: `{ "tool", "version", "lang", "messages": [records…], "summary" }`.
 * The records have the JSONL shape; the summary comes last because it is known last.
 */
export class JsonSink implements Sink {
  private first = true;
  private readonly lang: Locale;
  constructor(
    private readonly out: Output,
    head: { version: string; lang: Locale },
  ) {
    this.lang = head.lang;
    this.out.write(`{"tool":"ayashii","version":${JSON.stringify(head.version)},"lang":${JSON.stringify(head.lang)},"messages":[`);
  }
  write(r: ScanRecord): void {
    this.out.write(`${this.first ? '\n' : ',\n'}${JSON.stringify(publicRecord(r, this.lang))}`);
    this.first = false;
  }
  end(s: Summary): void {
    const summary = { scanned: s.scanned, messages: s.messages, errors: s.errors, levels: s.levels, ...(s.notMail > 0 ? { notMail: s.notMail } : {}), ...(s.interrupted ? { interrupted: true } : {}) };
    this.out.write(`${this.first ? '' : '\n'}],\n"summary":${JSON.stringify(summary)}}\n`);
  }
}
