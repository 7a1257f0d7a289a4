/**
 * `ayashii url`: where a link really goes, and whether it hides or disguises that, without opening
 * it. Each link is judged on its own by the core's `analyzeUrl` (in the analysis bundle, like
 * --config's validation); nothing is fetched.
 */
import { LEVELS, catalogs, type AnalyzeOptions, type Locale } from '@ayashii/core';
import type { UrlArgs } from '../args.js';
import { loadAnalysis, type Analysis } from '../pool/load.js';
import type { UrlRecord } from '../url-record.js';
import { clean, Columns, LEVEL_COLOR, SEVERITY } from '../output/table.js';
import { Output } from '../output/writer.js';
import { loadConfig, type Io } from './scan.js';

/** A line that is not a link: reported as such, never judged as one. */
export interface UrlErrorRecord {
  readonly url: string;
  readonly error: string;
  readonly code: 'url/not-a-link';
}

const TEXT: Record<Locale, { via: string; target: string; shortener: (s: string) => string; partial: string; notALink: string; noRecipient: string; level: string; score: string; link: string; error: string }> = {
  en: {
    via: 'via: ',
    target: 'goes to: ',
    shortener: (s) => ` (${s} is a shortener: the real destination stays hidden until it is opened)`,
    partial: ' (only the destination host is known)',
    notALink: 'not a link (expected a URL such as https://example.com/ or www.example.com)',
    noRecipient: 'ayashii: not looked for: the recipient in the links (give --recipient <address>)',
    level: 'LEVEL',
    score: 'SCORE',
    link: 'LINK / FINDINGS',
    error: 'ERROR',
  },
  ja: {
    via: '経由: ',
    target: '行き先: ',
    shortener: (s) => `（${s} は短縮URLで、本当の行き先は開くまでわかりません）`,
    partial: '（わかるのは行き先のホスト名だけです）',
    notALink: 'リンクではありません（https://example.com/ や www.example.com のような URL を指定してください）',
    noRecipient: 'ayashii: リンクの中の宛先は調べていません（--recipient <アドレス> を指定してください）',
    level: '判定',
    score: 'スコア',
    link: 'リンク / 指摘',
    error: 'エラー',
  },
};


/**
 * Links "defanged" so that nobody clicks them by mistake, as tickets and security reports write
 * them (`hxxps://evil[.]example/`, `evil(.)example`, `https[:]//…`), are read as the link they stand for.
 */
export function refang(s: string): string {
  return s
    .replace(/^h(?:xx|\*\*)p(s?)(?=[:[])/i, 'http$1')
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]/gi, '.')
    .replace(/\[:\]/g, ':')
    .replace(/\[\/\/\]/g, '//');
}

/**
 * What is taken for a link: an absolute URL (any scheme: `javascript:` and `data:` are judged
 * too), a scheme-relative `//host/…`, or a host name with a dot and what follows it, which is read
 * as `http://` (how a mail client makes a link of `www.example.com` in plain text).
 */
export function asLink(line: string): string | null {
  const s = refang(line.trim());
  if (s === '' || /\s/.test(s)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(s) && !/^[^:/]+\.[a-z]{2,}:\d/i.test(s)) return s;
  if (s.startsWith('//') && s.length > 2) return `http:${s}`;
  if (/^[^/?#@:]+\.[^/?#@:.]{2,}(?::\d+)?(?:[/?#].*)?$/.test(s)) return `http://${s}`;
  return null;
}

async function readLines(stream: NodeJS.ReadableStream): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function table(out: Output, records: readonly (UrlRecord | UrlErrorRecord)[], lang: Locale, color: boolean): void {
  const t = TEXT[lang];
  const cols = new Columns(lang, [t.error, t.level], color);
  const paint = (code: string, s: string): string => cols.paint(code, s);
  const indent = cols.indent;
  out.write(cols.head(t.level, t.score, t.link));
  for (const r of records) {
    if ('error' in r) {
      out.write(`${cols.row('35', t.error, '-', clean(r.url))}${indent}${paint('35', clean(r.error))}\n`);
      continue;
    }
    let s = cols.row(LEVEL_COLOR[r.verdict], catalogs[lang].ui.levels[r.verdict], String(r.score), clean(r.url));
    if (r.via.length > 0) s += `${indent}${t.via}${r.via.map((h) => clean(h.host)).join(' → ')}\n`;
    if (r.via.length > 0 || r.shortener) {
      s += `${indent}${t.target}${clean(r.target)}${r.shortener ? t.shortener(clean(r.shortener)) : r.partial ? t.partial : ''}\n`;
    }
    s += `${indent}${clean(r.summary)}\n`;
    for (const f of r.findings) {
      const sev = SEVERITY[f.severity];
      s += `${indent}${paint(sev.color, `${sev.mark} ${clean(f.title)}`)}\n${indent}   ${clean(f.message)}\n`;
    }
    out.write(s);
  }
}

export async function url(args: UrlArgs, io: Io): Promise<number> {
  const err = (s: string): void => void io.stderr.write(`${s}\n`);
  let analysis: Analysis;
  try {
    analysis = loadAnalysis(io.dist, io.codeCache);
  } catch (e) {
    err(`ayashii: internal error: ${(e as Error).message}`);
    return 2;
  }
  let options: AnalyzeOptions = {};
  if (args.config) {
    const c = loadConfig(args.config, analysis, args.lang);
    if ('errors' in c) {
      for (const line of c.errors) err(`ayashii: ${line}`);
      return 2;
    }
    options = c.options;
  }
  if (args.recipient) options = { ...options, recipient: { address: args.recipient } };

  const inputs: string[] = [];
  for (const a of args.urls) {
    if (a !== '-') {
      inputs.push(a);
      continue;
    }
    try {
      inputs.push(...(await readLines(io.stdin)));
    } catch (e) {
      err(`ayashii: ${args.lang === 'ja' ? '標準入力を読み込めません' : 'cannot read standard input'}: ${(e as Error).message}`);
      return 2;
    }
  }

  const records: (UrlRecord | UrlErrorRecord)[] = inputs.map((raw) => {
    const link = asLink(raw);
    return link === null ? { url: raw, error: TEXT[args.lang].notALink, code: 'url/not-a-link' } : analysis.urlRecord(link, options, args.lang);
  });

  const envNoColor = (io.env['NO_COLOR'] ?? '') !== '';
  const color = args.color ?? (io.stdoutIsTTY && !envNoColor && io.env['TERM'] !== 'dumb');
  try {
    const out = Output.open(null);
    if (args.format === 'table') table(out, records, args.lang, color);
    else if (args.format === 'jsonl') for (const r of records) out.write(`${JSON.stringify(r)}\n`);
    else out.write(`${JSON.stringify(records, null, 2)}\n`);
    out.close();
  } catch (e) {
    err(`ayashii: ${args.lang === 'ja' ? '出力を書き込めません' : 'cannot write the output'}: ${(e as Error).message}`);
    return 2;
  }
  // Said once, not under every link: which checks could not run for want of a recipient.
  if (args.format === 'table' && records.some((r) => !('error' in r) && r.skipped.some((k) => k.checkId.startsWith('recipient-targeting/')))) err(TEXT[args.lang].noRecipient);
  if (records.some((r) => 'error' in r)) return 2;
  const failRank = args.failOn ? LEVELS.indexOf(args.failOn) : Infinity;
  return records.some((r) => !('error' in r) && LEVELS.indexOf(r.verdict) >= failRank) ? 1 : 0;
}
