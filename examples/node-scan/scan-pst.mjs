// Scan every message of an Outlook data file with the library: node scan-pst.mjs <file.pst|file.ost> [ja|en]
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { analyze, explain, openPst } from '@ayashii/core';

/** One line per message ("Folder/Sub #nid: level (score)"), then one per finding; the file is read on demand, never whole. */
export function scanPst(path, { locale = 'en', options = {} } = {}) {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  const source = { size, read: (offset, length) => { const b = Buffer.alloc(Math.max(0, Math.min(length, size - offset))); return b.subarray(0, readSync(fd, b, 0, b.length, offset)); } };
  try {
    // Node's zlib for the compressed blocks of Outlook 2013's offline stores (the core has its own, slower).
    const pst = openPst(source, { inflate: (data, max) => inflateSync(data, { maxOutputLength: max }) });
    if ('problem' in pst) return [`${path}: not read (${pst.problem})`];
    const { messages, damaged } = pst.messages();
    const lines = damaged ? [`${path}: some messages cannot be listed (${damaged})`] : [];
    return lines.concat(messages.flatMap(({ nid, folder }) => {
      const read = pst.read(nid);
      const where = `${folder.join('/')} #${nid}`;
      if (!('input' in read)) return [`${where}: not read (${'damaged' in read ? read.damaged : 'too large'})`];
      const verdict = analyze(read.input, options);
      const { levelLabel, items } = explain(verdict, { locale });
      return [`${where}: ${levelLabel} (${verdict.score})`, ...items.map((item) => `  - ${item.detail}`)];
    }));
  } finally {
    closeSync(fd);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(scanPst(process.argv[2] ?? 'archive.pst', { locale: process.argv[3] ?? 'en' }).join('\n'));
}
