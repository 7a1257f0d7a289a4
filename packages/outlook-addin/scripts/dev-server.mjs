#!/usr/bin/env node
// `pnpm --filter @ayashii/outlook-addin dev`: builds the task pane, rebuilds on change and serves
// dist/ over HTTPS for sideloading manifests/manifest.debug.xml (https://localhost:3000/…).
//
// Certificates come from office-addin-dev-certs (generated offline, pure JS) in
// ~/.office-addin-dev-certs, or in $AYASHII_DEV_CERT_DIR. Trusting the CA needs admin rights
// (`sudo update-ca-certificates` on Linux, the Keychain on macOS, the cert store on Windows); it is
// attempted only with --trust, and a failure is reported, not fatal.
//
//   --port N      (default 3000; 0 = any free port)    --host H   (default 127.0.0.1)
//   --no-watch    build once, no rebuild on change      --no-build serve dist/ as it is
//   --trust       try to trust the dev CA (office-addin-dev-certs install)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { context } from 'esbuild';
import { buildAll, copyStatic, esbuildOptions } from '../build.mjs';
import { PKG } from './gen-manifests.mjs';

const require = createRequire(import.meta.url);
const devCerts = require('office-addin-dev-certs');

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : def;
};
const port = Number(opt('--port', process.env.PORT ?? '3000'));
const host = opt('--host', '127.0.0.1');
const DIST = join(PKG, 'dist');

const certDir = process.env.AYASHII_DEV_CERT_DIR ?? join(homedir(), '.office-addin-dev-certs');
const paths = {
  ca: join(certDir, 'ca.crt'),
  cert: join(certDir, 'localhost.crt'),
  key: join(certDir, 'localhost.key'),
};

async function ensureCertificates() {
  const present = existsSync(paths.ca) && existsSync(paths.cert) && existsSync(paths.key);
  let valid = false;
  if (present) {
    try {
      valid = devCerts.verifyCertificates(paths.cert, paths.key);
    } catch {
      valid = false;
    }
  }
  if (!valid) {
    console.log(`dev: generating a localhost certificate in ${certDir} (office-addin-dev-certs, offline)`);
    await devCerts.generateCertificates(paths.ca, paths.cert, paths.key, 30);
  }
  if (flag('--trust')) {
    try {
      await devCerts.installCaCertificate(paths.ca);
      console.log('dev: the development CA is trusted');
    } catch (e) {
      console.warn(
        `dev: could not trust the development CA (${String(e?.message ?? e).split('\n')[0]}).\n` +
          '     This needs admin rights. Outlook will refuse https://localhost until the CA is trusted:\n' +
          '     Windows/macOS: run `npx office-addin-dev-certs install` from an admin shell, or import\n' +
          `     ${paths.ca} into the trusted roots by hand. Serving anyway.`,
      );
    }
  } else {
    console.log(`dev: CA at ${paths.ca} (run with --trust, or \`npx office-addin-dev-certs install\`, once per machine)`);
  }
  return { cert: readFileSync(paths.cert), key: readFileSync(paths.key) };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.zip': 'application/zip',
};

function serve(tls) {
  const server = createServer(tls, (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === '/') path = '/taskpane.html';
    const file = resolve(DIST, '.' + path);
    if (!file.startsWith(DIST + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(readFileSync(file));
  });
  return new Promise((r) => server.listen(port, host, () => r(server)));
}

const tls = await ensureCertificates();
if (!flag('--no-build')) {
  const { bytes } = await buildAll();
  console.log(`dev: built dist/ (taskpane.js ${(bytes / 1024).toFixed(0)} KiB)`);
}
let watcher = null;
if (!flag('--no-watch') && !flag('--no-build')) {
  watcher = await context({
    ...esbuildOptions,
    logLevel: 'info',
    plugins: [{ name: 'static', setup: (b) => b.onEnd(() => copyStatic()) }],
  });
  await watcher.watch();
}
const server = await serve(tls);
const actual = server.address().port;
console.log(`dev: serving dist/ at https://localhost:${actual}/taskpane.html (listening on ${host}:${actual})`);
console.log('dev: sideload manifests/manifest.debug.xml (or dist/ayashii-outlook.debug.zip); see README.md');

const stop = async () => {
  server.close();
  await watcher?.dispose();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
