// `npm run bench`: bundles bench/bench.ts like the server (so the engine runs as shipped, with the same esbuild
// output) and runs it with the same arguments and environment.
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { nodeBundle } from './bundle-options.mjs';

await esbuild.build({ ...nodeBundle, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js' });
const r = spawnSync(process.execPath, ['--enable-source-maps', 'dist/bench.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
