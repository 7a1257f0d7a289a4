/**
 * Every scan error code rendered in both languages. The English texts are those the CLI printed
 * before errors had codes, byte for byte (scripts grep for them); the table has a row for every
 * code of the catalogs, and both catalogs have an entry for every code of the table.
 */
import { describe, expect, it } from 'vitest';
import { en, errorText, ja } from '../src/error-texts.js';
import { ioError, isIoError, type ErrorCode, type ErrorParams, type ScanError } from '../src/errors.js';
import { moreErrorsLine, newSummary, summaryLine } from '../src/summary.js';

type Case<C extends ErrorCode> = readonly [params: ErrorParams[C], en: string, ja: string];
/** Typed so that a row with the wrong params is a compile error; the test below checks the codes at run time. */
type Table = { readonly [C in ErrorCode]: readonly Case<C>[] };

const TABLE: Table = {
  'io/ENOENT': [[{}, 'cannot read: ENOENT (no such file or directory)', '読み込めません: ENOENT（ファイルまたはフォルダーがありません）']],
  'io/EACCES': [[{}, 'cannot read: EACCES (permission denied)', '読み込めません: EACCES（アクセス権がありません）']],
  'io/EPERM': [[{}, 'cannot read: EPERM (operation not permitted)', '読み込めません: EPERM（この操作は許可されていません）']],
  'io/EISDIR': [[{}, 'cannot read: EISDIR (is a directory)', '読み込めません: EISDIR（ファイルではなくフォルダーです）']],
  'io/ELOOP': [[{}, 'cannot read: ELOOP (too many symbolic links)', '読み込めません: ELOOP（シンボリックリンクをたどる回数が多すぎます）']],
  'io/EIO': [[{}, 'cannot read: EIO (input/output error)', '読み込めません: EIO（入出力エラーが発生しました）']],
  'io/ENAMETOOLONG': [[{}, 'cannot read: ENAMETOOLONG (file name too long)', '読み込めません: ENAMETOOLONG（ファイル名が長すぎます）']],
  'io/other': [[{ message: 'EMFILE: too many open files' }, 'cannot read: EMFILE: too many open files', '読み込めません: EMFILE: too many open files']],
  'io/folder': [
    [{ cause: { errno: 'EACCES' } }, 'cannot read folder: EACCES (permission denied)', 'フォルダーを読み込めません: EACCES（アクセス権がありません）'],
    [{ cause: { message: 'EMFILE: too many open files' } }, 'cannot read folder: EMFILE: too many open files', 'フォルダーを読み込めません: EMFILE: too many open files'],
  ],
  'io/interrupted': [
    [{ cause: { errno: 'EIO' }, after: 12 }, 'cannot read: EIO (input/output error) (after 12 messages)', '12 件を読んだところで読み込めなくなりました: EIO（入出力エラーが発生しました）'],
    [{ cause: { message: 'boom' }, after: 1 }, 'cannot read: boom (after 1 message)', '1 件を読んだところで読み込めなくなりました: boom'],
  ],
  'input/no-match': [[{}, 'no files match this pattern', 'このパターンに一致するファイルがありません']],
  'input/not-a-regular-file': [[{}, 'not a regular file', '通常のファイルではありません']],
  'format/empty-file': [[{}, 'empty file', '空のファイルです']],
  'format/empty-input': [[{}, 'empty input', '入力が空です']],
  'format/empty-message': [[{}, 'empty message', '空のメールです']],
  'format/blank-message': [[{}, 'empty message (only blank lines)', '空のメールです（空行しかありません）']],
  'format/binary': [[{}, 'not a mail message: binary data', 'メールではありません: バイナリデータです']],
  'format/no-header-fields': [[{}, 'not a mail message: no header fields at the start', 'メールではありません: 先頭にヘッダーフィールドがありません']],
  'format/no-header-fields-before-blank-line': [
    [{}, 'not a mail message: no header fields before the first blank line', 'メールではありません: 最初の空行より前にヘッダーフィールドがありません'],
  ],
  'format/truncated-header': [[{}, 'truncated: the file ends inside the header block', '途中で切れています: ヘッダーの途中でファイルが終わっています']],
  'format/damaged-msg': [[{}, 'damaged Outlook .msg: the file is cut short or its structure is broken, so part of the message cannot be read', '壊れた Outlook の .msg です: ファイルが途中で切れているか構造が壊れていて、メールの一部を読めません']],
  'format/not-mail': [
    [
      { messageClass: 'IPM.Contact' },
      'Outlook item that is not mail (IPM.Contact: a contact, an appointment, a task …); there is no sender or link to check',
      'メールではない Outlook のアイテムです（IPM.Contact。連絡先、予定、タスクなど）。調べる送信元やリンクがありません',
    ],
  ],
  'format/damaged-pst': [
    [
      { message: 'block 8 is cut short' },
      'damaged Outlook data file: its list of messages is damaged (block 8 is cut short), so the messages listed there are not scanned',
      '壊れた Outlook データファイルです: メールの一覧が壊れている（block 8 is cut short）ため、そこに載っているメールはスキャンしません',
    ],
  ],
  'format/damaged-pst-message': [
    [
      { message: 'subnode 1665 is missing' },
      'damaged message in an Outlook data file: part of it cannot be read (subnode 1665 is missing), so it is not judged',
      'Outlook データファイル内の壊れたメールです: 一部を読めないため判定しません（subnode 1665 is missing）',
    ],
  ],
  'format/empty-pst': [[{}, 'Outlook data file with no messages in it', 'メールが 1 件もない Outlook データファイルです']],
  'format/unsupported': [
    [
      { format: 'msg' },
      'unsupported format: OLE compound file with no Outlook message in it (a Word or Excel document, an installer?)',
      '対応していない形式です: Outlook のメッセージを含まない OLE 複合ファイル（Word や Excel の文書、インストーラーなど）',
    ],
    [{ format: 'gzip' }, 'unsupported format: gzip-compressed data; name the file .gz (it is then decompressed as it is read) or decompress it', '対応していない形式です: gzip で圧縮されたデータ。ファイル名を .gz にする（読みながら展開します）か、展開してからスキャンしてください'],
    [{ format: 'zip' }, 'unsupported format: ZIP archive; ZIP archives are read from files named .zip (not from a stream or inside another ZIP): rename it or extract it', '対応していない形式です: ZIP アーカイブ。ZIP は名前が .zip のファイルから読みます（ストリームや ZIP の中の ZIP は読みません）。名前を変えるか、展開してからスキャンしてください'],
    [{ format: 'tar' }, 'unsupported format: tar archive inside another archive; extract it first', '対応していない形式です: ほかのアーカイブの中の tar アーカイブ。展開してからスキャンしてください'],
    [{ format: 'pdf' }, 'unsupported format: PDF document, not a mail message', '対応していない形式です: PDF 文書で、メールではありません'],
    [{ format: 'zstd' }, 'unsupported format: zstd-compressed file; decompress it first', '対応していない形式です: zstd で圧縮されたファイル。展開してからスキャンしてください'],
    [{ format: 'bzip2' }, 'unsupported format: bzip2-compressed file; decompress it first', '対応していない形式です: bzip2 で圧縮されたファイル。展開してからスキャンしてください'],
    [{ format: 'xz' }, 'unsupported format: xz-compressed file; decompress it first', '対応していない形式です: xz で圧縮されたファイル。展開してからスキャンしてください'],
    [
      { format: 'pst' },
      'unsupported format: Outlook data file (.pst or .ost) under another name; data files are read from files named .pst or .ost: rename it',
      '対応していない形式です: 別の名前の Outlook データファイル（.pst または .ost）。データファイルは名前が .pst か .ost のファイルから読みます。名前を変えてからスキャンしてください',
    ],
    [
      { format: 'pst-protected' },
      "unsupported format: Outlook data file encrypted by Windows Information Protection (only Outlook on its owner's account opens it); export its folders to an unprotected .pst there and scan that",
      '対応していない形式です: Windows Information Protection で暗号化された Outlook データファイル（持ち主のアカウントの Outlook でしか開けません）。そこで保護のない .pst にフォルダーを書き出してからスキャンしてください',
    ],
    [{ format: '7z' }, 'unsupported format: 7-Zip archive; extract it first (or pack the mail as .zip or .tar.gz)', '対応していない形式です: 7-Zip のアーカイブ。展開してからスキャンしてください（.zip か .tar.gz にまとめても読めます）'],
    [{ format: 'rar' }, 'unsupported format: RAR archive; extract it first (or pack the mail as .zip or .tar.gz)', '対応していない形式です: RAR のアーカイブ。展開してからスキャンしてください（.zip か .tar.gz にまとめても読めます）'],
  ],
  'format/too-large': [
    [{ size: 20000, limit: 8192 }, 'message too large (20 KiB, the limit is 8 KiB; see --max-message-size)', 'メールが大きすぎます（20 KiB、上限は 8 KiB。--max-message-size で変更できます）'],
    [
      { size: 70 * 1024 * 1024 + 1, limit: 64 * 1024 * 1024 },
      'message too large (70.0 MiB, the limit is 64.0 MiB; see --max-message-size)',
      'メールが大きすぎます（70.0 MiB、上限は 64.0 MiB。--max-message-size で変更できます）',
    ],
  ],
  'format/empty-mbox': [[{}, 'empty mbox (no message after the From line)', '空の mbox です（From 行の後にメールがありません）']],
  'format/corrupt-compressed': [
    [{ format: 'gzip', message: 'unexpected end of file', after: 0 }, 'gzip data corrupt or cut short: unexpected end of file', 'gzip のデータが壊れているか途中で切れています: unexpected end of file'],
    [
      { format: 'gzip', message: 'unexpected end of file', after: 1 },
      'gzip data corrupt or cut short: unexpected end of file (after 1 message)',
      'gzip のデータが壊れているか途中で切れています（1 件を読んだところ）: unexpected end of file',
    ],
    [
      { format: 'gzip', message: 'incorrect header check', after: 3 },
      'gzip data corrupt or cut short: incorrect header check (after 3 messages)',
      'gzip のデータが壊れているか途中で切れています（3 件を読んだところ）: incorrect header check',
    ],
    [
      { format: 'zip', message: 'invalid central directory file header signature: 0x0', after: 2 },
      'ZIP data corrupt or cut short: invalid central directory file header signature: 0x0 (after 2 messages)',
      'ZIP のデータが壊れているか途中で切れています（2 件を読んだところ）: invalid central directory file header signature: 0x0',
    ],
    [
      { format: 'tar', message: 'damaged header (checksum) at block 7', after: 3 },
      'tar data corrupt or cut short: damaged header (checksum) at block 7 (after 3 messages)',
      'tar のデータが壊れているか途中で切れています（3 件を読んだところ）: damaged header (checksum) at block 7',
    ],
  ],
  'format/encrypted-zip-entry': [
    [{}, 'encrypted (password-protected) file in a ZIP archive; extract it first', 'ZIP アーカイブ内の暗号化された（パスワード付きの）ファイルです。展開してからスキャンしてください'],
  ],
  'format/zip-method': [
    [
      { method: 14 },
      'file in a ZIP archive compressed with a method this reader lacks (method 14); extract it first',
      'ZIP アーカイブ内のファイルが、この読み込みでは扱えない方式（method 14）で圧縮されています。展開してからスキャンしてください',
    ],
  ],
  'format/empty-zip': [
    [
      {},
      'ZIP archive with no mail files in it (.eml, .mbox, .mbx, .mail, files without an extension, or .gz of those)',
      'ZIP アーカイブにメールのファイル（.eml、.mbox、.mbx、.mail、拡張子のないファイル、それらの .gz）がありません',
    ],
  ],
  'format/tar-link': [
    [{ target: 'Maildir/cur/1700000000.M1P1.host', hard: true }, 'hard link in the tar archive: the same file as Maildir/cur/1700000000.M1P1.host', 'tar アーカイブ内のハードリンクです（Maildir/cur/1700000000.M1P1.host と同じファイル）'],
    [{ target: '../a.eml', hard: false }, 'symbolic link in the tar archive to ../a.eml, not followed', 'tar アーカイブ内の ../a.eml へのシンボリックリンクです（たどりません）'],
  ],
  'format/empty-tar': [
    [
      {},
      'tar archive with no mail files in it (.eml, .mbox, .mbx, .mail, files without an extension, .gz of those, or Maildir messages)',
      'tar アーカイブにメールのファイル（.eml、.mbox、.mbx、.mail、拡張子のないファイル、それらの .gz、Maildir のメール）がありません',
    ],
  ],
  'format/could-not-analyse': [[{ message: 'Maximum call stack size exceeded' }, 'could not analyse: Maximum call stack size exceeded', '解析できませんでした: Maximum call stack size exceeded']],
  'internal/error': [[{ message: 'boom' }, 'internal error: boom', '内部エラーが発生しました: boom']],
  'internal/no-result': [[{}, 'internal error: no result', '内部エラーが発生しました: 結果が返ってきませんでした']],
  'internal/worker-stopped': [[{ reason: 'exit code 1' }, 'internal error: the worker stopped (exit code 1)', '内部エラーが発生しました: ワーカーが停止しました（exit code 1）']],
};

const rows = Object.entries(TABLE).flatMap(([code, cases]) => (cases as readonly Case<ErrorCode>[]).map(([params, e, j]) => ({ error: { code, params } as ScanError, en: e, ja: j })));

describe('error texts', () => {
  it('the table, the en catalog and the ja catalog have the same codes', () => {
    const codes = Object.keys(TABLE).sort();
    expect(Object.keys(en).sort()).toEqual(codes);
    expect(Object.keys(ja).sort()).toEqual(codes);
  });

  it.each(rows)('$error.code $error.params', ({ error, en: english, ja: japanese }) => {
    expect(errorText(error, 'en')).toBe(english);
    expect(errorText(error, 'ja')).toBe(japanese);
  });

  it('io/ and input/ codes make the exit code 2, the others do not', () => {
    const io = Object.keys(TABLE).filter((c) => isIoError({ code: c, params: {} } as ScanError));
    expect(io).toEqual(Object.keys(TABLE).filter((c) => /^(io|input)\//.test(c)));
    expect(io).toContain('input/no-match');
    expect(io).not.toContain('format/too-large');
  });
});

describe('ioError', () => {
  const sys = (code: string | undefined, message: string): Error => Object.assign(new Error(message), code === undefined ? {} : { code });
  it('a known error number is its own code; anything else keeps the message (at most 200 characters)', () => {
    expect(ioError(sys('ENOENT', "ENOENT: no such file or directory, open 'x'"))).toEqual({ code: 'io/ENOENT', params: {} });
    expect(ioError(sys('EMFILE', 'EMFILE: too many open files'))).toEqual({ code: 'io/other', params: { message: 'EMFILE: too many open files' } });
    expect(ioError(sys('toString', 'odd'))).toEqual({ code: 'io/other', params: { message: 'odd' } });
    expect(ioError(sys(undefined, 'x'.repeat(300)))).toEqual({ code: 'io/other', params: { message: 'x'.repeat(200) } });
    expect(ioError('plain')).toEqual({ code: 'io/other', params: { message: 'plain' } });
  });
});

describe('stderr lines', () => {
  const s = { ...newSummary(), scanned: 5, messages: 5, errors: 0, levels: { safe: 2, caution: 0, suspicious: 0, dangerous: 3 }, elapsedMs: 290 };
  it('the summary line: Japanese punctuation in Japanese, English unchanged', () => {
    expect(summaryLine(s, 'ja')).toBe('ayashii: 5 件を処理: メール 5 件（安全 2、注意 0、怪しい 0、危険 3）、エラー 0 件。0.29 秒、17 件/秒');
    expect(summaryLine(s, 'en')).toBe('ayashii: 5 scanned: 5 messages (safe 2, caution 0, suspicious 0, dangerous 3), 0 errors; 0.29 s, 17 msg/s');
    expect(summaryLine({ ...s, scanned: 1, messages: 1, levels: { safe: 1, caution: 0, suspicious: 0, dangerous: 0 } }, 'en')).toMatch(/^ayashii: 1 scanned: 1 message \(safe 1, /);
  });
  it('the line after the first 20 errors', () => {
    expect(moreErrorsLine(3, 'en')).toBe('ayashii: … and 3 more errors (see the output)');
    expect(moreErrorsLine(3, 'ja')).toBe('ayashii: ほかにエラーが 3 件あります（出力を参照してください）');
  });
});
