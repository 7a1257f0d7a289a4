/**
 * Outlook data files (`.pst`, `.ost`) on disk. Such a file is read where it lies, a page and a
 * block at a time (the core's reader, over `fileSource`), never whole: an archive of gigabytes
 * costs the scan what its messages do. The main thread lists the messages (`listPst`); each is then
 * a task that the analyser scanning it reads itself (`PstPart`), as a small file of a ZIP archive is
 * (zip-part.ts), so that reading is spread over the analysers.
 *
 * A data file needs random access, so one in a stream (standard input, a ZIP or tar archive, gzip
 * data) is first copied to a temporary file by the scan (commands/scan.ts `spoolPst`).
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { listPstMessages, openPst, PstDamage, type ByteSource, type PstFile, type PstListing, type PstOpenOptions, type PstProblem } from '@ayashii/core';
import { fsPath } from './fs-path.js';

/** Node's zlib for the compressed blocks of Outlook 2013's offline stores (several times the core's own speed). */
const NATIVE: PstOpenOptions = { inflate: (data, size) => inflateSync(data, { maxOutputLength: size }) };

/** One message of a data file, by node id. */
export interface PstPart {
  readonly path: string;
  readonly nid: number;
}

/** Whether a file's name says it is an Outlook data file (read by the main thread; as with ZIP, not by content). */
export function hasPstName(path: string): boolean {
  return /\.(?:pst|ost)$/i.test(path);
}

/** Reads of a file descriptor at given offsets. */
function fileSource(fd: number): ByteSource {
  return {
    size: fstatSync(fd).size,
    read(offset, length) {
      const b = Buffer.allocUnsafe(Math.max(0, Math.min(length, this.size - offset)));
      let n = 0;
      while (n < b.length) {
        const r = readSync(fd, b, n, b.length - n, offset + n);
        if (r === 0) break;
        n += r;
      }
      return new Uint8Array(b.buffer, b.byteOffset, n);
    },
  };
}

/** The data file this thread read last, kept open: its messages come one after the other. */
let last: { readonly path: string; readonly fd: number; readonly dev: number; readonly ino: number; readonly size: number; readonly mtimeMs: number; readonly pst: PstFile | { readonly problem: PstProblem } } | null = null;

/**
 * The data file at `path`, opened once for all the messages this thread reads from it (opening it
 * and reading its header and B-tree pages again for each message cost a small message's scan a
 * third more): kept open, with the pages it has read, until a message of another file comes, or
 * the file at that path is another one or has changed. Throws file system errors.
 */
export function openedPst(path: string): PstFile | { readonly problem: PstProblem } {
  const st = statSync(fsPath(path));
  if (last && last.path === path && last.dev === st.dev && last.ino === st.ino && last.size === st.size && last.mtimeMs === st.mtimeMs) return last.pst;
  closeLast();
  const fd = openSync(fsPath(path), 'r');
  try {
    last = { path, fd, dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, pst: openPst(fileSource(fd), NATIVE) };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  return last.pst;
}

/** Closes the data file kept open, if any (a copy of one, spooled from a stream, is then gone from the disk too). */
function closeLast(): void {
  if (!last) return;
  try {
    closeSync(last.fd);
  } finally {
    last = null;
  }
}

/**
 * The messages of a data file, grouped by folder (in the order `PstFile.messages` gives them),
 * with the number of items left out as not mail (in calendars, contacts, tasks …) and the damage
 * that lost some of them (or null); or why they cannot be listed: the file is no data file, is
 * protected, or is damaged (the damage said). Throws file system errors.
 */
export function listPst(
  path: string,
): { readonly folders: { readonly folder: readonly string[]; readonly nids: number[] }[]; readonly notMail: number; readonly damaged: string | null } | { readonly problem: PstProblem; readonly what?: string } {
  const fd = openSync(fsPath(path), 'r');
  try {
    let listed: PstListing | { readonly problem: PstProblem };
    try {
      listed = listPstMessages(fileSource(fd), NATIVE);
    } catch (e) {
      if (e instanceof PstDamage) return { problem: 'damaged', what: e.what };
      throw e;
    }
    if ('problem' in listed) return listed;
    const folders: { folder: readonly string[]; nids: number[] }[] = [];
    for (const r of listed.messages) {
      const last = folders[folders.length - 1];
      // Folders of the same path (sorted side by side) are one: their records are numbered on.
      if (last && last.folder.join('/') === r.folder.join('/')) last.nids.push(r.nid);
      else folders.push({ folder: r.folder, nids: [r.nid] });
    }
    return { folders, notMail: listed.skipped.reduce((n, s) => n + s.count, 0), damaged: listed.damaged };
  } finally {
    closeSync(fd);
  }
}
