// Extension-test entry point (`extensionTestsPath`): the editor calls run() in its extension host.
// It runs the API cases with mocha and prints one `NEWS_E2E_RESULT {json}` line per case, which the
// code-server launcher reads back from the extension host's console.
import * as vscode from 'vscode';
import Mocha from 'mocha';
import { apiCases } from './cases';
import { RESULT_PREFIX } from './helpers';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const suite = Mocha.Suite.create(mocha.suite, 'News Annotator in the editor (vscode API)');
  for (const c of apiCases) suite.addTest(new Mocha.Test(c.title, () => c.run(vscode)));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => (failures ? reject(new Error(`${failures} API test(s) failed`)) : resolve()));
    runner.on('pass', (test) => console.log(RESULT_PREFIX + JSON.stringify({ title: test.title, ok: true, ms: test.duration })));
    runner.on('fail', (test, error: Error) => console.log(RESULT_PREFIX + JSON.stringify({ title: test.title, ok: false, error: error.stack ?? String(error) })));
  });
}
