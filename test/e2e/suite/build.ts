// Bundles the API suite (suite/index.ts) into out/e2e/suite.js, the module the editor loads as
// extensionTestsPath. `vscode` comes from the editor; mocha resolves from the repo's node_modules.
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { ROOT } from '../support/paths';

export const SUITE_BUNDLE = path.join(ROOT, 'out', 'e2e', 'suite.js');

export function buildSuite(): string {
  buildSync({
    entryPoints: [path.join(__dirname, 'index.ts')],
    outfile: SUITE_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return SUITE_BUNDLE;
}
