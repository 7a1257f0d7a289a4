/**
 * `--format html`: one self-contained file. No external assets and no network: a strict CSP
 * (`default-src 'none'`) allows only the embedded stylesheet and script by their SHA-256 hashes.
 * The data is two JSON blocks (`<script type="application/json">`, never executed) with `<` and
 * friends escaped, so a message cannot close the tag; the script renders it with textContent.
 *
 * Streamed like the other formats: the rows (`ayashii-rows` blocks, arrays of `ROWS_PER_BLOCK`
 * rows) are written as the records come, and the block of what is known only at the end (`ayashii-data`: the
 * totals, the time taken, each check's shared texts) follows it. Nothing of the rows is kept, so
 * the memory of a scan does not grow with the report (a 1 GiB mbox, 28,494 rows: peak RSS 1.9 GB
 * when the whole document was built at the end, ~240 MiB streamed).
 */
import { catalogs, type Locale, type VerdictLevel } from '@ayashii/core';
import { createHash } from 'node:crypto';
import { errorText } from '../error-texts.js';
import { isError, type ScanRecord } from '../record.js';
import type { Bi, CheckInfo, ReportHead, ReportRow, WireFinding, WireRow } from '../report/data.js';
import { UI } from '../report/data.js';
import { REPORT_CSS } from '../report/style.js';
import type { Summary } from '../summary.js';
import type { Sink } from './sink.js';
import type { Output } from './writer.js';

declare const __AYASHII_REPORT_CLIENT__: string;
/** The page's script (build.mjs puts it here). */
const CLIENT = __AYASHII_REPORT_CLIENT__;

function sha256(s: string): string {
  return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

/** JSON that is safe inside a `<script>` element: no `<`, `>`, `&` or line separators left as is. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function toRow(r: ScanRecord): ReportRow {
  if (isError(r)) {
    const error = { code: r.error.code, text: { en: errorText(r.error, 'en'), ja: errorText(r.error, 'ja') } };
    return { file: r.file, verdict: null, score: 0, error, subject: '', from: '', senderDomain: '', linkDomains: [], findings: [] };
  }
  const d = r.detail;
  const row: ReportRow = {
    file: r.file,
    verdict: r.verdict,
    score: r.score,
    subject: d?.subject ?? '',
    from: d?.from ?? '',
    ...(d?.date ? { date: d.date } : {}),
    ...(d?.messageId ? { messageId: d.messageId } : {}),
    senderDomain: d?.senderDomain ?? '',
    linkDomains: d?.linkDomains ?? [],
    findings: d?.findings ?? [],
  };
  return d && r.verdict !== 'safe' ? { ...row, summary: d.summary } : row;
}

export interface HtmlMeta {
  readonly version: string;
  readonly lang: Locale;
  readonly paths: readonly string[];
  readonly minLevel: VerdictLevel;
}

/** The document up to the opening of the rows array. */
function documentHead(lang: Locale, version: string): string {
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(CLIENT)}`,
    `style-src ${sha256(REPORT_CSS)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const ui = UI[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ayashii ${escapeHtml(version)}">
<title>${escapeHtml(ui['title'] ?? 'ayashii report')}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<noscript><p>${escapeHtml(ui['noscript'] ?? '')}</p></noscript>
<main id="app"></main>
${ROWS_OPEN}`;
}

const ROWS_OPEN = '<script type="application/json" class="ayashii-rows">[';

/**
 * Rows per JSON block. One block for a whole archive would be one string in the browser, and a
 * string has a maximum length (V8: 2^29 − 24 characters, ~512 MB): the report of an archive of a
 * few GiB would not open. 2,000 rows are ~7 MB (1 GiB mbox: 103 MB in 15 blocks).
 */
export const ROWS_PER_BLOCK = 2000;

const sameText = (a: Bi | undefined, b: Bi | undefined): boolean => a?.en === b?.en && a?.ja === b?.ja;

/**
 * Writes each check's shared parts (category, title, advice) once: the first finding of a check
 * gives them, later findings carry only what differs (nothing, as the catalogs stand).
 */
export class CheckTable {
  readonly checks: Record<string, CheckInfo> = {};

  condense(row: ReportRow): WireRow {
    if (row.findings.length === 0) return row;
    return {
      ...row,
      findings: row.findings.map((f): WireFinding => {
        const { category, title, advice, ...rest } = f;
        let c = this.checks[f.checkId];
        if (!c) c = this.checks[f.checkId] = advice ? { category, title, advice } : { category, title };
        return {
          ...rest,
          ...(category === c.category ? {} : { category }),
          ...(sameText(title, c.title) ? {} : { title }),
          // No advice where the check has some: an empty one says so.
          ...(sameText(advice, c.advice) ? {} : { advice: advice ?? { en: '', ja: '' } }),
        };
      }),
    };
  }
}

/** The document after the last row: the totals, the checks' shared texts and the script. */
function documentTail(summary: Summary, meta: HtmlMeta, now: Date, checks: CheckTable): string {
  const data: ReportHead = {
    meta: {
      tool: 'ayashii',
      version: meta.version,
      generated: now.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
      lang: meta.lang,
      paths: meta.paths,
      elapsedMs: Math.round(summary.elapsedMs),
      minLevel: meta.minLevel,
      ...(summary.interrupted ? { interrupted: true } : {}),
      levelLabels: { en: catalogs.en.ui.levels, ja: catalogs.ja.ui.levels },
    },
    summary: { scanned: summary.scanned, messages: summary.messages, errors: summary.errors, levels: { ...summary.levels }, ...(summary.notMail > 0 ? { notMail: summary.notMail } : {}) },
    checks: checks.checks,
  };
  return `]</script>
<script type="application/json" id="ayashii-data">${jsonForScript(data)}</script>
<script>${CLIENT}</script>
</body>
</html>
`;
}

/** The whole document for the given rows and totals, as HtmlSink writes it piece by piece. */
export function renderReport(rows: readonly ReportRow[], summary: Summary, meta: HtmlMeta, now = new Date()): string {
  const parts: string[] = [];
  const sink = new HtmlSink({ write: (s: string) => void parts.push(s) }, meta, () => now);
  for (const r of rows) sink.writeRow(r);
  sink.end(summary);
  return parts.join('');
}

export class HtmlSink implements Sink {
  /** Rows in the current block. */
  private inBlock = 0;
  private readonly checks = new CheckTable();
  constructor(
    private readonly out: Pick<Output, 'write'>,
    private readonly meta: HtmlMeta,
    private readonly clock: () => Date = () => new Date(),
  ) {
    out.write(documentHead(meta.lang, meta.version));
  }
  write(r: ScanRecord): void {
    this.writeRow(toRow(r));
  }
  writeRow(row: ReportRow): void {
    if (this.inBlock === ROWS_PER_BLOCK) {
      this.out.write(`]</script>\n${ROWS_OPEN}`);
      this.inBlock = 0;
    }
    this.out.write(`${this.inBlock === 0 ? '' : ','}\n${jsonForScript(this.checks.condense(row))}`);
    this.inBlock++;
  }
  end(s: Summary): void {
    this.out.write(documentTail(s, this.meta, this.clock(), this.checks));
  }
}
