// Preloaded into the CLI by no-network.test.ts (`node --import=…`): every network entry point
// records the attempt in $AYASHII_NET_LOG and throws. Worker threads do not run --import
// preloads, so Worker is wrapped to load this file first in every worker as well.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';
import wt from 'node:worker_threads';

const log = process.env.AYASHII_NET_LOG;
const deny = (what) =>
  function () {
    if (log) appendFileSync(log, `${what}\n`);
    throw new Error(`network access attempted: ${what}`);
  };
net.Socket.prototype.connect = deny('net.Socket.connect');
net.connect = net.createConnection = deny('net.createConnection');
tls.connect = deny('tls.connect');
dns.lookup = deny('dns.lookup');
dns.resolve = deny('dns.resolve');
dns.promises.lookup = deny('dns.promises.lookup');
http.request = http.get = deny('http.request');
https.request = https.get = deny('https.request');
globalThis.fetch = deny('fetch');
if (log) appendFileSync(log, '');

const Original = wt.Worker;
const self = import.meta.url;
class TrappedWorker extends Original {
  constructor(entry, options = {}) {
    let code;
    if (options.eval) code = `import(${JSON.stringify(self)}).then(() => { eval(${JSON.stringify(String(entry))}); })`;
    else {
      const url = entry instanceof URL ? entry.href : String(entry).startsWith('file:') ? String(entry) : new URL(`file://${entry}`).href;
      code = `import(${JSON.stringify(self)}).then(() => import(${JSON.stringify(url)}))`;
    }
    super(code, { ...options, eval: true });
  }
}
wt.Worker = TrappedWorker;
syncBuiltinESMExports();
if (!wt.isMainThread && log) appendFileSync(log, '# trapped worker\n');
