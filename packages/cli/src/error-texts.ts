/**
 * The texts of the scan errors (errors.ts), in English and Japanese. English is the reference:
 * scripts grep for these strings, so an English text never changes. Japanese follows the CLI's
 * other Japanese output (です/ます, technical tokens such as ENOENT, .eml or --max-message-size
 * kept as they are). The `ErrorCatalog` type makes a missing code, or a text that reads a param
 * its code does not have, a compile error.
 */
import type { Locale } from '@ayashii/core';
import type { Container, Errno, ErrorCode, ErrorParams, IoCause, ScanError, UnsupportedFormat } from './errors.js';

/** How a container is named in both languages. */
const CONTAINER_NAME: Readonly<Record<Container, string>> = { gzip: 'gzip', zip: 'ZIP', tar: 'tar' };

export type ErrorCatalog = { readonly [C in ErrorCode]: (p: ErrorParams[C]) => string };

/** `20 KiB`, `1.5 MiB` (the same in both languages). */
function sizeText(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}

const ERRNO_EN: Readonly<Record<Errno, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  ENAMETOOLONG: 'file name too long',
};

/** `ENOENT (no such file or directory)`, or the system's message. */
function causeEn(c: IoCause): string {
  return 'errno' in c ? `${c.errno} (${ERRNO_EN[c.errno]})` : c.message;
}

const UNSUPPORTED_EN: Readonly<Record<UnsupportedFormat, string>> = {
  msg: 'OLE compound file with no Outlook message in it (a Word or Excel document, an installer?)',
  gzip: 'gzip-compressed data; name the file .gz (it is then decompressed as it is read) or decompress it',
  zip: 'ZIP archive; ZIP archives are read from files named .zip (not from a stream or inside another ZIP): rename it or extract it',
  tar: 'tar archive inside another archive; extract it first',
  pdf: 'PDF document, not a mail message',
  zstd: 'zstd-compressed file; decompress it first',
  bzip2: 'bzip2-compressed file; decompress it first',
  xz: 'xz-compressed file; decompress it first',
  pst: 'Outlook data file (.pst or .ost) under another name; data files are read from files named .pst or .ost: rename it',
  'pst-protected': "Outlook data file encrypted by Windows Information Protection (only Outlook on its owner's account opens it); export its folders to an unprotected .pst there and scan that",
  '7z': '7-Zip archive; extract it first (or pack the mail as .zip or .tar.gz)',
  rar: 'RAR archive; extract it first (or pack the mail as .zip or .tar.gz)',
};

const read = (c: IoCause): string => `cannot read: ${causeEn(c)}`;

export const en: ErrorCatalog = {
  'io/ENOENT': () => read({ errno: 'ENOENT' }),
  'io/EACCES': () => read({ errno: 'EACCES' }),
  'io/EPERM': () => read({ errno: 'EPERM' }),
  'io/EISDIR': () => read({ errno: 'EISDIR' }),
  'io/ELOOP': () => read({ errno: 'ELOOP' }),
  'io/EIO': () => read({ errno: 'EIO' }),
  'io/ENAMETOOLONG': () => read({ errno: 'ENAMETOOLONG' }),
  'io/other': ({ message }) => read({ message }),
  'io/folder': ({ cause }) => `cannot read folder: ${causeEn(cause)}`,
  'io/interrupted': ({ cause, after }) => `${read(cause)} (after ${after} message${after === 1 ? '' : 's'})`,
  'input/no-match': () => 'no files match this pattern',
  'input/not-a-regular-file': () => 'not a regular file',
  'format/empty-file': () => 'empty file',
  'format/empty-input': () => 'empty input',
  'format/empty-message': () => 'empty message',
  'format/blank-message': () => 'empty message (only blank lines)',
  'format/binary': () => 'not a mail message: binary data',
  'format/no-header-fields': () => 'not a mail message: no header fields at the start',
  'format/no-header-fields-before-blank-line': () => 'not a mail message: no header fields before the first blank line',
  'format/truncated-header': () => 'truncated: the file ends inside the header block',
  'format/damaged-msg': () => 'damaged Outlook .msg: the file is cut short or its structure is broken, so part of the message cannot be read',
  'format/not-mail': (p) => `Outlook item that is not mail (${p.messageClass}: a contact, an appointment, a task …); there is no sender or link to check`,
  'format/damaged-pst': ({ message }) => `damaged Outlook data file: its list of messages is damaged (${message}), so the messages listed there are not scanned`,
  'format/damaged-pst-message': ({ message }) => `damaged message in an Outlook data file: part of it cannot be read (${message}), so it is not judged`,
  'format/empty-pst': () => 'Outlook data file with no messages in it',
  'format/unsupported': ({ format }) => `unsupported format: ${UNSUPPORTED_EN[format]}`,
  'format/too-large': ({ size, limit }) => `message too large (${sizeText(size)}, the limit is ${sizeText(limit)}; see --max-message-size)`,
  'format/empty-mbox': () => 'empty mbox (no message after the From line)',
  'format/corrupt-compressed': ({ format, message, after }) =>
    `${CONTAINER_NAME[format]} data corrupt or cut short: ${message}${after > 0 ? ` (after ${after} message${after === 1 ? '' : 's'})` : ''}`,
  'format/encrypted-zip-entry': () => 'encrypted (password-protected) file in a ZIP archive; extract it first',
  'format/zip-method': ({ method }) => `file in a ZIP archive compressed with a method this reader lacks (method ${method}); extract it first`,
  'format/empty-zip': () => 'ZIP archive with no mail files in it (.eml, .mbox, .mbx, .mail, files without an extension, or .gz of those)',
  'format/empty-tar': () => 'tar archive with no mail files in it (.eml, .mbox, .mbx, .mail, files without an extension, .gz of those, or Maildir messages)',
  'format/tar-link': ({ target, hard }) => (hard ? `hard link in the tar archive: the same file as ${target}` : `symbolic link in the tar archive to ${target}, not followed`),
  'format/could-not-analyse': ({ message }) => `could not analyse: ${message}`,
  'internal/error': ({ message }) => `internal error: ${message}`,
  'internal/no-result': () => 'internal error: no result',
  'internal/worker-stopped': ({ reason }) => `internal error: the worker stopped (${reason})`,
};

const ERRNO_JA: Readonly<Record<Errno, string>> = {
  ENOENT: 'ファイルまたはフォルダーがありません',
  EACCES: 'アクセス権がありません',
  EPERM: 'この操作は許可されていません',
  EISDIR: 'ファイルではなくフォルダーです',
  ELOOP: 'シンボリックリンクをたどる回数が多すぎます',
  EIO: '入出力エラーが発生しました',
  ENAMETOOLONG: 'ファイル名が長すぎます',
};

/** `ENOENT（ファイルまたはフォルダーがありません）`, or the system's message. */
function causeJa(c: IoCause): string {
  return 'errno' in c ? `${c.errno}（${ERRNO_JA[c.errno]}）` : c.message;
}

const DECOMPRESS = '展開してからスキャンしてください';

const UNSUPPORTED_JA: Readonly<Record<UnsupportedFormat, string>> = {
  msg: 'Outlook のメッセージを含まない OLE 複合ファイル（Word や Excel の文書、インストーラーなど）',
  gzip: 'gzip で圧縮されたデータ。ファイル名を .gz にする（読みながら展開します）か、展開してからスキャンしてください',
  zip: 'ZIP アーカイブ。ZIP は名前が .zip のファイルから読みます（ストリームや ZIP の中の ZIP は読みません）。名前を変えるか、展開してからスキャンしてください',
  tar: `ほかのアーカイブの中の tar アーカイブ。${DECOMPRESS}`,
  pdf: 'PDF 文書で、メールではありません',
  zstd: `zstd で圧縮されたファイル。${DECOMPRESS}`,
  bzip2: `bzip2 で圧縮されたファイル。${DECOMPRESS}`,
  xz: `xz で圧縮されたファイル。${DECOMPRESS}`,
  pst: '別の名前の Outlook データファイル（.pst または .ost）。データファイルは名前が .pst か .ost のファイルから読みます。名前を変えてからスキャンしてください',
  'pst-protected': 'Windows Information Protection で暗号化された Outlook データファイル（持ち主のアカウントの Outlook でしか開けません）。そこで保護のない .pst にフォルダーを書き出してからスキャンしてください',
  '7z': `7-Zip のアーカイブ。${DECOMPRESS}（.zip か .tar.gz にまとめても読めます）`,
  rar: `RAR のアーカイブ。${DECOMPRESS}（.zip か .tar.gz にまとめても読めます）`,
};

const readJa = (c: IoCause): string => `読み込めません: ${causeJa(c)}`;
const NOT_MAIL = 'メールではありません';
const INTERNAL = '内部エラーが発生しました';

export const ja: ErrorCatalog = {
  'io/ENOENT': () => readJa({ errno: 'ENOENT' }),
  'io/EACCES': () => readJa({ errno: 'EACCES' }),
  'io/EPERM': () => readJa({ errno: 'EPERM' }),
  'io/EISDIR': () => readJa({ errno: 'EISDIR' }),
  'io/ELOOP': () => readJa({ errno: 'ELOOP' }),
  'io/EIO': () => readJa({ errno: 'EIO' }),
  'io/ENAMETOOLONG': () => readJa({ errno: 'ENAMETOOLONG' }),
  'io/other': ({ message }) => readJa({ message }),
  'io/folder': ({ cause }) => `フォルダーを読み込めません: ${causeJa(cause)}`,
  'io/interrupted': ({ cause, after }) => `${after} 件を読んだところで読み込めなくなりました: ${causeJa(cause)}`,
  'input/no-match': () => 'このパターンに一致するファイルがありません',
  'input/not-a-regular-file': () => '通常のファイルではありません',
  'format/empty-file': () => '空のファイルです',
  'format/empty-input': () => '入力が空です',
  'format/empty-message': () => '空のメールです',
  'format/blank-message': () => '空のメールです（空行しかありません）',
  'format/binary': () => `${NOT_MAIL}: バイナリデータです`,
  'format/no-header-fields': () => `${NOT_MAIL}: 先頭にヘッダーフィールドがありません`,
  'format/no-header-fields-before-blank-line': () => `${NOT_MAIL}: 最初の空行より前にヘッダーフィールドがありません`,
  'format/truncated-header': () => '途中で切れています: ヘッダーの途中でファイルが終わっています',
  'format/damaged-msg': () => '壊れた Outlook の .msg です: ファイルが途中で切れているか構造が壊れていて、メールの一部を読めません',
  'format/not-mail': (p) => `メールではない Outlook のアイテムです（${p.messageClass}。連絡先、予定、タスクなど）。調べる送信元やリンクがありません`,
  'format/damaged-pst': ({ message }) => `壊れた Outlook データファイルです: メールの一覧が壊れている（${message}）ため、そこに載っているメールはスキャンしません`,
  'format/damaged-pst-message': ({ message }) => `Outlook データファイル内の壊れたメールです: 一部を読めないため判定しません（${message}）`,
  'format/empty-pst': () => 'メールが 1 件もない Outlook データファイルです',
  'format/unsupported': ({ format }) => `対応していない形式です: ${UNSUPPORTED_JA[format]}`,
  'format/too-large': ({ size, limit }) => `メールが大きすぎます（${sizeText(size)}、上限は ${sizeText(limit)}。--max-message-size で変更できます）`,
  'format/empty-mbox': () => '空の mbox です（From 行の後にメールがありません）',
  'format/corrupt-compressed': ({ format, message, after }) =>
    `${CONTAINER_NAME[format]} のデータが壊れているか途中で切れています${after > 0 ? `（${after} 件を読んだところ）` : ''}: ${message}`,
  'format/encrypted-zip-entry': () => `ZIP アーカイブ内の暗号化された（パスワード付きの）ファイルです。${DECOMPRESS}`,
  'format/zip-method': ({ method }) => `ZIP アーカイブ内のファイルが、この読み込みでは扱えない方式（method ${method}）で圧縮されています。${DECOMPRESS}`,
  'format/empty-zip': () => 'ZIP アーカイブにメールのファイル（.eml、.mbox、.mbx、.mail、拡張子のないファイル、それらの .gz）がありません',
  'format/empty-tar': () => 'tar アーカイブにメールのファイル（.eml、.mbox、.mbx、.mail、拡張子のないファイル、それらの .gz、Maildir のメール）がありません',
  'format/tar-link': ({ target, hard }) => (hard ? `tar アーカイブ内のハードリンクです（${target} と同じファイル）` : `tar アーカイブ内の ${target} へのシンボリックリンクです（たどりません）`),
  'format/could-not-analyse': ({ message }) => `解析できませんでした: ${message}`,
  'internal/error': ({ message }) => `${INTERNAL}: ${message}`,
  'internal/no-result': () => `${INTERNAL}: 結果が返ってきませんでした`,
  'internal/worker-stopped': ({ reason }) => `${INTERNAL}: ワーカーが停止しました（${reason}）`,
};

export const ERROR_CATALOGS: Readonly<Record<Locale, ErrorCatalog>> = { en, ja };

/** The lines around an invalid --config file's problems (the problems come from the core's catalogs). */
export interface ConfigLines {
  readonly invalid: (file: string) => string;
  readonly notJson: (file: string, message: string) => string;
}

export const CONFIG_LINES: Readonly<Record<Locale, ConfigLines>> = {
  en: {
    invalid: (file) => `${file}: invalid configuration:`,
    notJson: (file, message) => `${file}: not valid JSON (${message})`,
  },
  ja: {
    invalid: (file) => `${file}: 設定ファイルに誤りがあります:`,
    notJson: (file, message) => `${file}: JSON として読み込めません（${message}）`,
  },
};

/** The text of an error in a language. */
export function errorText(e: ScanError, lang: Locale): string {
  // TypeScript cannot pair the code with its params across the union: the catalog's type does.
  const text = ERROR_CATALOGS[lang][e.code] as (p: ScanError['params']) => string;
  return text(e.params);
}
