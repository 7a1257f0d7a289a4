/**
 * Command-line parsing for `ayashii scan`. Usage errors are returned, never thrown, so that main
 * can print them with the usage hint and exit 2.
 */
import { LEVELS, type Locale, type VerdictLevel } from '@ayashii/core';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { localeFromEnv } from './locale.js';

export const FORMATS = ['table', 'jsonl', 'json', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface ScanArgs {
  readonly paths: readonly string[];
  readonly format: Format;
  readonly output: string | null;
  readonly lang: Locale;
  readonly minLevel: VerdictLevel;
  readonly failOn: VerdictLevel | null;
  readonly config: string | null;
  readonly jobs: number;
  readonly maxMessageBytes: number;
  /** true/false forced by a flag, null: decide from the terminal. */
  readonly progress: boolean | null;
  readonly color: boolean | null;
  readonly csvBom: boolean;
  readonly quiet: boolean;
  /** Each finding's title, advice and evidence (table, jsonl, json). */
  readonly details: boolean;
  /** Every link's real destination (table, jsonl, json). */
  readonly links: boolean;
}

export const URL_FORMATS = ['table', 'jsonl', 'json'] as const;
export type UrlFormat = (typeof URL_FORMATS)[number];

/** `ayashii url`: links judged on their own. */
export interface UrlArgs {
  /** The links; `-` reads one per line from standard input. */
  readonly urls: readonly string[];
  readonly format: UrlFormat;
  readonly lang: Locale;
  readonly failOn: VerdictLevel | null;
  readonly config: string | null;
  /** The address the links were sent to, for the recipient-targeting checks. */
  readonly recipient: string | null;
  readonly color: boolean | null;
}

export type Parsed =
  | { readonly kind: 'scan'; readonly args: ScanArgs }
  | { readonly kind: 'url'; readonly args: UrlArgs }
  | { readonly kind: 'help'; readonly topic: 'main' | 'scan' | 'url'; readonly lang: Locale }
  | { readonly kind: 'version' }
  | { readonly kind: 'error'; readonly message: string; readonly lang: Locale; readonly topic: 'scan' | 'url' };

export const DEFAULT_MAX_MESSAGE = 64 * 1024 * 1024;

export const USAGE = `Usage: ayashii scan [options] <path|glob|->...

Checks saved mail for lies about who sent it or where its links go.
Paths may be .eml files (Apple Mail .emlx and Outlook .msg too), folders
(searched recursively), mbox files, Maildir folders, Outlook data files
(.pst, .ost: each message named archive.pst/Folder#N), quoted globs
('archive/**/*.eml'), or - for standard input; named pipes such as
<(ssh host cat Inbox) are read like standard input. Files named .gz
(archive.mbox.gz) and gzip on standard input are decompressed; the mail files
inside .zip and tar archives (.tar, .tar.gz, .tgz, or tar on standard input:
tar cz Maildir | ayashii scan -) are scanned (archive.zip/inner/a.eml,
Maildir.tgz/Maildir/cur/1700000000.M1P2.host).

Options:
  -f, --format <fmt>        table | jsonl | json | csv | html   (default: table,
                            or from the -o file extension)
  -o, --output <file>       write the report to a file, not to standard output
      --lang <ja|en>        language of explanations (default: from LC_ALL/LANG)
      --min-level <level>   print only messages at this level or above
                            (safe | caution | suspicious | dangerous; errors are
                            always printed)
      --fail-on <level>     exit 1 when a message is at this level or above
      --config <file>       ayashii.config.json (organisation domains, brands…)
  -j, --jobs <n>            analysers: the main thread and n-1 worker threads
                            (default: number of CPU cores)
      --max-message-size <size>
                            larger messages are reported as errors (default 64M)
      --[no-]progress       progress bar on stderr (default: when stderr is a
                            terminal)
      --[no-]color          colours in the table (default: on a terminal, unless
                            NO_COLOR is set)
  -d, --details             also which mail each is (From, Subject, Date,
                            Message-ID), a summary, and each finding's title,
                            what to do and evidence (table, jsonl, json; csv:
                            from, subject, date, message_id, summary)
      --links               also every link of each message and where it really
                            goes, unwrapped (table, jsonl, json)
      --csv-bom             start CSV output with a UTF-8 BOM (for Excel)
  -q, --quiet               no summary line or error list on stderr
  -h, --help                this help
  -V, --version             the version

Exit codes: 0 nothing at the --fail-on level, 1 found, 2 usage or I/O error,
130/143 interrupted (Ctrl-C, SIGTERM; the output is ended with what was done).`;

export const USAGE_JA = `使い方: ayashii scan [オプション] <パス|グロブ|->...

保存したメールが、送信元やリンク先を偽っていないかを調べます。
パスには .eml ファイル（Apple Mail の .emlx、Outlook の .msg も）、
フォルダー（サブフォルダーも検索）、mbox ファイル、Maildir フォルダー、
Outlook のデータファイル（.pst、.ost。メールは archive.pst/フォルダー#N）、
引用符で囲んだグロブ（'archive/**/*.eml'）、標準入力なら - を指定できます。
<(ssh host cat Inbox) のような名前付きパイプも標準入力と同じように読みます。
名前が .gz のファイル（archive.mbox.gz）と gzip の標準入力は展開しながら
読みます。.zip と tar のアーカイブ（.tar、.tar.gz、.tgz、標準入力の tar:
tar cz Maildir | ayashii scan -）は中のメールのファイルを調べます
（archive.zip/inner/a.eml、Maildir.tgz/Maildir/cur/1700000000.M1P2.host）。

オプション:
  -f, --format <形式>       table | jsonl | json | csv | html（既定: table、
                            または -o のファイルの拡張子から）
  -o, --output <ファイル>   結果を標準出力ではなくファイルに書き出す
      --lang <ja|en>        説明の言語（既定: LC_ALL/LANG から）
      --min-level <判定>    この判定以上のメールだけを出力する
                            （safe | caution | suspicious | dangerous。
                            エラーは常に出力）
      --fail-on <判定>      この判定以上のメールがあれば終了コード 1
      --config <ファイル>   ayashii.config.json（自組織のドメイン、ブランド等）
  -j, --jobs <数>           解析の並列数: メインスレッドと 数-1 個のワーカー
                            （既定: CPU コア数）
      --max-message-size <サイズ>
                            これより大きいメールはエラーとして報告（既定 64M）
      --[no-]progress       標準エラーに進捗を表示（既定: 端末のとき）
      --[no-]color          表に色を付ける（既定: 端末で NO_COLOR がないとき）
  -d, --details             メールごとの送信元・件名・日時・Message-ID と要約、
                            指摘ごとの見出し・対処・根拠も出力する（table、
                            jsonl、json。csv は from、subject、date、
                            message_id、summary の列）
      --links               メールごとに、すべてのリンクと本当の行き先（包みを
                            外したもの）も出力する（table、jsonl、json）
      --csv-bom             CSV の先頭に UTF-8 の BOM を付ける（Excel 用）
  -q, --quiet               標準エラーに要約行やエラー一覧を出さない
  -h, --help                このヘルプ
  -V, --version             バージョン

終了コード: 0 --fail-on の判定に達するメールなし、1 あり、2 使い方の誤りまたは
入出力エラー、130/143 中断（Ctrl-C、SIGTERM。出力はそこまでの結果で閉じます）。`;

export const URL_USAGE = `Usage: ayashii url [options] <url|->...

Tells where a link really goes, and whether it hides or disguises that, without
opening it: security wrappers and redirectors (Safe Links, urldefense, any
parameter that holds a URL…) are taken off, and the target is checked for
look-alike and IDN domains, brand names in front of other domains, shorteners,
IP addresses, and the recipient's name or address built into it.
With -, one link per line is read from standard input. Defanged links
(hxxps://evil[.]example/) are read as the links they stand for.

Options:
  -f, --format <fmt>        table | jsonl | json   (default: table)
      --recipient <address> the address the link was sent to (to find it, or
                            its domain name, inside the link)
      --lang <ja|en>        language of explanations (default: from LC_ALL/LANG)
      --fail-on <level>     exit 1 when a link is at this level or above
                            (safe | caution | suspicious | dangerous)
      --config <file>       ayashii.config.json (organisation domains, brands,
                            allow-listed link domains…)
      --[no-]color          colours in the table (default: on a terminal, unless
                            NO_COLOR is set)
  -h, --help                this help

Exit codes: 0 nothing at the --fail-on level, 1 found, 2 usage or I/O error.`;

export const URL_USAGE_JA = `使い方: ayashii url [オプション] <URL|->...

リンクを開かずに、本当の行き先と、それを隠したり偽ったりしていないかを調べます。
セキュリティサービスやリダイレクトの包み（Safe Links、urldefense、URL を値に
持つパラメーターなど）を外し、行き先について、似せたドメインや IDN、別の
ドメインの前に付けたブランド名、短縮URL、IP アドレス、宛先の名前やアドレスの
埋め込みを確認します。
- を指定すると、標準入力から 1 行に 1 つずつリンクを読み込みます。無害化された
リンク（hxxps://evil[.]example/）は、元のリンクとして読み取ります。

オプション:
  -f, --format <形式>       table | jsonl | json（既定: table）
      --recipient <アドレス>
                            リンクが送られた宛先のアドレス（リンクの中に
                            そのアドレスやドメイン名がないかを調べる）
      --lang <ja|en>        説明の言語（既定: LC_ALL/LANG から）
      --fail-on <判定>      この判定以上のリンクがあれば終了コード 1
                            （safe | caution | suspicious | dangerous）
      --config <ファイル>   ayashii.config.json（自組織のドメイン、ブランド、
                            許可するリンク先ドメイン等）
      --[no-]color          表に色を付ける（既定: 端末で NO_COLOR がないとき）
  -h, --help                このヘルプ

終了コード: 0 --fail-on の判定に達するリンクなし、1 あり、2 使い方の誤りまたは
入出力エラー。`;

const MAIN_USAGE = `ayashii — does this mail lie about who sent it or where its links go?

Usage: ayashii scan [options] <path|glob|->...
       ayashii url [options] <url|->...
       ayashii --help | --version

Run "ayashii scan --help" or "ayashii url --help" for the options.`;

const MAIN_USAGE_JA = `ayashii — このメールは送信元やリンク先を偽っていないか？

使い方: ayashii scan [オプション] <パス|グロブ|->...
        ayashii url [オプション] <URL|->...
        ayashii --help | --version

オプションは "ayashii scan --help" または "ayashii url --help" で表示されます。`;

export function mainUsage(lang: Locale = 'en'): string {
  return lang === 'ja' ? MAIN_USAGE_JA : MAIN_USAGE;
}

/** The options of \`ayashii scan\`, in the language of --lang or of the environment. */
export function scanUsage(lang: Locale = 'en'): string {
  return lang === 'ja' ? USAGE_JA : USAGE;
}

/** The options of \`ayashii url\`. */
export function urlUsage(lang: Locale = 'en'): string {
  return lang === 'ja' ? URL_USAGE_JA : URL_USAGE;
}

/** `64M`, `1G`, `512k`, `1048576` → bytes. */
export function parseSize(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(s.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const v = Math.floor(n * mult);
  return v >= 1 ? v : null;
}

function levelErrorJa(name: string, v: string | undefined): string {
  return `${name}: 不明な判定です: "${v ?? ''}"（${LEVELS.join(', ')} のいずれか）`;
}

function level(name: string, v: string | undefined): VerdictLevel | string | undefined {
  if (v === undefined) return undefined;
  const l = v.toLowerCase();
  if ((LEVELS as readonly string[]).includes(l)) return l as VerdictLevel;
  return `${name}: unknown level "${v}" (expected ${LEVELS.join(', ')})`;
}

function formatFromFile(file: string | null): Format | null {
  const m = file ? /\.([a-z]+)$/i.exec(file) : null;
  const ext = m?.[1]?.toLowerCase();
  if (ext === 'htm' || ext === 'html') return 'html';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'json' || ext === 'csv') return ext;
  return null;
}

/** `--lang ja`, `--lang=ja`, or else the environment: known before the options are parsed, for their errors and help. */
function earlyLang(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  let lang: Locale | null = null;
  // The last --lang wins, as in parseArgs; `--` ends the options.
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const a = argv[i] as string;
    const v = (a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined)?.toLowerCase();
    if (v === 'ja' || v === 'en') lang = v;
    else if (v !== undefined) lang = null;
  }
  return lang ?? localeFromEnv(env);
}

/** node:util parseArgs' errors, in Japanese (its English text is kept as it is). */
function parseArgsErrorJa(e: Error & { code?: string }): string | null {
  const opt = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `不明なオプションです: '${opt}'`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(e.message)) return `オプション '${opt}' に値がありません`;
    if (/does not take an argument/.test(e.message)) return `オプション '${opt}' は値を取りません`;
    return `オプション '${opt}' の値が正しくありません`;
  }
  return null;
}

export function parseCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv): Parsed {
  const lang = earlyLang(argv, env);
  // Which help the error points to: the url command's when it is the one given.
  const topic = argv.includes('url') && !argv.includes('scan') ? 'url' : 'scan';
  const error = (en: string, ja: string): Parsed => ({ kind: 'error', message: lang === 'ja' ? ja : en, lang, topic });
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        'min-level': { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        recipient: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'max-message-size': { type: 'string' },
        progress: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'csv-bom': { type: 'boolean' },
        details: { type: 'boolean', short: 'd' },
        links: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (e) {
    const en = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    return error(en, parseArgsErrorJa(e as Error) ?? en);
  }
  const v = parsed.values;
  const [command, ...paths] = parsed.positionals;
  if (v.version) return { kind: 'version' };
  // Help and usage errors are printed in the language the scan would use (--lang, else the environment).
  if (v.help) return { kind: 'help', topic: command === 'scan' || command === 'url' ? command : 'main', lang };
  if (command === undefined) return { kind: 'help', topic: 'main', lang };
  if (command === 'help') return { kind: 'help', topic: paths[0] === 'url' ? 'url' : 'scan', lang };
  if (command === 'url') return parseUrlCommand(v, paths, lang, error);
  if (command !== 'scan') return error(`unknown command "${command}" (the commands are "scan" and "url")`, `不明なコマンドです: "${command}"（コマンドは "scan" と "url" です）`);
  if (v.recipient !== undefined) return error('scan: --recipient is an option of "url" (a scan reads the recipient from each message)', 'scan: --recipient は "url" のオプションです（scan は宛先をメールごとに読み取ります）');
  if (paths.length === 0) {
    return error('scan: no path given (a file, a folder, a glob, or - for standard input)', 'scan: パスが指定されていません（ファイル、フォルダー、グロブ、標準入力なら -）');
  }

  const output = v.output ?? null;
  let format: Format;
  if (v.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(v.format)) {
      return error(`--format: unknown format "${v.format}" (expected ${FORMATS.join(', ')})`, `--format: 不明な形式です: "${v.format}"（${FORMATS.join(', ')} のいずれか）`);
    }
    format = v.format as Format;
  } else {
    format = formatFromFile(output) ?? 'table';
  }

  // `lang` (above) is --lang when it is ja or en, else the environment's.
  if (v.lang !== undefined && v.lang.toLowerCase() !== 'ja' && v.lang.toLowerCase() !== 'en') {
    return error(`--lang: expected ja or en, got "${v.lang}"`, `--lang: ja か en を指定してください（指定された値: "${v.lang}"）`);
  }

  const min = level('--min-level', v['min-level']);
  if (typeof min === 'string' && !(LEVELS as readonly string[]).includes(min)) return error(min, levelErrorJa('--min-level', v['min-level']));
  const fail = level('--fail-on', v['fail-on']);
  if (typeof fail === 'string' && !(LEVELS as readonly string[]).includes(fail)) return error(fail, levelErrorJa('--fail-on', v['fail-on']));

  let jobs = availableParallelism();
  if (v.jobs !== undefined) {
    if (!/^\d+$/.test(v.jobs) || Number(v.jobs) < 1 || Number(v.jobs) > 256) {
      return error(`--jobs: expected a whole number from 1 to 256, got "${v.jobs}"`, `--jobs: 1〜256 の整数を指定してください（指定された値: "${v.jobs}"）`);
    }
    jobs = Number(v.jobs);
  }

  let maxMessageBytes = DEFAULT_MAX_MESSAGE;
  if (v['max-message-size'] !== undefined) {
    const n = parseSize(v['max-message-size']);
    if (n === null) {
      return error(
        `--max-message-size: expected a size such as 64M or 1048576, got "${v['max-message-size']}"`,
        `--max-message-size: 64M や 1048576 のようなサイズを指定してください（指定された値: "${v['max-message-size']}"）`,
      );
    }
    maxMessageBytes = n;
  }

  const pick = (yes: boolean | undefined, no: boolean | undefined): boolean | null => (no ? false : yes ? true : null);
  return {
    kind: 'scan',
    args: {
      paths,
      format,
      output,
      lang,
      minLevel: (min as VerdictLevel | undefined) ?? 'safe',
      failOn: (fail as VerdictLevel | undefined) ?? null,
      config: v.config ?? null,
      jobs,
      maxMessageBytes,
      progress: pick(v.progress, v['no-progress']),
      color: pick(v.color, v['no-color']),
      csvBom: v['csv-bom'] === true,
      quiet: v.quiet === true,
      details: v.details === true,
      links: v.links === true,
    },
  };
}

/** Options of `scan` that mean nothing for `url`: named in the error rather than ignored. */
const SCAN_ONLY = ['output', 'min-level', 'jobs', 'max-message-size', 'progress', 'no-progress', 'csv-bom', 'details', 'links', 'quiet'] as const;

function parseUrlCommand(
  v: Record<string, string | boolean | undefined>,
  urls: readonly string[],
  lang: Locale,
  error: (en: string, ja: string) => Parsed,
): Parsed {
  for (const o of SCAN_ONLY) if (v[o] !== undefined) return error(`url: --${o} is an option of "scan" only`, `url: --${o} は "scan" だけのオプションです`);
  if (urls.length === 0) return error('url: no link given (a URL, or - for standard input)', 'url: リンクが指定されていません（URL、標準入力なら -）');
  let format: UrlFormat = 'table';
  const f = v['format'];
  if (typeof f === 'string') {
    if (!(URL_FORMATS as readonly string[]).includes(f)) {
      return error(`--format: unknown format "${f}" for url (expected ${URL_FORMATS.join(', ')})`, `--format: url では使えない形式です: "${f}"（${URL_FORMATS.join(', ')} のいずれか）`);
    }
    format = f as UrlFormat;
  }
  const l = v['lang'];
  if (typeof l === 'string' && l.toLowerCase() !== 'ja' && l.toLowerCase() !== 'en') {
    return error(`--lang: expected ja or en, got "${l}"`, `--lang: ja か en を指定してください（指定された値: "${l}"）`);
  }
  const failRaw = typeof v['fail-on'] === 'string' ? v['fail-on'] : undefined;
  const fail = level('--fail-on', failRaw);
  if (typeof fail === 'string' && !(LEVELS as readonly string[]).includes(fail)) return error(fail, levelErrorJa('--fail-on', failRaw));
  const r = v['recipient'];
  let recipient: string | null = null;
  if (typeof r === 'string') {
    const a = r.trim();
    if (!/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(a)) {
      return error(`--recipient: expected an address such as taro@example.com, got "${r}"`, `--recipient: taro@example.com のようなアドレスを指定してください（指定された値: "${r}"）`);
    }
    recipient = a;
  }
  const pick = (yes: unknown, no: unknown): boolean | null => (no ? false : yes ? true : null);
  return {
    kind: 'url',
    args: {
      urls,
      format,
      lang,
      failOn: (fail as VerdictLevel | undefined) ?? null,
      config: typeof v['config'] === 'string' ? v['config'] : null,
      recipient,
      color: pick(v['color'], v['no-color']),
    },
  };
}
