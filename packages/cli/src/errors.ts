/**
 * Why a file (or a message, or a path of the command line) could not be scanned: a stable code
 * and its params, as the core reports findings. Records carry them as plain objects (they cross
 * the worker boundary); error-texts.ts renders them in English or Japanese where the language is
 * known. Kept apart from scan-message.ts so that the command's bundle (dist/ayashii.mjs) does not
 * take in the analysis for them.
 *
 * The code's prefix says what kind of problem it is: `io/` (the input could not be read) and
 * `input/` (a path of the command line names nothing to read) make the exit code 2; `format/`
 * (read, but not a message we can scan) and `internal/` (a bug) do not.
 */

/** The error numbers with a text of their own; any other failure keeps the system's message. */
export const ERRNOS = ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ELOOP', 'EIO', 'ENAMETOOLONG'] as const;
export type Errno = (typeof ERRNOS)[number];

/** Why a read failed: a known error number, or the system's message (at most 200 characters). */
export type IoCause = { readonly errno: Errno } | { readonly message: string };

/** Formats recognised by their first bytes but not read (input/sniff.ts). */
/** What a stream of messages may be read from. */
export type Container = 'gzip' | 'zip' | 'tar';

export type UnsupportedFormat = 'msg' | 'pst' | 'pst-protected' | 'gzip' | 'zip' | 'tar' | '7z' | 'rar' | 'pdf' | 'zstd' | 'bzip2' | 'xz';

type None = Readonly<Record<string, never>>;

/** Every error code with the params its texts need. */
export type ErrorParams = { readonly [E in Errno as `io/${E}`]: None } & {
  readonly 'io/other': { readonly message: string };
  readonly 'io/folder': { readonly cause: IoCause };
  /** An mbox stream that failed after `after` messages had been cut from it. */
  readonly 'io/interrupted': { readonly cause: IoCause; readonly after: number };
  readonly 'input/no-match': None;
  readonly 'input/not-a-regular-file': None;
  readonly 'format/empty-file': None;
  readonly 'format/empty-input': None;
  readonly 'format/empty-message': None;
  readonly 'format/blank-message': None;
  readonly 'format/binary': None;
  readonly 'format/no-header-fields': None;
  readonly 'format/no-header-fields-before-blank-line': None;
  readonly 'format/truncated-header': None;
  readonly 'format/damaged-msg': None;
  readonly 'format/not-mail': { readonly messageClass: string };
  /** An Outlook data file whose structure (header, node B-tree) is damaged: `message` says where (at most 200 characters). */
  readonly 'format/damaged-pst': { readonly message: string };
  /** One message of an Outlook data file whose nodes are damaged. */
  readonly 'format/damaged-pst-message': { readonly message: string };
  /** An Outlook data file with no message in it. */
  readonly 'format/empty-pst': None;
  readonly 'format/unsupported': { readonly format: UnsupportedFormat };
  /** Sizes in bytes. */
  readonly 'format/too-large': { readonly size: number; readonly limit: number };
  readonly 'format/empty-mbox': None;
  /**
   * Gzip data, a ZIP archive or one of its files, or a tar archive or one of its files, that could
   * not be decompressed or read (the reader's message, at most 200 characters) after `after`
   * messages had been cut from it.
   */
  readonly 'format/corrupt-compressed': { readonly format: Container; readonly message: string; readonly after: number };
  /** A file in a ZIP archive that is encrypted (password-protected). */
  readonly 'format/encrypted-zip-entry': None;
  /** A file in a ZIP archive compressed with a method other than stored (0) and deflate (8). */
  readonly 'format/zip-method': { readonly method: number };
  /** A ZIP archive with no file in it that a folder walk would scan. */
  readonly 'format/empty-zip': None;
  /** A tar archive with no file in it that a folder walk would scan. */
  readonly 'format/empty-tar': None;
  /** A link in a tar archive, named like mail: a hard link (the same file as `target`) or a symbolic one (not followed). */
  readonly 'format/tar-link': { readonly target: string; readonly hard: boolean };
  /** The analysis threw (at most 281 characters, so that the English text stays within 300). */
  readonly 'format/could-not-analyse': { readonly message: string };
  /** At most 284 characters, so that the English text stays within 300. */
  readonly 'internal/error': { readonly message: string };
  readonly 'internal/no-result': None;
  readonly 'internal/worker-stopped': { readonly reason: string };
};

export type ErrorCode = keyof ErrorParams;

/** One error: its code and the params for its texts. */
export type ScanError = { readonly [C in ErrorCode]: { readonly code: C; readonly params: ErrorParams[C] } }[ErrorCode];

/** Errors that make the exit code 2: the input could not be read. */
export function isIoError(e: ScanError): boolean {
  return e.code.startsWith('io/') || e.code.startsWith('input/');
}

export function tooLarge(size: number, limit: number): ScanError {
  return { code: 'format/too-large', params: { size, limit } };
}

/** What a failed file system call says: its error number when we know it, else its message. */
export function ioCause(e: unknown): IoCause {
  const err = e as NodeJS.ErrnoException | null | undefined;
  const code = err?.code;
  if (typeof code === 'string' && (ERRNOS as readonly string[]).includes(code)) return { errno: code as Errno };
  return { message: String(err?.message ?? e).slice(0, 200) };
}

/** A file that could not be read: `io/ENOENT` … or `io/other`. */
export function ioError(e: unknown): ScanError {
  const c = ioCause(e);
  return 'errno' in c ? { code: `io/${c.errno}`, params: {} } : { code: 'io/other', params: { message: c.message } };
}

/**
 * What the failure of a stream read from `container` data is, after `after` messages had been
 * cut from it (`cutting`: while an mbox was being split): damaged data (zlib's `Z_…` errors, and
 * in a ZIP or tar archive the reader's own, which have no code) or a read error (a code such as `EIO`).
 */
export function streamFailure(e: unknown, after: number, cutting: boolean, container: Container): ScanError {
  const code = (e as { code?: unknown } | null)?.code;
  const damaged = typeof code === 'string' ? code.startsWith('Z_') : container !== 'gzip';
  if (damaged) return { code: 'format/corrupt-compressed', params: { format: container, message: String((e as Error)?.message ?? e).slice(0, 200), after } };
  return cutting ? { code: 'io/interrupted', params: { cause: ioCause(e), after } } : ioError(e);
}
