import { chromium } from 'playwright-core';
import fs from 'node:fs';
const [file, ...ys] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 360, height: 800 } });
const data = fs.readFileSync(file).toString('base64');
await p.setContent(`<body style="margin:0"><img src="data:image/png;base64,${data}"></body>`);
for (const y of ys) await p.screenshot({ path: `/tmp/outlook-crops/${file.split('/').pop().replace('.png','')}-${y}.png`, clip: { x: 0, y: Number(y), width: 360, height: 800 }, fullPage: true });
await b.close();
