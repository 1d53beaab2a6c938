// Curation applied to the store, in temporary folders: layer discovery, agreed annotations written to the
// curated layer, and each kind of decision (take one version, edit, reject all), with undo.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { discoverLayerFiles, readArticleLayers } from '../../server/src/agreement/layers';
import { curateArticle, curationState, decide, readAnnotatorLayers, undoCuration } from '../../server/src/curation/curate';
import { layerFilePath, parseAnnotationFile, serializeAnnotationFile, emptyAnnotationFile } from '../../server/src/store/format';
import type { AnnotationFile, AnnotationLabel } from '../../server/src/store/schema';
import { AnnotationStore, BrokenStoreFileError, createAnnotation } from '../../server/src/store/store';

const TEXT = 'Presiden Joko Widodo bertemu Prabowo Subianto di Jakarta pada 3 Mei 2024. Polisi menyebut situasi aman.\n';
const span = (s: string) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length] as const;

/** Writes a layer file as an annotator's editor would. */
async function writeLayer(article: string, layer: string, annotator: string, marks: [string, AnnotationLabel, string?][]): Promise<void> {
  const data: AnnotationFile = emptyAnnotationFile(path.basename(article), layer);
  for (const [quote, label, entity] of marks) {
    data.annotations.push(createAnnotation(TEXT, ...span(quote), { label, origin: 'manual', annotator, ...(entity ? { entity } : {}) }));
  }
  await fs.writeFile(layerFilePath(article, layer), serializeAnnotationFile(data));
}

const readCurated = async (article: string) => parseAnnotationFile(await fs.readFile(layerFilePath(article, 'curated'), 'utf8'));
const marks = (f: AnnotationFile) => f.annotations.map((a) => [a.target.exact, a.label, a.annotator]);

describe('curation on the store', () => {
  let dir: string;
  let article: string;
  let store: AnnotationStore;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'news-curation-'));
    article = path.join(dir, 'berita.txt');
    await fs.writeFile(article, TEXT);
    // Ana and Budi agree on Jakarta and the date; they disagree on Joko Widodo's span, on Prabowo's label, and Budi alone marks Polisi.
    await writeLayer(article, 'ana', 'Ana', [['Joko Widodo', 'PER', 'jokowi'], ['Prabowo Subianto', 'PER'], ['Jakarta', 'LOC'], ['3 Mei 2024', 'DATE']]);
    await writeLayer(article, 'budi', 'Budi', [['Widodo', 'PER'], ['Prabowo Subianto', 'ORG'], ['Jakarta', 'LOC'], ['3 Mei 2024', 'DATE'], ['Polisi', 'ORG']]);
    store = new AnnotationStore();
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('discovers the layer files beside an article, whatever form the article path is given in', async () => {
    await fs.writeFile(path.join(dir, 'berita.txt.annotations.Bad Name.json'), '{}');
    await fs.writeFile(path.join(dir, 'lain.txt.annotations.ana.json'), '{}');
    const expected = [['ana', path.join(dir, 'berita.txt.annotations.ana.json')], ['budi', path.join(dir, 'berita.txt.annotations.budi.json')]];
    assert.deepEqual([...(await discoverLayerFiles(article))], expected);
    const relative = path.relative(process.cwd(), article);
    assert.deepEqual([...(await discoverLayerFiles(`./${relative}`))].map(([layer]) => layer), ['ana', 'budi']);
    assert.deepEqual([...(await discoverLayerFiles(path.join(dir, 'missing', 'x.txt')))], []);
  });

  it('reads layers for the agreement report with the store parser, leaving a broken one out with a message', async () => {
    await fs.writeFile(layerFilePath(article, 'carol'), '{"schema": "news-annotator/annotations", "version": 2}');
    const warnings: string[] = [];
    const read = await readArticleLayers(article, TEXT, (m) => warnings.push(m));
    assert.deepEqual([...read.layers.keys()], ['ana', 'budi']);
    assert.deepEqual(read.layers.get('ana')!.map((s) => [TEXT.slice(s.start, s.end), s.label, s.entity]), [
      ['Joko Widodo', 'PER', 'jokowi'],
      ['Prabowo Subianto', 'PER', undefined],
      ['Jakarta', 'LOC', undefined],
      ['3 Mei 2024', 'DATE', undefined],
    ]);
    assert.deepEqual(warnings, [`${layerFilePath(article, 'carol')}: version: unsupported version 2 (this build reads version 1); layer left out`]);
  });

  it('refuses to curate over a broken annotator layer, naming the file', async () => {
    await fs.writeFile(layerFilePath(article, 'carol'), '{"schema": ');
    await assert.rejects(readAnnotatorLayers(article, TEXT), (e: unknown) => e instanceof BrokenStoreFileError && e.file === layerFilePath(article, 'carol'));
  });

  it('writes the agreed annotations to the curated layer at once and lists the disagreements', async () => {
    const result = await curateArticle(store, article, TEXT);
    assert.equal(result.added, 2);
    const curated = await readCurated(article);
    assert.deepEqual(marks(curated), [['Jakarta', 'LOC', 'ana, budi'], ['3 Mei 2024', 'DATE', 'ana, budi']]);
    assert.equal(curated.layer, 'curated');
    assert.deepEqual(
      result.open.map((d) => [TEXT.slice(d.start, d.end), d.differences, Object.entries(d.versions).map(([w, v]) => [w, v && v.label, v && v.target.exact])]),
      [
        ['Joko Widodo', ['span', 'entity'], [['ana', 'PER', 'Joko Widodo'], ['budi', 'PER', 'Widodo']]],
        ['Prabowo Subianto', ['label'], [['ana', 'PER', 'Prabowo Subianto'], ['budi', 'ORG', 'Prabowo Subianto']]],
        ['Polisi', ['presence'], [['ana', null, null], ['budi', 'ORG', 'Polisi']]],
      ],
    );
    const again = await curateArticle(new AnnotationStore(), article, TEXT);
    assert.equal(again.added, 0, 'running it again adds nothing twice');
    assert.equal((await readCurated(article)).annotations.length, 2);
  });

  it('creates the curated file even when nothing is agreed, which marks the article as under curation', async () => {
    await fs.rm(layerFilePath(article, 'budi'));
    await writeLayer(article, 'budi', 'Budi', [['Polisi', 'ORG']]);
    const result = await curateArticle(store, article, TEXT);
    assert.equal(result.added, 0);
    assert.deepEqual((await readCurated(article)).annotations, []);
    assert.equal(result.open.length, 5);
  });

  it("takes one annotator's version, edits another, rejects a third, and undoes the last decision", async () => {
    const { open } = await curateArticle(store, article, TEXT);
    const [joko, prabowo, polisi] = open.map((d) => d.id);

    let state = await decide(store, article, TEXT, joko, { kind: 'take', layer: 'ana' }, 'Cici');
    assert.deepEqual(state.open.map((d) => d.id), [prabowo, polisi]);
    const taken = (await readCurated(article)).annotations.find((a) => a.target.exact === 'Joko Widodo')!;
    assert.deepEqual([taken.label, taken.entity, taken.annotator, taken.origin], ['PER', 'jokowi', 'Ana', 'manual']);

    state = await decide(store, article, TEXT, prabowo, { kind: 'edit', label: 'PER', start: span('Prabowo')[0], end: span('Prabowo')[1] }, 'Cici');
    assert.deepEqual(state.open.map((d) => d.id), [polisi]);

    state = await decide(store, article, TEXT, polisi, { kind: 'rejectAll' }, 'Cici');
    assert.deepEqual(state.open, []);
    let curated = await readCurated(article);
    assert.deepEqual(marks(curated), [
      ['Joko Widodo', 'PER', 'Ana'],
      ['Prabowo', 'PER', 'Cici'],
      ['Jakarta', 'LOC', 'ana, budi'],
      ['3 Mei 2024', 'DATE', 'ana, budi'],
    ]);
    assert.deepEqual(curated.rejected.map((r) => [r.target.exact, r.label, r.annotator]), [['Polisi', 'ORG', 'Cici']]);

    // The decisions live in the file: a fresh store (a restart, a colleague's clone) sees the same open list.
    assert.deepEqual((await curationState(new AnnotationStore(), article, TEXT)).open, []);

    assert.equal(await undoCuration(store, article, TEXT), true);
    curated = await readCurated(article);
    assert.deepEqual(curated.rejected, []);
    assert.deepEqual((await curationState(store, article, TEXT)).open.map((d) => d.id), [polisi]);
  });

  it("takes the version of an annotator who marked nothing as a rejection, and refuses stale or foreign decisions", async () => {
    const { open } = await curateArticle(store, article, TEXT);
    const polisi = open[2].id;
    await assert.rejects(decide(store, article, TEXT, polisi, { kind: 'take', layer: 'zed' }, 'Cici'), /'zed' is not one of the annotators of this disagreement \(ana, budi\)/);
    await assert.rejects(decide(store, article, TEXT, polisi, { kind: 'edit', label: 'CLAIM', start: span('Polisi')[0], end: span('Polisi')[1] }, 'Cici'), /not a claim/);
    const state = await decide(store, article, TEXT, polisi, { kind: 'take', layer: 'ana' }, 'Cici');
    assert.equal(state.open.length, 2);
    assert.deepEqual((await readCurated(article)).rejected.map((r) => r.target.exact), ['Polisi']);
    await assert.rejects(decide(store, article, TEXT, polisi, { kind: 'rejectAll' }, 'Cici'), /is no longer open/);
  });

  it('merges its decisions with another curator writing the curated file', async () => {
    const { open } = await curateArticle(store, article, TEXT);
    await decide(store, article, TEXT, open[0].id, { kind: 'take', layer: 'budi' }, 'Cici');
    // Another window adds a curated annotation behind this store's back.
    const other = new AnnotationStore();
    const theirs = await other.open(article, 'curated');
    await other.edit(theirs, (d) => d.annotations.push(createAnnotation(TEXT, ...span('Prabowo Subianto'), { label: 'PER', origin: 'manual', annotator: 'Dewi' })));
    const state = await decide(store, article, TEXT, open[2].id, { kind: 'take', layer: 'budi' }, 'Cici');
    assert.deepEqual(state.open, []);
    assert.deepEqual(marks(await readCurated(article)), [
      ['Widodo', 'PER', 'Budi'],
      ['Prabowo Subianto', 'PER', 'Dewi'],
      ['Jakarta', 'LOC', 'ana, budi'],
      ['3 Mei 2024', 'DATE', 'ana, budi'],
      ['Polisi', 'ORG', 'Budi'],
    ]);
  });
});
