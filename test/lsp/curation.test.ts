// Curation over stdio (dist/server.js): two annotators' layer files in a temporary workspace, the curate
// command through workspace/executeCommand, the disagreement diagnostics and their code actions.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams, Range } from 'vscode-languageserver';
import { CurationCommands, VisibleLayerNotification, type ArticleDisagreements, type CurationResult, type LayerInfo } from '../../server/src/curation/protocol';
import { emptyAnnotationFile, layerFilePath, parseAnnotationFile, serializeAnnotationFile } from '../../server/src/store/format';
import type { AnnotationFile, AnnotationLabel } from '../../server/src/store/schema';
import { createAnnotation } from '../../server/src/store/store';
import { LspClient, ensureBuilt, makeWorkspace, rangeOf, readSample, uriOf } from './harness';

const ARTICLE = '002_f649db04391ccbc3.txt';

describe('LSP curation', function () {
  this.timeout(60_000);
  let client: LspClient;
  let workspace: string;
  let text: string;
  let article: string;
  let uri: string;
  const execute = <T>(command: string, args: object) => client.request<T>('workspace/executeCommand', { command, arguments: [args] });
  const readCurated = async (): Promise<AnnotationFile> => parseAnnotationFile(await fs.readFile(layerFilePath(article, 'curated'), 'utf8'));
  /** The [start, end) of the first occurrence of `quote` at or after `from`. */
  const span = (quote: string, from = 0): [number, number] => {
    const at = text.indexOf(quote, from);
    assert.ok(at >= 0, `${quote} is in the sample`);
    return [at, at + quote.length];
  };
  const ours = (p: PublishDiagnosticsParams, code: string) => p.diagnostics.filter((d) => d.source === 'news-annotator' && d.code === code);
  const codeActions = (range: Range) => client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
  const run = (action: CodeAction | undefined) => {
    assert.ok(action?.command, 'the code action exists and carries a command');
    return client.request<CurationResult>('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
  };

  async function writeLayer(layer: string, annotator: string, marks: [[number, number], AnnotationLabel][]): Promise<void> {
    const data = emptyAnnotationFile(ARTICLE, layer);
    for (const [[start, end], label] of marks) data.annotations.push(createAnnotation(text, start, end, { label, origin: 'manual', annotator }));
    await fs.writeFile(layerFilePath(article, layer), serializeAnnotationFile(data));
  }

  before(async () => {
    ensureBuilt();
    workspace = await makeWorkspace();
    text = await readSample(ARTICLE);
    article = path.join(workspace, ARTICLE);
    uri = uriOf(article);
    const putin = span('Vladimir Putin');
    const moskow = span('Moskow');
    // Ana and Budi agree on Vladimir Putin; Ana says Moskow is a place, Budi an organisation; only Budi marks Kremlin.
    await writeLayer('ana', 'Ana', [[putin, 'PER'], [moskow, 'LOC']]);
    await writeLayer('budi', 'Budi', [[putin, 'PER'], [moskow, 'ORG'], [span('Kremlin'), 'ORG']]);
    client = await LspClient.start({ workspace, settings: { annotator: 'Curator' } });
    await client.open(uri, text);
    await client.diagnostics(uri);
  });
  after(async () => {
    await client.stop();
    await fs.rm(workspace, { recursive: true, force: true });
  });

  it('lists the layers found beside the article', async () => {
    const layers = await execute<LayerInfo[]>(CurationCommands.layers, { uri });
    assert.deepEqual(
      layers.map((l) => [l.layer, path.basename(l.file), l.annotations, l.annotators]),
      [
        ['ana', `${ARTICLE}.annotations.ana.json`, 2, ['Ana']],
        ['budi', `${ARTICLE}.annotations.budi.json`, 3, ['Budi']],
      ],
    );
  });

  it('curates: the agreed annotation is on disk at once, each disagreement is a diagnostic pointing at both layer files', async () => {
    const result = await execute<CurationResult>(CurationCommands.curate, { uri });
    assert.equal(result.added, 1);
    assert.deepEqual(result.annotators, ['ana', 'budi']);
    assert.deepEqual((await readCurated()).annotations.map((a) => [a.target.exact, a.label, a.annotator]), [['Vladimir Putin', 'PER', 'ana, budi']]);
    assert.deepEqual(
      result.open.map((d) => [d.text, d.differences, d.versions.map((v) => [v.layer, v.label])]),
      [
        ['Kremlin', ['presence'], [['ana', null], ['budi', 'ORG']]],
        ['Moskow', ['label'], [['ana', 'LOC'], ['budi', 'ORG']]],
      ],
    );

    const published = await client.diagnostics(uri, (p) => ours(p, 'curation-disagreement').length === 2);
    const [kremlin, moskow] = ours(published, 'curation-disagreement');
    assert.deepEqual(kremlin.range, rangeOf(text, ...span('Kremlin')));
    assert.equal(kremlin.message, 'annotators disagree (presence): ana: nothing; budi: ORG "Kremlin"');
    assert.equal(moskow.message, 'annotators disagree (label): ana: LOC "Moskow"; budi: ORG "Moskow"');
    /** The line of the layer file's entry for the layer's annotation of Moskow. */
    const entryLine = async (layer: string) => {
      const file = await fs.readFile(layerFilePath(article, layer), 'utf8');
      const id = parseAnnotationFile(file).annotations.find((a) => a.target.exact === 'Moskow')!.id;
      return file.split('\n').findIndex((l) => l.includes(`"id": "${id}"`));
    };
    assert.deepEqual(
      moskow.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.message]),
      [
        [pathToFileURL(layerFilePath(article, 'ana')).href, await entryLine('ana'), `ana's version in ${ARTICLE}.annotations.ana.json`],
        [pathToFileURL(layerFilePath(article, 'budi')).href, await entryLine('budi'), `budi's version in ${ARTICLE}.annotations.budi.json`],
      ],
    );
    assert.deepEqual(kremlin.relatedInformation?.[0], { location: { uri, range: rangeOf(text, ...span('Kremlin')) }, message: 'ana marked nothing here' });
  });

  it("offers take/edit/reject-all on a disagreement beside the annotation actions, and applies \"take ana's\"", async () => {
    const range = rangeOf(text, ...span('Moskow'));
    const actions = await codeActions(range);
    const curation = actions.filter((a) => a.command?.command === CurationCommands.decide || a.command?.command === 'newsAnnotator.editDisagreement');
    assert.deepEqual(
      curation.map((a) => a.title),
      ["Take ana's version (LOC \"Moskow\")", "Take budi's version (ORG \"Moskow\")", 'Edit…', 'Reject all'],
    );
    assert.ok(actions.some((a) => a.title === 'Tag "Moskow" as LOC'), 'the annotation actions are still offered');
    const edit = curation.find((a) => a.title === 'Edit…')!;
    assert.equal(edit.command?.command, 'newsAnnotator.editDisagreement');
    assert.deepEqual((edit.diagnostics as Diagnostic[]).map((d) => d.code), ['curation-disagreement']);

    const result = await run(curation.find((a) => a.title.startsWith("Take ana's")));
    assert.deepEqual(result.open.map((d) => d.text), ['Kremlin']);
    assert.deepEqual(
      (await readCurated()).annotations.map((a) => [a.target.exact, a.label, a.annotator]),
      [
        ['Vladimir Putin', 'PER', 'ana, budi'],
        ['Moskow', 'LOC', 'Ana'],
      ],
    );
    const published = await client.diagnostics(uri, (p) => ours(p, 'curation-disagreement').length === 1);
    assert.deepEqual(ours(published, 'curation-disagreement').map((d) => d.message), ['annotators disagree (presence): ana: nothing; budi: ORG "Kremlin"']);
    assert.deepEqual(
      (await codeActions(range)).filter((a) => a.command?.command === CurationCommands.decide),
      [],
      'a decided disagreement has no curation actions left',
    );
  });

  it('rejects all on the last disagreement, and undo brings it back', async () => {
    const actions = await codeActions(rangeOf(text, ...span('Kremlin')));
    const result = await run(actions.find((a) => a.title === 'Reject all'));
    assert.deepEqual(result.open, []);
    assert.deepEqual((await readCurated()).rejected.map((r) => [r.target.exact, r.label, r.annotator]), [['Kremlin', 'ORG', 'Curator']]);
    await client.diagnostics(uri, (p) => ours(p, 'curation-disagreement').length === 0 && p.diagnostics.length > 0);
    assert.deepEqual(await execute(CurationCommands.undo, { uri }), { undone: true });
    assert.deepEqual((await readCurated()).rejected, []);
    await client.diagnostics(uri, (p) => ours(p, 'curation-disagreement').length === 1 && p === client.publishedDiagnostics(uri).at(-1));
  });

  it('settles a disagreement with the curator\'s own label and range (what "Edit…" sends)', async () => {
    const [id] = (await execute<CurationResult>(CurationCommands.curate, { uri })).open.map((d) => d.id);
    const result = await execute<CurationResult>(CurationCommands.decide, { uri, id, label: 'LOC', range: rangeOf(text, ...span('Kremlin')) });
    assert.deepEqual(result.open, []);
    const kremlin = (await readCurated()).annotations.find((a) => a.target.exact === 'Kremlin')!;
    assert.deepEqual([kremlin.label, kremlin.annotator, kremlin.origin], ['LOC', 'Curator', 'manual']);
    await assert.rejects(execute(CurationCommands.decide, { uri, id, rejectAll: true }), /is no longer open/);
    await execute(CurationCommands.undo, { uri });
  });

  it('lists open disagreements per article and reports agreement over the workspace', async () => {
    const other = uriOf(path.join(workspace, '000_7bbce5a2da076de1.txt'));
    const listed = await execute<ArticleDisagreements[]>(CurationCommands.disagreements, { uris: [uri, other] });
    assert.deepEqual(
      listed.map((a) => [a.uri, a.curated, a.annotators, a.open.map((d) => d.text)]),
      [
        [uri, true, ['ana', 'budi'], ['Kremlin']],
        [other, false, [], []],
      ],
    );
    const report = await execute<{ lines: string[]; problems: string[] }>(CurationCommands.agreement, { inputs: [workspace], by: 'label' });
    assert.match(report.lines[0], /^2 annotators \(ana, budi\), 1 articles, \d+ tokens$/);
    assert.ok(report.lines.includes('  ana vs budi: kappa 1.000  P 1.000  R 1.000  F1 1.000  (1/1 ref, 1 cmp)'), report.lines.join('\n'));
    assert.deepEqual(report.problems, []);
  });

  it('shows the visible layer as hints whose message says who annotated what', async () => {
    await client.notify(VisibleLayerNotification, { layer: 'budi' });
    const published = await client.diagnostics(uri, (p) => ours(p, 'layer-annotation').length === 3);
    const hints = ours(published, 'layer-annotation');
    assert.deepEqual(hints.map((d) => d.severity), [4, 4, 4]);
    const moskow = hints.find((d) => d.message.startsWith('ORG "Moskow"'))!;
    assert.match(moskow.message, /^ORG "Moskow" by Budi \(budi layer, tagged by hand, \d{4}-\d\d-\d\d\)\. Other layers: ana: LOC "Moskow"; curated: LOC "Moskow"$/);
    assert.match(hints.find((d) => d.message.startsWith('PER'))!.message, /Other layers: ana: same; curated: same$/);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: rangeOf(text, ...span('Moskow')).start });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\n\n---\n\nORG "Moskow" by Budi \\\(budi layer, tagged by hand, \d{4}\\-\d\d\\-\d\d\\\)\n\nOther layers: ana: LOC "Moskow"; curated: LOC "Moskow"$/);
    await client.notify(VisibleLayerNotification, { layer: 'suggestions' });
    await client.diagnostics(uri, (p) => ours(p, 'layer-annotation').length === 0 && p === client.publishedDiagnostics(uri).at(-1));
  });
});
