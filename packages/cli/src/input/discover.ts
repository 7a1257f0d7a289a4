/**
 * Turns the command line's paths into the files to scan, lazily and in a stable order.
 *
 * Order: path components compared one by one (the order of a depth-first walk with each folder's
 * entries sorted by code unit), so the output never depends on the file system or on --jobs,
 * and a folder of a million files is walked without a million-entry list of paths in memory.
 *
 * What is scanned inside folders:
 * - Maildir (a folder with `cur/` and `new/`): every non-hidden file in `cur/` and `new/`, and the
 *   Maildir++ sub-folders (`.Sent/`, `.Archive/` …). `tmp/` holds deliveries in progress and the
 *   root's own files are index files (dovecot-uidlist …): both are skipped.
 * - Elsewhere: `.eml`, `.emlx` (Apple Mail), `.mbox`, `.mbx`, `.mail`, `.msg` and `.pst`/`.ost`
 *   (Outlook's) and files without an extension (mbox files such as Thunderbird's `Inbox`, MH
 *   folders), each also gzip-compressed (`.mbox.gz`, `.eml.gz`, `Inbox.gz`; decompressed as read),
 *   and `.zip` and `.tar` (`.tar.gz`, `.tgz`) archives (the same files inside are scanned,
 *   input/zip.ts, input/tar.ts). Hidden entries are skipped; so are symlinked folders (no
 *   loops), while symlinked files are followed.
 * Names that are not UTF-8 are kept exact (fs-path.ts), so such files are scanned too.
 * A path named on the command line is always scanned, whatever its extension; a named pipe or a
 * device there (process substitution, `/dev/stdin`) is read as a stream, like standard input. In
 * folders only regular files (and links to them) are read: a walk never waits on a pipe.
 * The scan's own output file, when it is a file that a walk or a glob meets, is left out.
 */
import { lstatSync, opendirSync, statSync, type Dir, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { glob } from 'tinyglobby';
import { ioCause, ioError, type ScanError } from '../errors.js';
import { fsPath, nameFromBytes } from './fs-path.js';
import { hasGzipName } from './sniff.js';

/** A file's identity (device and inode), to recognise the scan's own output file. */
export interface FileId {
  readonly dev: number;
  readonly ino: number;
}

export function sameFile(a: FileId, b: FileId): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

export type Entry =
  | { readonly kind: 'file'; readonly path: string; readonly size: number }
  | { readonly kind: 'stdin' }
  /** A named pipe or a device on the command line (`<(zcat a.mbox.gz)` is /dev/fd/63): read as a stream, like stdin. */
  | { readonly kind: 'stream'; readonly path: string }
  | { readonly kind: 'error'; readonly path: string; readonly error: ScanError };

const EXTENSIONS = new Set(['eml', 'emlx', 'mbox', 'mbx', 'mail', 'msg', 'pst', 'ost', 'zip', 'tar']);
const GLOB_MAGIC = /[*?[\]{}]/;

/** Compares two paths component by component (code-unit order within a component). */
export function comparePaths(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** What a folder entry is, as its folder listing says (a link is followed only when needed). */
type Kind = 'file' | 'dir' | 'link' | 'other';

/** A folder entry, its name read as bytes (nameFromBytes). */
interface Item {
  readonly name: string;
  readonly kind: Kind;
}

function byName(a: Item, b: Item): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Whether a folder walk scans a file of this name (also used for the files inside a ZIP archive). */
export function wantedName(name: string): boolean {
  if (name.startsWith('.')) return false;
  // `Inbox.gz`, `archive.mbox.gz`, `a.eml.gzip`: what the name says inside the compression.
  if (hasGzipName(name)) {
    name = name.slice(0, name.lastIndexOf('.'));
    if (name.toLowerCase().endsWith('.zip')) return false; // a gzipped archive: not read
  }
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return true;
  return EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

/**
 * Whether a file inside an archive is scanned, by its path there (`/`-separated): what a walk of
 * the same folders would scan. A name a folder walk scans (`wantedName`), in no hidden folder and
 * not in macOS's `__MACOSX/`; or a Maildir message, which has no extension: a file in `cur/` or
 * `new/` named as Maildir names its messages, seconds since 1970 and a dot
 * (`1700000000.M1P2.host,S=120:2,S`), also in a Maildir++ folder (`.Sent/cur/…`). An archive is
 * read in its own order, so a Maildir cannot be told from its `cur/` and `new/` both being there,
 * as a walk tells it; the index files at its root (`dovecot-uidlist`, `maildirfolder` …), which a
 * walk of a Maildir skips, are skipped by name.
 */
export function wantedInArchive(path: string): boolean {
  const parts = path.split('/');
  const last = parts.length - 1;
  const name = parts[last] ?? '';
  const folder = parts[last - 1];
  const maildir = (folder === 'cur' || folder === 'new') && MAILDIR_NAME.test(name);
  for (let i = 0; i < last; i++) {
    const p = parts[i] as string;
    if (p === '__MACOSX') return false;
    if (p.startsWith('.') && !(maildir && i === last - 2)) return false;
  }
  return maildir || (wantedName(name) && !MAILDIR_INDEX.test(name));
}

const MAILDIR_NAME = /^\d{9,}\./;
const MAILDIR_INDEX = /^(?:dovecot[-.]|courierimap|maildirfolder$|maildirsize$|subscriptions$)/;

function isDir(p: string): boolean {
  try {
    return statSync(fsPath(p)).isDirectory();
  } catch {
    return false;
  }
}

export function isMaildir(dir: string): boolean {
  return isDir(join(dir, 'cur')) && isDir(join(dir, 'new'));
}

function kindOf(d: Dirent): Kind {
  return d.isFile() ? 'file' : d.isDirectory() ? 'dir' : d.isSymbolicLink() ? 'link' : 'other';
}

/** Entries read from the system per call while a folder is listed. */
const LIST_BATCH = 256;

/**
 * A folder's entries, sorted by name. The folder is read one entry at a time and each is kept as
 * its name and kind only: a Maildir folder of 200,000 messages held 1 KB per entry when listed
 * whole with `readdirSync` (a Dirent and a Buffer each: ~420 MiB of peak RSS for the scan), and
 * about 50 bytes more than its name now (memory.test.ts).
 */
function list(dir: string, sorted: boolean): Iterable<Item> | { error: ScanError } {
  let d: Dir | null = null;
  try {
    // Names as bytes (this Node's types have no Dirent<Buffer>): nameFromBytes keeps them exact.
    d = opendirSync(fsPath(dir), { encoding: 'buffer' as BufferEncoding, bufferSize: LIST_BATCH });
    if (!sorted) {
      const lazy = unsorted(d);
      d = null; // closed by the generator
      return lazy;
    }
    const items: Item[] = [];
    for (let e = d.readSync(); e !== null; e = d.readSync()) items.push({ name: nameFromBytes(e.name as unknown as Buffer), kind: kindOf(e) });
    return items.sort(byName);
  } catch (e) {
    return { error: { code: 'io/folder', params: { cause: ioCause(e) } } };
  } finally {
    try {
      d?.closeSync();
    } catch {
      // already closed
    }
  }
}

/**
 * A folder's entries as the system gives them, none kept: for a walk whose order does not matter
 * (the progress bar's count of what is to scan), which then holds no listing at all. An error
 * while reading ends the folder's entries (a count is an estimate).
 */
function* unsorted(d: Dir): Generator<Item> {
  try {
    for (let e = d.readSync(); e !== null; e = d.readSync()) yield { name: nameFromBytes(e.name as unknown as Buffer), kind: kindOf(e) };
  } catch {
    // the count goes on without the rest of this folder
  } finally {
    try {
      d.closeSync();
    } catch {
      // already closed
    }
  }
}

/** The entry for a file; null for the scan's own output (`skip`). */
function fileEntry(path: string, skip: FileId | null, st?: Stats): Entry | null {
  try {
    const s = st ?? statSync(fsPath(path));
    if (!s.isFile()) return { kind: 'error', path, error: { code: 'input/not-a-regular-file', params: {} } };
    if (skip && sameFile(s, skip)) return null;
    return { kind: 'file', path, size: s.size };
  } catch (e) {
    return { kind: 'error', path, error: ioError(e) };
  }
}

/** A Dirent that is a file, or a symlink to a file (a dangling link is reported when read). */
function fileLike({ kind }: Item, full: string): boolean {
  if (kind === 'file') return true;
  if (kind !== 'link') return false;
  try {
    return statSync(fsPath(full)).isFile();
  } catch {
    return true; // dangling: scanned, so the broken link is reported rather than silently skipped
  }
}

function* walkMaildir(dir: string, skip: FileId | null, sorted: boolean): Generator<Entry> {
  const entries = list(dir, sorted);
  if ('error' in entries) return yield { kind: 'error', path: dir, error: entries.error };
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.kind !== 'dir') continue;
    if (e.name === 'cur' || e.name === 'new') {
      const files = list(full, sorted);
      if ('error' in files) {
        yield { kind: 'error', path: full, error: files.error };
        continue;
      }
      for (const f of files) {
        if (f.name.startsWith('.')) continue;
        const p = join(full, f.name);
        const entry = fileLike(f, p) ? fileEntry(p, skip) : null;
        if (entry) yield entry;
      }
    } else if (e.name === 'tmp') {
      continue;
    } else if (e.name.startsWith('.')) {
      if (isMaildir(full)) yield* walkMaildir(full, skip, sorted);
    } else {
      yield* walk(full, skip, sorted);
    }
  }
}

/**
 * Walks a folder recursively, in component order; `sorted` false: in the system's order, holding
 * no folder's listing (for a count).
 */
export function* walk(dir: string, skip: FileId | null = null, sorted = true): Generator<Entry> {
  if (isMaildir(dir)) return yield* walkMaildir(dir, skip, sorted);
  const entries = list(dir, sorted);
  if ('error' in entries) return yield { kind: 'error', path: dir, error: entries.error };
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.kind === 'dir') yield* walk(full, skip, sorted);
    else if (wantedName(e.name) && fileLike(e, full)) {
      const entry = fileEntry(full, skip);
      if (entry) yield entry;
    }
  }
}

/** Strips a trailing slash (but keeps `/`), so that joined paths read naturally. */
function tidy(p: string): string {
  let end = p.length;
  while (end > 1 && p[end - 1] === '/') end--;
  return p.slice(0, end);
}

/**
 * The entries of all command-line paths, in order. Globs are expanded (when no file of that very
 * name exists) and a glob matching nothing, like a missing path, is an error entry.
 */
export async function* discover(paths: readonly string[], skip: FileId | null = null, sorted = true): AsyncGenerator<Entry> {
  const items: ({ path: string; kind: 'stdin' | 'path' } | { path: string; kind: 'error'; error: ScanError })[] = [];
  let stdin = false;
  for (const raw of paths) {
    if (raw === '-') {
      if (!stdin) items.push({ path: '-', kind: 'stdin' });
      stdin = true;
      continue;
    }
    const p = tidy(raw);
    let exists = true;
    try {
      lstatSync(p);
    } catch {
      exists = false;
    }
    if (!exists && GLOB_MAGIC.test(p)) {
      const found = await glob(p, { onlyFiles: false, dot: false, expandDirectories: false, absolute: isAbsolute(p) });
      if (found.length === 0) items.push({ path: p, kind: 'error', error: { code: 'input/no-match', params: {} } });
      for (const f of found) items.push({ path: tidy(f), kind: 'path' });
      continue;
    }
    items.push({ path: p, kind: 'path' });
  }
  items.sort((a, b) => comparePaths(a.path, b.path));
  let previous: string | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as (typeof items)[number];
    // Let go once taken: a quoted glob may match hundreds of thousands of files.
    items[i] = undefined as never;
    // Sorted, a path named twice (or matched by two globs) is side by side: scanned once.
    if (item.path === previous) continue;
    previous = item.path;
    if (item.kind === 'stdin') yield { kind: 'stdin' };
    else if (item.kind === 'error') yield { kind: 'error', path: item.path, error: item.error };
    else {
      let st: Stats;
      try {
        st = statSync(item.path);
      } catch (e) {
        yield { kind: 'error', path: item.path, error: ioError(e) };
        continue;
      }
      if (st.isDirectory()) yield* walk(item.path, skip, sorted);
      else if (st.isFIFO() || st.isCharacterDevice()) yield { kind: 'stream', path: item.path };
      else {
        const entry = fileEntry(item.path, skip, st);
        if (entry) yield entry;
      }
    }
  }
}
