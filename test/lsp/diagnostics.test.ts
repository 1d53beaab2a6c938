// Diagnostics over stdio: claims, boilerplate and date problems exactly as the engine finds them,
// debounced re-analysis that never publishes a superseded version, and refused documents.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { analyzeArticle } from '../../server/src/engine';
import { LspClient, SAMPLE_FILES, ensureBuilt, makeWorkspace, rangeOf, readSample, sortDiagnostics, uriOf } from './harness';

const WARNING_KINDS = new Set(['anonymous-source', 'unattributed-claim', 'headline-mismatch', 'factual-inconsistency']);

/** The diagnostics the server must publish for a text, computed from the engine in-process. */
function expectedDiagnostics(text: string): Pick<Diagnostic, 'code' | 'range' | 'severity' | 'message'>[] {
  const a = analyzeArticle(text);
  return sortDiagnostics([
    ...a.claims.map((c) => ({ code: c.kind, range: rangeOf(text, c.start, c.end), severity: WARNING_KINDS.has(c.kind) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information, message: c.message })),
    ...a.boilerplate.map((b) => ({ code: 'boilerplate', range: rangeOf(text, b.start, b.end), severity: DiagnosticSeverity.Hint, message: `Page residue, not part of the article (${b.reason}).` })),
    ...a.dates.filter((d) => d.problem).map((d) => ({ code: 'date-problem', range: rangeOf(text, d.start, d.end), severity: DiagnosticSeverity.Warning, message: d.problem! })),
  ]);
}

/** The engine's own diagnostics (leaving out the cross-article ones), in the same shape. */
function ownDiagnostics(ds: Diagnostic[]) {
  return sortDiagnostics(ds.filter((d) => !String(d.code).startsWith('cross-article'))).map(({ code, range, severity, message }) => ({ code, range, severity, message }));
}

describe('LSP diagnostics', function () {
  this.timeout(60_000);
  let client: LspClient;
  let workspace: string;

  before(async () => {
    ensureBuilt();
    workspace = await makeWorkspace();
    client = await LspClient.start({ workspace });
  });
  after(() => client.stop());

  for (const name of SAMPLE_FILES) {
    it(`publishes the engine's claims, boilerplate and date problems for ${name}`, async () => {
      const text = await readSample(name);
      const uri = uriOf(path.join(workspace, name));
      const opened = Date.now();
      await client.open(uri, text);
      const published = await client.diagnostics(uri, (p) => p.version === 1);
      console.log(`      didOpen -> publishDiagnostics: ${Date.now() - opened} ms`);
      assert.deepEqual(ownDiagnostics(published.diagnostics), expectedDiagnostics(text));
      for (const d of published.diagnostics) assert.equal(d.source, 'news-annotator');
      for (const d of published.diagnostics.filter((x) => x.code === 'boilerplate')) assert.deepEqual(d.tags, [DiagnosticTag.Unnecessary]);
    });
  }

  it('marks the share widget of sample 000 as unnecessary boilerplate', async () => {
    const name = SAMPLE_FILES[0];
    const text = await readSample(name);
    const published = await client.diagnostics(uriOf(path.join(workspace, name)), (p) => p.version === 1);
    const start = text.indexOf('Sebarkan artikel ini');
    const widget = published.diagnostics.filter((d) => d.code === 'boilerplate' && d.range.start.line === rangeOf(text, start, start).start.line);
    assert.deepEqual(widget.map((d) => [d.range, d.severity]), [[rangeOf(text, start, start + 'Sebarkan artikel ini'.length), DiagnosticSeverity.Hint]]);
  });

  it('re-analyses after incremental edits and never publishes a superseded version', async () => {
    const text = await readSample(SAMPLE_FILES[2]);
    const uri = uriOf(path.join(workspace, 'edited.txt'));
    await client.open(uri, text);
    const insertion = 'Kabar Terbaru\n\n';
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'X' }]);
    await client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: insertion }]);
    const latest = await client.diagnostics(uri, (p) => p.version === 3);
    assert.deepEqual(ownDiagnostics(latest.diagnostics), expectedDiagnostics(insertion + text));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const versions = client.publishedDiagnostics(uri).map((p) => p.version);
    assert.ok(!versions.includes(2), `version 2 was superseded before its debounce ended, yet published: ${versions}`);
    assert.equal(versions[versions.length - 1], 3);
  });

  it('analyses untitled documents in the news language, and ignores other languages', async () => {
    const text = await readSample(SAMPLE_FILES[3]);
    await client.open('untitled:Untitled-1', text, 1, 'news');
    const published = await client.diagnostics('untitled:Untitled-1');
    assert.deepEqual(ownDiagnostics(published.diagnostics), expectedDiagnostics(text));
    await client.open('untitled:Untitled-2', text, 1, 'markdown');
    await client.diagnostics('untitled:Untitled-1', (p) => p.version === 1);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-2' }, position: { line: 1, character: 80 } });
    assert.equal(hover, null);
    assert.deepEqual(client.publishedDiagnostics('untitled:Untitled-2'), []);
  });

  it('answers requests on one document while another, long one is still being analysed', async () => {
    const ready = SAMPLE_FILES[1];
    const text = await readSample(ready);
    const long = uriOf(path.join(workspace, 'long.txt'));
    await client.open(long, (text + '\n\n').repeat(300));
    const hover = await client.request<{ range: unknown } | null>('textDocument/hover', { textDocument: { uri: uriOf(path.join(workspace, ready)) }, position: rangeOf(text, text.indexOf('Putin') + 1, text.indexOf('Putin') + 1).start });
    assert.ok(hover?.range, 'hover on the analysed document');
    assert.deepEqual(client.publishedDiagnostics(long), [], 'the long document was still being analysed');
    const published = await client.diagnostics(long, () => true, 60_000);
    assert.equal(published.version, 1);
  });

  it('refuses a document over newsAnnotator.maxDocumentSize with one diagnostic', async () => {
    const uri = uriOf(path.join(workspace, 'huge.txt'));
    const huge = 'Presiden Vladimir Putin bertemu di Moskow. '.repeat(30_000);
    await client.open(uri, huge);
    const published = await client.diagnostics(uri);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.severity, d.range.start, d.message]),
      [['not-analysed', DiagnosticSeverity.Warning, { line: 0, character: 0 }, `Not analysed: the document has ${huge.length} characters, more than newsAnnotator.maxDocumentSize (1000000).`]],
    );
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 12 } });
    assert.equal(hover, null);
  });

  it('refuses a binary-looking document with one diagnostic', async () => {
    const uri = uriOf(path.join(workspace, 'binary.txt'));
    await client.open(uri, 'PK\u0003\u0004\u0000\u0000\u0014\u0000binary\u0000data');
    const published = await client.diagnostics(uri);
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['not-analysed']);
    assert.match(published.diagnostics[0].message, /looks binary/);
  });

  it('clears diagnostics when the document is closed', async () => {
    const uri = uriOf(path.join(workspace, 'binary.txt'));
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    const cleared = await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
  });
});
