/**
 * Outlook data files (`.pst`, `.ost`) on disk. Such a file is read where it lies, a page and a
 * block at a time (the core's reader, over `fileSource`), never whole: an archive of gigabytes
 * costs the scan what its messages do. The main thread lists the messages (`listPst`); each is then
 * a task that the analyser scanning it reads itself (`PstPart`), as a small file of a ZIP archive is
 * (zip-part.ts), so that reading is spread over the analysers.
 *
 * A data file needs random access, so one in a stream (standard input, a ZIP or tar archive, gzip
 * data) is reported as unsupported, with the advice to extract it.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { listPstMessages, openPst, PstDamage, type ByteSource, type PstFile, type PstListing } from '@ayashii/core';
import { fsPath } from './fs-path.js';

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

/** Runs `f` on the data file at `path`, open for the call only. Throws file system errors. */
export function withPst<T>(path: string, f: (pst: PstFile | { readonly problem: 'not-pst' | 'unsupported' | 'damaged' }) => T): T {
  const fd = openSync(fsPath(path), 'r');
  try {
    return f(openPst(fileSource(fd)));
  } finally {
    closeSync(fd);
  }
}

/**
 * The messages of a data file, grouped by folder (in the order `PstFile.messages` gives them),
 * with the damage that lost some of them (or null); or why they cannot be listed: the file is no
 * data file, of a format version not read, or damaged (the damage said). Throws file system errors.
 */
export function listPst(
  path: string,
): { readonly folders: { readonly folder: readonly string[]; readonly nids: number[] }[]; readonly damaged: string | null } | { readonly problem: 'not-pst' | 'unsupported' | 'damaged'; readonly what?: string } {
  const fd = openSync(fsPath(path), 'r');
  try {
    let listed: PstListing | { readonly problem: 'not-pst' | 'unsupported' | 'damaged' };
    try {
      listed = listPstMessages(fileSource(fd));
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
    return { folders, damaged: listed.damaged };
  } finally {
    closeSync(fd);
  }
}
