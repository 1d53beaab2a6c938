// `npm test`: builds, then runs every suite (unit, LSP, end-to-end) and prints one closing line
// "N passed, N failed" for the whole run. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...opts });

function step(name, cmd, args) {
  console.log(`\n== ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.log(`${name} failed (exit ${r.status})`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const suites = [
  { name: 'unit', spec: 'test/unit/**/*.test.ts' },
  { name: 'lsp', spec: 'test/lsp/**/*.test.ts' },
  // Real editors (code-server + chromium, Neovim). Its machine set-up runs first; a set-up failure
  // counts as a failed test, never as a skipped suite.
  { name: 'e2e', spec: 'test/e2e/**/*.test.ts', setup: ['node', ['scripts/setup-editor.mjs']] },
];

step('build', 'node', ['esbuild.mjs']);
step('typecheck', 'npm', ['run', '-s', 'typecheck']);

let passed = 0;
let failed = 0;
for (const s of suites) {
  console.log(`\n== ${s.name} tests`);
  if (s.setup && spawnSync(s.setup[0], s.setup[1], { stdio: 'inherit' }).status !== 0) {
    console.log(`${s.name} set-up failed: counted as a failure`);
    failed += 1;
    continue;
  }
  const r = run('npx', ['mocha', '--reporter', 'spec', s.spec]);
  process.stdout.write(r.stdout ?? '');
  const count = (re) => Number((r.stdout ?? '').match(re)?.[1] ?? 0);
  passed += count(/(\d+) passing/);
  const f = count(/(\d+) failing/);
  failed += f || (r.status !== 0 ? 1 : 0);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
