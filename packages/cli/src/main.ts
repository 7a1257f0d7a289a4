/**
 * The `ayashii` executable. The same bundled file is the entry of the worker threads: a thread
 * started with `{ ayashiiWorker: true }` runs the analysis loop instead of the command line.
 */
import { setFlagsFromString } from 'node:v8';
import { isMainThread, workerData } from 'node:worker_threads';
import { mainUsage, parseCommandLine, USAGE } from './args.js';
import { scan, VERSION } from './commands/scan.js';
import { runWorker } from './pool/worker.js';

async function cli(): Promise<number> {
  const parsed = parseCommandLine(process.argv.slice(2), process.env);
  switch (parsed.kind) {
    case 'version':
      process.stdout.write(`ayashii ${VERSION}\n`);
      return 0;
    case 'help':
      process.stdout.write(`${parsed.topic === 'scan' ? USAGE : mainUsage()}\n`);
      return 0;
    case 'error':
      process.stderr.write(`ayashii: ${parsed.message}\nRun "ayashii scan --help" for usage.\n`);
      return 2;
    default:
      return scan(parsed.args, {
        stdin: process.stdin,
        stderr: process.stderr,
        stdoutIsTTY: process.stdout.isTTY === true,
        env: process.env,
        entry: new URL(import.meta.url),
      });
  }
}

if (!isMainThread && (workerData as { ayashiiWorker?: boolean } | null)?.ayashiiWorker) {
  runWorker();
} else {
  // Tier-up: each worker isolate is short-lived and JIT-compiles the same ~300 hot functions on its
  // own; with V8's default budget that optimising compilation costs each worker about as much CPU
  // as a third of the analysis, and on two cores the compiler threads of two workers compete with
  // the workers themselves (measured: --jobs 2 barely faster than --jobs 1). Waiting 4× longer
  // before optimising skips the lukewarm functions. Process-wide, set before any worker starts;
  // changes timing only, never a result.
  setFlagsFromString('--interrupt-budget=270336');
  cli().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`ayashii: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
