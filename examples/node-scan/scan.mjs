// Scan a folder of .eml files with the library: node scan.mjs <folder> [ja|en]
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, explain } from '@ayashii/core';
import { fromEmlFile } from '@ayashii/core/node';

/** One line per message ("file: level (score)"), then one line per finding. */
export async function scanFolder(dir, { locale = 'en', options = {} } = {}) {
  const lines = [];
  const names = (await readdir(dir)).filter((n) => n.endsWith('.eml')).sort();
  for (const name of names) {
    const verdict = analyze(await fromEmlFile(join(dir, name)), options);
    const { levelLabel, items } = explain(verdict, { locale });
    lines.push(`${name}: ${levelLabel} (${verdict.score})`, ...items.map((item) => `  - ${item.detail}`));
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await scanFolder(process.argv[2] ?? '.', { locale: process.argv[3] ?? 'en' })).join('\n'));
}
