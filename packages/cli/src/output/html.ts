/**
 * `--format html`: one self-contained file. No external assets and no network: a strict CSP
 * (`default-src 'none'`) allows only the embedded stylesheet and script by their SHA-256 hashes.
 * The data is a JSON block (`<script type="application/json">`, never executed) with `<` and
 * friends escaped, so a message cannot close the tag; the script renders it with textContent.
 *
 * Unlike the other formats this one keeps its rows in memory until the end (the page needs them
 * all); rows of safe messages are small (no findings).
 */
import { catalogs, type Locale, type VerdictLevel } from '@ayashii/core';
import { createHash } from 'node:crypto';
import { errorText } from '../error-texts.js';
import { isError, type ScanRecord } from '../record.js';
import type { ReportData, ReportRow } from '../report/data.js';
import { UI } from '../report/data.js';
import { REPORT_CSS } from '../report/style.js';
import type { Summary } from '../summary.js';
import type { Sink } from './sink.js';
import type { Output } from './writer.js';

declare const __AYASHII_REPORT_CLIENT__: string;

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
  readonly now: Date;
}

/** The whole document for the given rows and totals. */
export function renderReport(rows: readonly ReportRow[], summary: Summary, meta: HtmlMeta): string {
  const data: ReportData = {
    meta: {
      tool: 'ayashii',
      version: meta.version,
      generated: meta.now.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
      lang: meta.lang,
      paths: meta.paths,
      elapsedMs: Math.round(summary.elapsedMs),
      minLevel: meta.minLevel,
      levelLabels: { en: catalogs.en.ui.levels, ja: catalogs.ja.ui.levels },
    },
    summary: { scanned: summary.scanned, messages: summary.messages, errors: summary.errors, levels: { ...summary.levels } },
    rows,
  };
  const script = __AYASHII_REPORT_CLIENT__;
  const css = REPORT_CSS;
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(css)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const ui = UI[meta.lang];
  return `<!doctype html>
<html lang="${meta.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ayashii ${escapeHtml(meta.version)}">
<title>${escapeHtml(ui['title'] ?? 'ayashii report')}</title>
<style>${css}</style>
</head>
<body>
<noscript><p>${escapeHtml(ui['noscript'] ?? '')}</p></noscript>
<main id="app"></main>
<script type="application/json" id="ayashii-data">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

export class HtmlSink implements Sink {
  private readonly rows: ReportRow[] = [];
  constructor(
    private readonly out: Output,
    private readonly meta: Omit<HtmlMeta, 'now'>,
  ) {}
  write(r: ScanRecord): void {
    this.rows.push(toRow(r));
  }
  end(s: Summary): void {
    this.out.write(renderReport(this.rows, s, { ...this.meta, now: new Date() }));
  }
}
