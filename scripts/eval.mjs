// `npm run eval [GOLD_DIR] [--pred FILE] [--json] [--max-errors N]` (after `npm run build`): bundles the
// evaluator (server/src/eval) next to the CLI it drives, then runs it with the same arguments.
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['server/src/eval/cli.ts'],
  outfile: 'dist/eval.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['dist/eval.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
