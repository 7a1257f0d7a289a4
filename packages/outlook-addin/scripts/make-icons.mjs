#!/usr/bin/env node
// Renders the add-in icons (assets/*.png) from the SVG below with the Debian Chromium.
// Run by hand when the design changes; the PNGs are committed (the build only copies them).
//   node scripts/make-icons.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PKG } from './gen-manifests.mjs';

const RED = '#C50F1F';
const AMBER = '#FFB900';

// An envelope on the accent colour with an amber warning mark: reads at 16 px, no font needed.
const colorSvg = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect x="2" y="2" width="96" height="96" rx="22" fill="${RED}"/>
  <rect x="14" y="26" width="62" height="44" rx="6" fill="#fff"/>
  <polyline points="16,29 45,52 74,29" fill="none" stroke="${RED}" stroke-width="7" stroke-linejoin="round" stroke-linecap="round"/>
  <circle cx="74" cy="72" r="20" fill="${AMBER}" stroke="${RED}" stroke-width="5"/>
  <rect x="70.5" y="59" width="7" height="15" rx="3" fill="#242424"/>
  <circle cx="74" cy="81" r="4" fill="#242424"/>
</svg>`;

// Teams/Microsoft 365 outline icon: white on transparent, 32 × 32.
const outlineSvg = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect x="3" y="8" width="21" height="15" rx="2" fill="none" stroke="#fff" stroke-width="2.2"/>
  <polyline points="4,9.5 13.5,16.5 23,9.5" fill="none" stroke="#fff" stroke-width="2.2" stroke-linejoin="round"/>
  <mask id="m"><rect width="32" height="32" fill="#fff"/><rect x="23" y="18.5" width="2" height="5.5" fill="#000"/><rect x="23" y="25.5" width="2" height="2" fill="#000"/></mask>
  <circle cx="24" cy="23" r="6.5" fill="#fff" mask="url(#m)"/>
</svg>`;

const targets = [
  ...[16, 32, 64, 80, 128].map((size) => ({ file: `icon-${size}.png`, size, svg: colorSvg })),
  { file: 'color.png', size: 192, svg: colorSvg },
  { file: 'outline.png', size: 32, svg: outlineSvg },
];

const out = join(PKG, 'assets');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const t of targets) {
    const page = await browser.newPage({ viewport: { width: t.size, height: t.size }, deviceScaleFactor: 1 });
    const svg = t.svg.replace('<svg ', `<svg width="${t.size}" height="${t.size}" `);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.screenshot({ path: join(out, t.file), omitBackground: true, clip: { x: 0, y: 0, width: t.size, height: t.size } });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`make-icons: wrote ${targets.length} PNGs to assets/`);
