// Desktop VS Code route for the API suite, on machines that can download VS Code:
//   npm run test:electron
// @vscode/test-electron downloads VS Code, starts it with this repository as the development
// extension and runs suite/index.ts, the same module the code-server route (api.test.ts) runs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './suite/build';
import { ROOT } from './support/paths';
import { makeScratch } from './support/workspace';
import { EDITOR_SETTINGS } from './settings';

async function main(): Promise<void> {
  const extensionTestsPath = buildSuite();
  const scratch = makeScratch('electron');
  const userData = path.join(scratch.root, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(EDITOR_SETTINGS, null, 2));
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath,
      launchArgs: [scratch.workspace, '--user-data-dir', userData, '--extensions-dir', path.join(scratch.root, 'extensions'),
        '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    scratch.remove();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
