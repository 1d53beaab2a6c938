// Runs the API suite (suite/cases.ts) inside code-server's extension host: the extension is loaded
// from this repository as a development extension through the workbench's `payload` URL query
// (code-server's CLI has no --extensionDevelopmentPath), and each case's result is read back from
// the extension host's console. The same suite runs under desktop VS Code with runTests.ts.
import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { startCodeServer, type CodeServer } from './support/codeServer';
import { ROOT } from './support/paths';
import { makeScratch, type Scratch } from './support/workspace';
import { buildSuite } from './suite/build';
import { apiCases } from './suite/cases';
import { RESULT_PREFIX } from './suite/helpers';
import { EDITOR_SETTINGS } from './settings';

interface CaseResult {
  ok: boolean;
  error?: string;
}

describe('API suite in code-server (extension host, vscode API)', function () {
  this.timeout(240_000);
  const results = new Map<string, CaseResult>();
  const hostLog: string[] = [];
  let scratch: Scratch | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let exitCode: number | undefined;

  before(async function () {
    const suite = buildSuite();
    scratch = makeScratch('api');
    server = await startCodeServer({ dir: scratch.root, settings: EDITOR_SETTINGS });
    browser = await launchBrowser();
    const page = await browser.newPage();
    let finished!: (code: number) => void;
    const exited = new Promise<number>((resolve) => { finished = resolve; });
    await page.exposeFunction('codeAutomationExit', (code: number) => finished(code));
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      hostLog.push(line);
      const at = line.indexOf(RESULT_PREFIX);
      if (at < 0) return;
      const result = JSON.parse(line.slice(at + RESULT_PREFIX.length)) as CaseResult & { title: string };
      results.set(result.title, result);
    });
    await page.goto(server.url(scratch.workspace, [
      ['extensionDevelopmentPath', server.remote(ROOT)],
      ['extensionTestsPath', server.remote(suite)],
    ]));
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the suite did not finish; extension host log:\n${hostLog.join('\n').slice(-4000)}`)), 200_000).unref());
    exitCode = await Promise.race([exited, timeout]);
  });

  after(async function () {
    await browser?.close();
    await server?.stop();
    scratch?.remove();
  });

  for (const c of apiCases) {
    it(c.title, function () {
      const result = results.get(c.title);
      assert.ok(result, `the case did not report (run exit code ${exitCode}); extension host log:\n${hostLog.join('\n').slice(-3000)}`);
      if (!result.ok) throw new Error(result.error);
    });
  }

  it('the extension host run() exits 0 exactly when every case passed', function () {
    const allPassed = apiCases.every((c) => results.get(c.title)?.ok);
    assert.equal(exitCode, allPassed ? 0 : 1);
  });
});
