// Builds @ayashii/core: ESM bundles for the browser-safe entry and the Node entry, plus the
// neutral-platform guard (house style 3.3): a Node built-in in the core fails this build.
import { build } from 'esbuild';

const common = { bundle: true, format: 'esm', target: 'es2022', sourcemap: true, logLevel: 'warning', legalComments: 'none' };

// Guard: the core must build for a neutral platform with no Node built-ins.
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', platform: 'neutral', mainFields: ['module', 'main'], metafile: true });
await build({ ...common, entryPoints: ['src/node/index.ts'], outfile: 'dist/node.js', platform: 'node' });
console.log('core: built dist/index.js (neutral) and dist/node.js');
