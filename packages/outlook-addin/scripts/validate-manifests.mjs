#!/usr/bin/env node
// `pnpm --filter @ayashii/outlook-addin validate`: every check of the manifests that runs offline.
// Exit 1 on any problem. (Never `office-addin-manifest validate manifest.xml`: that one posts the
// file to Microsoft's validation service.)
import { join } from 'node:path';
import { loadSource, OUT_DIR, staleFiles } from './gen-manifests.mjs';
import { checkUnified, checkWellFormed, checkXmlStructure, validateUnified, xmllintPath } from './manifest-checks.mjs';

const src = loadSource();
const results = [];
const stale = staleFiles();
results.push(['generated files are up to date', stale.map((f) => `${f} is stale: run node scripts/gen-manifests.mjs`)]);
for (const v of Object.values(src.variants)) {
  const expect = { id: v.id, baseUrl: v.baseUrl, mailbox: src.requirements.mailbox, supportUrl: v.developer.websiteUrl };
  const xml = join(OUT_DIR, `${v.file}.xml`);
  const json = join(OUT_DIR, `${v.file}.json`);
  results.push([`${v.file}.xml well-formed (${xmllintPath() ? 'xmllint' : 'xml2js'})`, await checkWellFormed(xml)]);
  results.push([`${v.file}.xml structure`, await checkXmlStructure(xml, expect)]);
  results.push([`${v.file}.json office-addin-manifest validate`, validateUnified(json)]);
  results.push([`${v.file}.json permissions, ribbon, URLs, localization`, checkUnified(json, expect)]);
}
let failed = 0;
for (const [name, problems] of results) {
  if (problems.length === 0) console.log(`ok   ${name}`);
  else {
    failed++;
    console.log(`FAIL ${name}`);
    for (const p of problems) console.log(`     - ${p}`);
  }
}
process.exit(failed ? 1 : 0);
