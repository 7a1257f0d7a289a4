#!/usr/bin/env node
// Regenerates the checks table in README.md from the built core (run `pnpm build` first).
import { readFileSync, writeFileSync } from 'node:fs';
import { checksTable, replaceBetweenMarkers } from './checks-table.mjs';

const core = await import(new URL('../packages/core/dist/index.js', import.meta.url));
const path = new URL('../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = replaceBetweenMarkers(before, checksTable(core.checks, core.catalogs));
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'README checks table is up to date' : 'README checks table regenerated');
