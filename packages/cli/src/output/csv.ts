import type { Locale } from '@ayashii/core';
import { errorText } from '../error-texts.js';
import { isError, type ScanRecord } from '../record.js';
import type { Summary } from '../summary.js';
import type { Sink } from './sink.js';
import type { Output } from './writer.js';

/**
 * RFC 4180 CSV, one row per message: file, verdict, score, findings (count), check_ids,
 * categories, messages, error (its text in the output's language), code (the error's code, as in
 * JSONL; last, so that scripts reading the columns by position still work). Multi-valued cells
 * are joined with " | ". Cells that a spreadsheet would run as a formula (= + - @ tab CR at the
 * start) are prefixed with an apostrophe, since file names, subjects and evidence come from the
 * messages (CSV injection). With --details, five columns follow: which mail it is (from, subject,
 * date, message_id, as mail-identity.ts gives them) and the summary sentence.
 */
export const CSV_COLUMNS = ['file', 'verdict', 'score', 'findings', 'check_ids', 'categories', 'messages', 'error', 'code'] as const;
export const CSV_DETAIL_COLUMNS = ['from', 'subject', 'date', 'message_id', 'summary'] as const;

export function csvCell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export class CsvSink implements Sink {
  constructor(
    private readonly out: Output,
    bom: boolean,
    private readonly lang: Locale,
    private readonly details = false,
  ) {
    const columns = details ? [...CSV_COLUMNS, ...CSV_DETAIL_COLUMNS] : CSV_COLUMNS;
    this.out.write(`${bom ? '\uFEFF' : ''}${columns.join(',')}\r\n`);
  }
  write(r: ScanRecord): void {
    const row = isError(r)
      ? [r.file, '', '', '', '', '', '', errorText(r.error, this.lang), r.error.code]
      : [
          r.file,
          r.verdict,
          r.score,
          r.findings.length,
          r.findings.map((f) => f.checkId).join(' | '),
          [...new Set(r.findings.map((f) => f.category))].join(' | '),
          r.findings.map((f) => f.message).join(' | '),
          '',
          '',
        ];
    if (this.details) {
      const m = isError(r) ? undefined : r.mail;
      row.push(m?.from ?? '', m?.subject ?? '', m?.date ?? '', m?.messageId ?? '', isError(r) ? '' : (r.summary ?? ''));
    }
    this.out.write(`${row.map(csvCell).join(',')}\r\n`);
  }
  end(_s: Summary): void {}
}
