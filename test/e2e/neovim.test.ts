// Neovim as a second, non-VS Code LSP client: Debian's Neovim (0.7) runs headless with
// test/e2e/neovim/init.lua, which attaches `node dist/server.js --stdio` to a sample article.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NVIM, ROOT } from './support/paths';
import { ARTICLES, makeScratch, type Scratch } from './support/workspace';

interface NeovimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  code: string;
  message: string;
  source: string;
}

interface NeovimResult {
  arrived: boolean;
  diagnostics: NeovimDiagnostic[];
  hover: { kind: string; value: string } | null;
  server_pid: number;
}

interface Span {
  start: number;
  end: number;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Neovim's diagnostic position: 0-based line and UTF-8 byte column. */
function bytePosition(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length - 1, col: Buffer.byteLength(before.slice(lineStart), 'utf8') };
}

/** LSP position (0-based line, UTF-16 character) of an offset. */
function lspPosition(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

describe('Neovim 0.7 headless with the language server (vim.lsp.start_client)', function () {
  this.timeout(90_000);
  let scratch: Scratch;
  let result: NeovimResult;
  let expected: { code: string; message?: string; range: string }[];

  before(function () {
    scratch = makeScratch('nvim');
    const article = path.join(scratch.workspace, ARTICLES.indonesianPutin);
    const text = fs.readFileSync(article, 'utf8');
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'analyze', article], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    const analysis = JSON.parse(cli.stdout) as { claims: (Span & { kind: string; message: string })[]; boilerplate: Span[] };
    const range = (s: Span) => {
      const a = bytePosition(text, s.start);
      const b = bytePosition(text, s.end);
      return `${a.line}:${a.col}-${b.line}:${b.col}`;
    };
    expected = [
      ...analysis.claims.map((c) => ({ code: c.kind, message: c.message, range: range(c) })),
      ...analysis.boilerplate.map((b) => ({ code: 'boilerplate', range: range(b) })),
    ];
    const hoverAt = lspPosition(text, text.indexOf('Putin'));
    const resultFile = path.join(scratch.root, 'nvim-result.json');
    const nvim = spawnSync(NVIM, ['--headless', '-n', '-i', 'NONE', '-u', path.join(__dirname, 'neovim', 'init.lua'), article], {
      cwd: scratch.workspace,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        XDG_CACHE_HOME: path.join(scratch.root, 'cache'),
        XDG_STATE_HOME: path.join(scratch.root, 'state'),
        NEWS_SERVER_JS: path.join(ROOT, 'dist', 'server.js'),
        NEWS_RESULT: resultFile,
        NEWS_HOVER_LINE: String(hoverAt.line),
        NEWS_HOVER_CHARACTER: String(hoverAt.character),
        NEWS_MIN_DIAGNOSTICS: String(Math.max(expected.length, 1)),
      },
    });
    assert.ok(fs.existsSync(resultFile), `nvim wrote no result (exit ${nvim.status ?? nvim.signal}):\n${nvim.stdout}\n${nvim.stderr}`);
    result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  });

  after(function () {
    scratch?.remove();
  });

  it('receives the claim and page-residue diagnostics the engine reports for the article', function () {
    assert.ok(expected.length > 0, 'the engine reports nothing for the article');
    assert.equal(result.arrived, true, `only ${result.diagnostics.length} diagnostics arrived`);
    const codes = new Set(expected.map((e) => e.code));
    const actual = result.diagnostics
      .filter((d) => d.source === 'news-annotator' && codes.has(String(d.code)))
      .map((d) => ({ code: String(d.code), ...(d.code === 'boilerplate' ? {} : { message: d.message }), range: `${d.lnum}:${d.col}-${d.end_lnum}:${d.end_col}` }));
    const order = (a: { range: string }, b: { range: string }) => a.range.localeCompare(b.range);
    assert.deepEqual(actual.sort(order), expected.sort(order));
  });

  it('gets a hover for "Putin" naming the person', function () {
    assert.ok(result.hover, 'no hover');
    assert.equal(result.hover.kind, 'markdown');
    assert.match(result.hover.value, /^\*\*Vladimir Putin\*\* · person \(PER\)/i);
  });

  it('stops the language server it started when Neovim quits', async function () {
    const deadline = Date.now() + 10_000;
    while (isRunning(result.server_pid)) {
      assert.ok(Date.now() < deadline, `server.js (pid ${result.server_pid}) still running 10 s after Neovim quit`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
});
