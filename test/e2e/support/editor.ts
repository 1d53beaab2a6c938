// The packaged extension in code-server, opened in chromium on a scratch copy of the samples: the
// set-up the UI suites share, and the engine's own analysis of that workspace to compare with.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { EDITOR_SETTINGS } from '../settings';
import { launchBrowser, Workbench } from './browser';
import { startCodeServer, type CodeServer } from './codeServer';
import { ROOT, VSCE } from './paths';
import { makeScratch, type Scratch } from './workspace';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One line of `node dist/cli.js analyze`. */
export interface CliArticle {
  file: string;
  lang: string;
  entities: (Span & { label: string; entity: string })[];
  dates: Span[];
  claims: (Span & { kind: string; message: string })[];
  boilerplate: Span[];
}

export interface PackagedEditor {
  scratch: Scratch;
  server: CodeServer;
  browser: Browser;
  wb: Workbench;
  /** The CLI's analysis of each workspace article, by file name. */
  analysis: Map<string, CliArticle>;
}

/**
 * Packages the extension, analyses the scratch workspace with the CLI, lets `prepare` add files, then starts
 * code-server with the .vsix installed and opens `article` in chromium. Fills `editor` as it goes, so that
 * closePackagedEditor stops what was started even when a step fails.
 */
export async function openPackagedEditor(
  editor: Partial<PackagedEditor>,
  name: string,
  article: string,
  prepare: (scratch: Scratch, analysis: Map<string, CliArticle>) => void = () => undefined,
): Promise<PackagedEditor> {
  const scratch = (editor.scratch = makeScratch(name));
  const vsix = path.join(scratch.root, 'news-annotator.vsix');
  const pack = spawnSync(VSCE, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr);
  const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'analyze', scratch.workspace], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(cli.status, 0, cli.stderr);
  const analysis = (editor.analysis = new Map(
    cli.stdout
      .trim()
      .split('\n')
      .map((line) => {
        const a = JSON.parse(line) as CliArticle;
        return [path.basename(a.file), a] as const;
      }),
  ));
  prepare(scratch, analysis);
  const server = (editor.server = await startCodeServer({ dir: scratch.root, settings: EDITOR_SETTINGS, vsix }));
  const browser = (editor.browser = await launchBrowser());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(30_000);
  const wb = (editor.wb = new Workbench(page));
  await wb.open(server.url(scratch.workspace), article);
  return { scratch, server, browser, wb, analysis };
}

/** Stops whatever openPackagedEditor started, also after a failed start. */
export async function closePackagedEditor(editor: Partial<PackagedEditor>): Promise<void> {
  await editor.browser?.close();
  await editor.server?.stop();
  editor.scratch?.remove();
}
