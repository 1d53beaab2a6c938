// `npm run eval [GOLD_DIR] [--pred FILE] [--json] [--max-errors N]` (after `npm run build`): bundles the
// evaluator (server/src/eval) next to the CLI it drives, then runs it with the same arguments.
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { nodeBundle } from './bundle-options.mjs';

await esbuild.build({ ...nodeBundle, entryPoints: ['server/src/eval/cli.ts'], outfile: 'dist/eval.js' });
const r = spawnSync(process.execPath, ['dist/eval.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
