/**
 * The entry of dist/ayashii-analysis.cjs: what a worker runs, and what --jobs 1 runs on the main
 * thread; also --config's validation, which needs the whole core. A classic script (CommonJS), so
 * that pool/load.ts can compile it with V8's code cache.
 */
export { configIssueText, parseConfig } from './core-internal.js';
export { runTask, runWorker } from './pool/worker.js';
export { urlRecord } from './url-record.js';
