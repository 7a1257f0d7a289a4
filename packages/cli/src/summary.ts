/** Totals of a scan, and the one-line summary printed on stderr. */
import { LEVELS, catalogs, type Locale, type VerdictLevel } from '@ayashii/core';
import { isIoError } from './errors.js';
import { isError, type ScanRecord } from './record.js';

export interface Summary {
  /** Records: messages analysed plus errors. */
  scanned: number;
  messages: number;
  errors: number;
  /** Errors reading input (missing or unreadable files): these make the exit code 2. */
  ioErrors: number;
  levels: Record<VerdictLevel, number>;
  /** Items of Outlook data files that are not mail (calendars, contacts, tasks …): counted, not scanned. */
  notMail: number;
  /** Records written after --min-level. */
  printed: number;
  elapsedMs: number;
  /** Set when a signal stopped the scan early (the records so far were written). */
  interrupted?: 'SIGINT' | 'SIGTERM';
}

export function newSummary(): Summary {
  return { scanned: 0, messages: 0, errors: 0, ioErrors: 0, levels: { safe: 0, caution: 0, suspicious: 0, dangerous: 0 }, notMail: 0, printed: 0, elapsedMs: 0 };
}

export function count(s: Summary, r: ScanRecord): void {
  s.scanned++;
  if (isError(r)) {
    s.errors++;
    if (isIoError(r.error)) s.ioErrors++;
  } else {
    s.messages++;
    s.levels[r.verdict]++;
  }
}

/** After the first errors listed on stderr: how many more the output holds. */
export function moreErrorsLine(n: number, lang: Locale): string {
  return lang === 'ja' ? `ayashii: ほかにエラーが ${n} 件あります（出力を参照してください）` : `ayashii: … and ${n} more errors (see the output)`;
}

function seconds(ms: number): string {
  return ms < 10_000 ? (ms / 1000).toFixed(2) : (ms / 1000).toFixed(1);
}

/**
 * en: `ayashii: 12 scanned: 10 messages (safe 6, caution 1, suspicious 1, dangerous 2), 2 errors; 0.41 s, 24 msg/s`
 * (then, when Outlook data files held some: `; 3 items not mail (calendar, contacts, tasks …) skipped`)
 * ja: `ayashii: 12 件を処理: メール 10 件（安全 6、注意 1、…）、エラー 2 件。0.41 秒、24 件/秒`
 */
export function summaryLine(s: Summary, lang: Locale): string {
  const labels = catalogs[lang].ui.levels;
  const rate = s.elapsedMs > 0 ? Math.round((s.scanned * 1000) / s.elapsedMs) : 0;
  if (lang === 'ja') {
    const lv = LEVELS.map((l) => `${labels[l]} ${s.levels[l]}`).join('、');
    const notMail = s.notMail > 0 ? `。メールでない項目（予定表、連絡先、タスクなど）${s.notMail.toLocaleString('en-US')} 件は対象外` : '';
    return `ayashii: ${s.scanned} 件を処理: メール ${s.messages} 件（${lv}）、エラー ${s.errors} 件。${seconds(s.elapsedMs)} 秒、${rate} 件/秒${notMail}`;
  }
  const lv = LEVELS.map((l) => `${l} ${s.levels[l]}`).join(', ');
  const notMail = s.notMail > 0 ? `; ${s.notMail.toLocaleString('en-US')} item${s.notMail === 1 ? '' : 's'} not mail (calendar, contacts, tasks …) skipped` : '';
  return `ayashii: ${s.scanned} scanned: ${s.messages} message${s.messages === 1 ? '' : 's'} (${lv}), ${s.errors} error${s.errors === 1 ? '' : 's'}; ${seconds(s.elapsedMs)} s, ${rate} msg/s${notMail}`;
}
