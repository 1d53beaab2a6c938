// The annotating loop over stdio (dist/server.js): code actions and workspace/executeCommand write the
// annotator's layer file beside the article; orphans and broken files get diagnostics.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver';
import type { ArticleState } from '../../server/src/annotations/protocol';
import { ServerCommands } from '../../server/src/annotations/protocol';
import { parseAnnotationFile } from '../../server/src/store/format';
import type { AnnotationFile } from '../../server/src/store/schema';
import { LspClient, ensureBuilt, makeWorkspace, rangeOf, readSample, uriOf } from './harness';

const ARTICLE = '002_f649db04391ccbc3.txt';
const ARABIC = '004_7ce82b79e7fbb217.txt';

describe('LSP annotations', function () {
  this.timeout(60_000);
  let client: LspClient;
  let workspace: string;
  const uri = (name: string) => uriOf(path.join(workspace, name));
  const layerFile = (name: string) => path.join(workspace, `${name}.annotations.tester.json`);
  const readLayer = async (name: string): Promise<AnnotationFile> => parseAnnotationFile(await fs.readFile(layerFile(name), 'utf8'));
  const execute = <T>(command: string, args: object) => client.request<T>('workspace/executeCommand', { command, arguments: [args] });
  const state = (name: string) => execute<ArticleState>(ServerCommands.state, { uri: uri(name) });
  const codeActions = (name: string, range: Range) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(name) }, range, context: { diagnostics: [] } });
  const run = (action: CodeAction | undefined) => {
    assert.ok(action?.command, 'the code action exists and carries a command');
    return client.request('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
  };

  before(async () => {
    ensureBuilt();
    workspace = await makeWorkspace();
    client = await LspClient.start({ workspace, settings: { annotator: 'Tester' } });
    for (const name of [ARTICLE, ARABIC]) {
      await client.open(uri(name), await readSample(name));
      await client.diagnostics(uri(name));
    }
  });
  after(async () => {
    await client.stop();
    await fs.rm(workspace, { recursive: true, force: true });
  });

  it('accepts a suggestion with its code action and writes the annotation to disk', async () => {
    const before = await state(ARTICLE);
    assert.equal(before.annotator, 'Tester');
    assert.equal(before.reviewed, 0);
    const suggestion = before.suggestions.find((s) => s.label === 'PER')!;
    assert.ok(suggestion, 'the engine suggests a person');
    const actions = await codeActions(ARTICLE, suggestion.range);
    await run(actions.find((a) => a.title === `Accept PER suggestion "${suggestion.text}"`));
    const layer = await readLayer(ARTICLE);
    assert.deepEqual(
      layer.annotations.map((a) => [a.label, a.target.exact, a.origin, a.annotator]),
      [['PER', suggestion.text, 'suggestion', 'Tester']],
    );
    const text = await readSample(ARTICLE);
    assert.deepEqual(rangeOf(text, layer.annotations[0].target.start, layer.annotations[0].target.end), suggestion.range);
    const after = await state(ARTICLE);
    assert.deepEqual([after.reviewed, after.total], [after.suggestions.filter((s) => s.status === 'accepted').length, before.total]);
    assert.equal(after.suggestions.find((s) => s.text === suggestion.text && s.range.start.line === suggestion.range.start.line && s.range.start.character === suggestion.range.start.character)?.status, 'accepted');
  });

  it('rejects a suggestion: remembered in the file and not offered again', async () => {
    const pending = (await state(ARTICLE)).suggestions.find((s) => s.status === 'pending' && s.label === 'LOC')!;
    const actions = await codeActions(ARTICLE, pending.range);
    await run(actions.find((a) => a.title === `Reject LOC suggestion "${pending.text}"`));
    const layer = await readLayer(ARTICLE);
    assert.deepEqual(layer.rejected.map((r) => [r.label, r.target.exact, r.annotator]), [['LOC', pending.text, 'Tester']]);
    const again = await codeActions(ARTICLE, pending.range);
    assert.equal(again.find((a) => a.title.includes(`suggestion "${pending.text}"`) && a.title.includes('LOC')), undefined);
    const status = (await state(ARTICLE)).suggestions.find((s) => s.label === 'LOC' && s.range.start.line === pending.range.start.line && s.range.start.character === pending.range.start.character)?.status;
    assert.equal(status, 'rejected');
  });

  it('tags a range by executeCommand, sets a claim verdict, and undoes the last change', async () => {
    const text = await readSample(ARTICLE);
    const start = text.indexOf('Moskow');
    const { id } = await execute<{ id: string }>(ServerCommands.tag, { uri: uri(ARTICLE), range: rangeOf(text, start, start + 6), label: 'ORG' });
    let layer = await readLayer(ARTICLE);
    const tagged = layer.annotations.find((a) => a.id === id)!;
    assert.deepEqual([tagged.label, tagged.target.start, tagged.target.exact, tagged.origin], ['ORG', start, 'Moskow', 'manual']);

    await execute(ServerCommands.relabel, { uri: uri(ARTICLE), id, label: 'LOC' });
    layer = await readLayer(ARTICLE);
    assert.equal(layer.annotations.find((a) => a.id === id)!.label, 'LOC');

    await execute(ServerCommands.undo, { uri: uri(ARTICLE) });
    layer = await readLayer(ARTICLE);
    assert.equal(layer.annotations.find((a) => a.id === id)!.label, 'ORG');

    const sentenceEnd = text.indexOf('.', start) + 1;
    const claim = await execute<{ id: string }>(ServerCommands.tag, { uri: uri(ARTICLE), range: rangeOf(text, start, sentenceEnd), label: 'CLAIM' });
    await execute(ServerCommands.setVerdict, { uri: uri(ARTICLE), id: claim.id, verdict: 'misleading', note: 'no source given' });
    layer = await readLayer(ARTICLE);
    const saved = layer.annotations.find((a) => a.id === claim.id)!;
    assert.deepEqual([saved.label, saved.verdict, saved.note], ['CLAIM', 'misleading', 'no source given']);
    const published = await client.diagnostics(uri(ARTICLE), (p) => p.diagnostics.some((d) => d.code === 'claim-misleading'));
    const diagnostic = published.diagnostics.find((d) => d.code === 'claim-misleading')!;
    assert.equal(diagnostic.message, 'claim (misleading): no source given');
    assert.deepEqual(diagnostic.range, rangeOf(text, start, sentenceEnd));
  });

  it('accepts all pending suggestions of one label in one undoable step', async () => {
    const before = await state(ARABIC);
    const pendingLoc = before.suggestions.filter((s) => s.status === 'pending' && s.label === 'LOC');
    assert.ok(pendingLoc.length >= 3, 'the engine suggests places in the Arabic sample');
    const { added } = await execute<{ added: number }>(ServerCommands.acceptAll, { uri: uri(ARABIC), label: 'LOC' });
    assert.equal(added, pendingLoc.length);
    const layer = await readLayer(ARABIC);
    assert.deepEqual(layer.annotations.map((a) => a.target.exact).sort(), pendingLoc.map((s) => s.text).sort());
    assert.ok(layer.annotations.every((a) => a.label === 'LOC' && a.origin === 'suggestion'));
    await execute(ServerCommands.undo, { uri: uri(ARABIC) });
    assert.deepEqual((await readLayer(ARABIC)).annotations, []);
  });

  it('links a mention to a new registry entity and adds spellings per language', async () => {
    const text = await readSample(ARABIC);
    const start = text.indexOf('بوتين');
    const { id } = await execute<{ id: string }>(ServerCommands.tag, { uri: uri(ARABIC), range: rangeOf(text, start, start + 5), label: 'PER' });
    const created = await execute<{ entity: string }>(ServerCommands.link, { uri: uri(ARABIC), id, create: { canonical: 'Vladimir Putin', type: 'PER' } });
    assert.equal(created.entity, 'vladimir-putin');
    const registry = JSON.parse(await fs.readFile(path.join(workspace, 'entities.json'), 'utf8'));
    assert.deepEqual(registry.entities['vladimir-putin'], { type: 'PER', canonical: 'Vladimir Putin', aliases: { arb: ['بوتين'] } });
    assert.equal((await readLayer(ARABIC)).annotations.find((a) => a.id === id)!.entity, 'vladimir-putin');
    const found = await execute<{ key: string; source: string }[]>(ServerCommands.searchEntities, { uri: uri(ARABIC), query: 'بوتين' });
    assert.deepEqual(found[0], { key: 'vladimir-putin', type: 'PER', canonical: 'Vladimir Putin', matched: 'بوتين', spellings: ['Vladimir Putin', 'بوتين'], source: 'registry' });
    await execute(ServerCommands.remove, { uri: uri(ARABIC), id });
  });

  it('exports the workspace through the export command, reporting progress', async () => {
    const out = path.join(workspace, 'export', 'data.jsonl');
    const report = await client.request<{ articles: number; spans: number; files: string[]; problems: string[]; cancelled: boolean }>('workspace/executeCommand', {
      command: ServerCommands.export,
      arguments: [{ format: 'jsonl', inputs: [workspace], out, includeSuggestions: false }],
      workDoneToken: 'export-1',
    });
    assert.deepEqual({ ...report, spans: undefined }, { articles: 5, spans: undefined, files: [out], problems: [], warnings: [], cancelled: false });
    const lines = (await fs.readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    const annotated = (await readLayer(ARTICLE)).annotations.filter((a) => !a.orphaned);
    assert.equal(report.spans, lines.reduce((n, l) => n + l.entities.length + l.dates.length + l.claims.length, 0));
    const line = lines.find((l) => l.meta.file === ARTICLE);
    assert.deepEqual(
      [...line.entities.map((e: [number, number, string]) => e), ...line.claims.map((c: { start: number; end: number }) => [c.start, c.end, 'CLAIM'])].sort((x: number[], y: number[]) => x[0] - y[0] || x[1] - y[1]),
      annotated.map((a) => [a.target.start, a.target.end, a.label]).sort((x, y) => (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number)),
    );
    const reports = client.progress.filter((p) => (p as { token: string }).token === 'export-1').map((p) => (p as { value: { kind: string } }).value.kind);
    assert.deepEqual([reports[0], reports[reports.length - 1], reports.length], ['begin', 'end', 7]);
  });

  it('keeps an annotation whose text was deleted as an orphan, with a diagnostic and code actions', async () => {
    const text = await readSample(ARABIC);
    const start = text.indexOf('الكرملين');
    const { id } = await execute<{ id: string }>(ServerCommands.tag, { uri: uri(ARABIC), range: rangeOf(text, start, start + 8), label: 'LOC' });
    const range = rangeOf(text, start, start + 8);
    await client.change(uri(ARABIC), 2, [{ range, text: '' }]);
    const published = await client.diagnostics(uri(ARABIC), (p) => p.diagnostics.some((d: Diagnostic) => d.code === 'orphaned-annotation'));
    const orphan = published.diagnostics.find((d) => d.code === 'orphaned-annotation')!;
    assert.equal(orphan.message, `orphaned annotation: LOC "الكرملين" is no longer in the article (kept in ${path.basename(layerFile(ARABIC))}); re-attach or delete it`);
    const actions = await codeActions(ARABIC, orphan.range);
    assert.ok(actions.some((a) => a.title === 'Delete orphaned LOC "الكرملين"'));
    const onDisk = (await readLayer(ARABIC)).annotations.find((a) => a.id === id);
    assert.equal(onDisk?.target.exact, 'الكرملين');

    // The text comes back (an undo in the editor): the annotation re-anchors and the diagnostic goes.
    await client.change(uri(ARABIC), 3, [{ range: { start: range.start, end: range.start }, text: 'الكرملين' }]);
    await client.diagnostics(uri(ARABIC), (p) => p.version === 3 && !p.diagnostics.some((d) => d.code === 'orphaned-annotation'));
    const view = (await state(ARABIC)).annotations.find((a) => a.id === id)!;
    assert.deepEqual([view.orphaned, view.range], [false, range]);
  });

  it('reports a hand-broken layer file, refuses to write it, and repairs it after a backup', async () => {
    const name = '003_6b55d47fc30c3144.txt';
    const broken = '{ "schema": "news-annotator/annotations", "version": 1, "annotations": [ oops ] }';
    await fs.writeFile(layerFile(name), broken);
    const text = await readSample(name);
    await client.open(uri(name), text);
    const onArticle = await client.diagnostics(uri(name), (p) => p.diagnostics.some((d) => d.code === 'broken-annotation-file'));
    assert.match(onArticle.diagnostics.find((d) => d.code === 'broken-annotation-file')!.message, /003_6b55d47fc30c3144\.txt\.annotations\.tester\.json is broken \(not valid JSON/);
    const onFile = await client.diagnostics(uriOf(layerFile(name)));
    assert.equal(onFile.diagnostics[0].range.start.character, broken.indexOf('oops'));

    await assert.rejects(
      execute(ServerCommands.tag, { uri: uri(name), range: rangeOf(text, 0, 5), label: 'LOC' }),
      /is broken \(not valid JSON.*left untouched until repaired/,
    );
    assert.equal(await fs.readFile(layerFile(name), 'utf8'), broken);

    const repaired = await execute<{ backup: string }>(ServerCommands.repair, { file: layerFile(name) });
    assert.equal(await fs.readFile(repaired.backup, 'utf8'), broken);
    assert.deepEqual((await readLayer(name)).annotations, []);
  });
});
