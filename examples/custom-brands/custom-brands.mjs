// Your own brands and organisation domains: node custom-brands.mjs [ja|en]
// The same ayashii.config.json works with the CLI: ayashii scan --config ayashii.config.json …
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { analyze, explain, validateBrandList } from '@ayashii/core';
import { fromEmlFile } from '@ayashii/core/node';

const here = new URL('.', import.meta.url);

export async function checkWithMyBrands(file, locale = 'en') {
  const config = JSON.parse(await readFile(new URL('ayashii.config.json', here), 'utf8'));
  const brands = validateBrandList(config.extraBrands); // path-based errors for a bad list
  if (!brands.ok) throw new Error(brands.errors.join('\n'));
  const options = { extraBrands: brands.value, organizationDomains: config.organizationDomains };
  const verdict = analyze(await fromEmlFile(new URL(file, here)), options);
  return explain(verdict, { locale });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of ['spoof.eml', 'genuine.eml']) {
    const { levelLabel, items } = await checkWithMyBrands(file, process.argv[2] ?? 'en');
    console.log(`${file}: ${levelLabel}`, ...items.map((i) => `\n  - ${i.detail}`));
  }
}
