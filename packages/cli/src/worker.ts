/**
 * The entry of the worker threads, bundled as dist/ayashii-worker.cjs (a CommonJS entry starts a
 * worker ~10 ms sooner than an ES module): loads the analysis bundle (dist/ayashii-analysis.cjs,
 * with its code cache, see pool/load.ts) and runs the analysis loop. The analysis bundle holds
 * neither the command line, nor the output formats, nor the HTML report, so that a worker starts
 * sooner. On the main thread (build.mjs making the code caches, the tests) it only exports the
 * loader.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { loadAnalysis } from './pool/load.js';
import type { WorkerInit } from './pool/protocol.js';

export { loadAnalysis, makeCodeCache, verifiedCodeCache } from './pool/load.js';

if (!isMainThread) {
  const init = workerData as WorkerInit;
  loadAnalysis(__dirname, init.codeCache, init.codeCacheData ?? null).runWorker();
}
