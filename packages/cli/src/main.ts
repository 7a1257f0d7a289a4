/**
 * The `ayashii` executable. The worker threads run dist/ayashii-worker.cjs (src/worker.ts), which
 * loads dist/ayashii-analysis.cjs (src/analysis.ts); build.mjs bundles both next to this file.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { mainUsage, parseCommandLine, scanUsage, urlUsage } from './args.js';
import { scan, VERSION, type Io } from './commands/scan.js';
import { url } from './commands/url.js';
import { cacheName } from './pool/load.js';
// The budgets, in a file of their own: build.mjs makes a code cache for each (see pool/load.ts).
import TIERS from './tier.json';

/**
 * Tier-up: each analysing isolate (a worker, or the main thread with --jobs 1) is short-lived and
 * JIT-compiles the same ~300 hot functions on its own; with V8's default budget that optimising compilation costs each worker about as much CPU as
 * a third of the analysis. When a core is left over (--jobs 1 on two cores) the compiler threads
 * run there for free, and waiting 4× longer than V8's default before optimising is best (measured:
 * main-thread CPU of a cold pass over the corpus 2.9–3.0 s at 1–4×, 3.6 s at 16×). When the
 * workers fill every core, the compiler threads compete with them: waiting 16× longer skips the
 * lukewarm functions (measured on half the corpus, as one of two workers sees it: CPU of all
 * threads 3.1 s at 1×, 2.5 s at 4×, 2.2–2.4 s at 16×, no better at 32–64×). Process-wide, set
 * before any worker starts; changes timing only, never a result. V8 takes a code cache only under
 * the flags it was made with: the budget names the analysis bundle's cache to use (pool/load.ts).
 */
function tierUp(jobs: number): number {
  const budget = jobs < availableParallelism() ? TIERS.spareCore : TIERS.coresBusy;
  setFlagsFromString(`--interrupt-budget=${budget}`);
  return budget;
}

/** Where to read the usage after an error. */
function hint(topic: 'scan' | 'url', lang: 'en' | 'ja'): string {
  return lang === 'ja' ? `使い方は "ayashii ${topic} --help" で表示されます。` : `Run "ayashii ${topic} --help" for usage.`;
}

async function cli(): Promise<number> {
  const parsed = parseCommandLine(process.argv.slice(2), process.env);
  switch (parsed.kind) {
    case 'version':
      process.stdout.write(`ayashii ${VERSION}\n`);
      return 0;
    case 'help':
      process.stdout.write(`${parsed.topic === 'scan' ? scanUsage(parsed.lang) : parsed.topic === 'url' ? urlUsage(parsed.lang) : mainUsage(parsed.lang)}\n`);
      return 0;
    case 'error':
      process.stderr.write(
        `ayashii: ${parsed.message}\n${hint(parsed.topic, parsed.lang)}\n`,
      );
      return 2;
    case 'url':
      // One analysing isolate on the main thread, as with scan --jobs 1 (and its code cache).
      return url(parsed.args, processIo(tierUp(1)));
    default:
      return scan(parsed.args, processIo(tierUp(parsed.args.jobs)));
  }
}

/** This process's streams and environment, and where the analysis bundle and its code cache are. */
function processIo(budget: number): Io {
  return {
    stdin: process.stdin,
    stderr: process.stderr,
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
    dist: fileURLToPath(new URL('.', import.meta.url)),
    codeCache: cacheName(budget),
    onInterrupt: (stop) => {
      const first = (signal: NodeJS.Signals): void => {
        unhook();
        // A second signal ends the process at once, with the usual status.
        process.once('SIGINT', () => process.exit(130));
        process.once('SIGTERM', () => process.exit(143));
        stop(signal === 'SIGTERM' ? 'SIGTERM' : 'SIGINT');
      };
      const unhook = (): void => {
        process.removeListener('SIGINT', first);
        process.removeListener('SIGTERM', first);
      };
      process.on('SIGINT', first);
      process.on('SIGTERM', first);
      return unhook;
    },
  };
}

let settled = false;
cli().then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (e: unknown) => {
    settled = true;
    process.stderr.write(`ayashii: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
// A stream that neither ends nor fails (a bug) would leave nothing to wait for: Node would then
// exit quietly with 0 and a partial output. Say so, and fail.
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  process.stderr.write('ayashii: internal error: the command stopped before it finished (nothing was left to wait for)\n');
  process.exitCode = 2;
});
