// The annotation store: re-anchoring after edits, orphans, the file format, broken files, other writers, undo.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { anchorTarget, bestCandidate, makeTarget } from '../../server/src/store/anchor';
import { layerFilePath, parseAnnotationFile, serializeAnnotationFile } from '../../server/src/store/format';
import { mergeLayerFiles } from '../../server/src/store/merge';
import type { AnnotationFile } from '../../server/src/store/schema';
import { anchorAnnotations, AnnotationStore, BrokenStoreFileError, createAnnotation } from '../../server/src/store/store';

const TEXT = 'Presiden Ahmed al-Shara mengunjungi Moskow, Rusia. Di Kremlin, Putin menyambut Ahmed al-Shara dengan hangat.';
const FIRST = TEXT.indexOf('Ahmed al-Shara');
const SECOND = TEXT.lastIndexOf('Ahmed al-Shara');
const LEN = 'Ahmed al-Shara'.length;

const span = (text: string, r: { start: number; end: number } | null) => r && text.slice(r.start, r.end);

describe('store anchoring', () => {
  it('keeps the position when the quote is still there', () => {
    const target = makeTarget(TEXT, SECOND, SECOND + LEN);
    assert.deepEqual(anchorTarget(TEXT + ' Tambahan di akhir.', target), { start: SECOND, end: SECOND + LEN, method: 'position' });
  });

  it('follows an insertion before the span, choosing the occurrence whose context matches', () => {
    const target = makeTarget(TEXT, SECOND, SECOND + LEN);
    const edited = 'JAKARTA - ' + TEXT;
    assert.deepEqual(anchorTarget(edited, target), { start: SECOND + 10, end: SECOND + 10 + LEN, method: 'quote' });
    const first = makeTarget(TEXT, FIRST, FIRST + LEN);
    assert.deepEqual(anchorTarget(edited, first), { start: FIRST + 10, end: FIRST + 10 + LEN, method: 'quote' });
  });

  it('follows a deletion before the span', () => {
    const target = makeTarget(TEXT, SECOND, SECOND + LEN);
    const edited = TEXT.replace('Di Kremlin, ', '');
    assert.deepEqual(anchorTarget(edited, target), { start: SECOND - 12, end: SECOND - 12 + LEN, method: 'quote' });
  });

  it('grows with an insertion inside the span (found between its intact prefix and suffix)', () => {
    const target = makeTarget(TEXT, SECOND, SECOND + LEN);
    const edited = TEXT.replace('menyambut Ahmed al-Shara', 'menyambut Ahmed Hussein al-Shara');
    assert.deepEqual(anchorTarget(edited, target), { start: SECOND, end: SECOND + LEN + 8, method: 'context' });
    assert.equal(span(edited, anchorTarget(edited, target)), 'Ahmed Hussein al-Shara');
  });

  it('shrinks with a deletion inside the span', () => {
    const target = makeTarget(TEXT, FIRST, FIRST + LEN);
    const edited = TEXT.replace('Presiden Ahmed al-Shara', 'Presiden Ahmed Shara');
    assert.deepEqual(anchorTarget(edited, target), { start: FIRST, end: FIRST + 11, method: 'context' });
  });

  it('finds a slightly respelled span whose context also changed (fuzzy)', () => {
    const target = makeTarget(TEXT, FIRST, FIRST + LEN);
    const edited = TEXT.replace('Presiden Ahmed al-Shara', 'Presiden: Ahmed al-Syara');
    assert.deepEqual(anchorTarget(edited, target), { start: FIRST + 1, end: FIRST + 1 + LEN, method: 'fuzzy' });
    assert.equal(span(edited, anchorTarget(edited, target)), 'Ahmed al-Syara');
  });

  it('is unaffected by an insertion after the span', () => {
    const target = makeTarget(TEXT, FIRST, FIRST + LEN);
    const edited = TEXT.replace('dengan hangat', 'dengan sangat hangat');
    assert.deepEqual(anchorTarget(edited, target), { start: FIRST, end: FIRST + LEN, method: 'position' });
  });

  it('works on Arabic text with a proclitic outside the span', () => {
    const ar = 'التقى الرئيس السوري أحمد الشرع بالرئيس فلاديمير بوتين وناقشا العلاقات مع روسيا.';
    const at = ar.indexOf('فلاديمير بوتين');
    const target = makeTarget(ar, at, at + 14);
    const edited = 'موسكو - ' + ar.replace('بالرئيس', 'بالرئيس الروسي');
    const found = anchorTarget(edited, target);
    assert.equal(found?.method, 'quote');
    assert.equal(span(edited, found), 'فلاديمير بوتين');
    assert.equal(found?.start, edited.indexOf('فلاديمير'));
  });

  it('returns null when the span was deleted, and the best candidate searches more loosely', () => {
    const target = makeTarget(TEXT, FIRST, FIRST + LEN);
    const deleted = TEXT.replace('Presiden Ahmed al-Shara mengunjungi', 'Dia mengunjungi').replace('Ahmed al-Shara dengan', 'tamunya dengan');
    assert.equal(anchorTarget(deleted, target), null);
    assert.equal(bestCandidate(deleted, target), null);
    const respelled = deleted.replace('tamunya', 'Ahmad al-Sharaa');
    assert.equal(span(respelled, bestCandidate(respelled, target)), 'Ahmad al-Sharaa');
  });
});

describe('store orphans', () => {
  it('marks an annotation orphaned (never drops it) and re-attaches when the text comes back', () => {
    const file: AnnotationFile = {
      schema: 'news-annotator/annotations',
      version: 1,
      article: 'a.txt',
      layer: 'ana',
      annotations: [createAnnotation(TEXT, FIRST, FIRST + LEN, { label: 'PER', origin: 'manual', annotator: 'Ana' })],
      rejected: [],
    };
    const removed = TEXT.replace('Presiden Ahmed al-Shara mengunjungi', 'Dia mengunjungi').replace('Ahmed al-Shara dengan', 'tamunya dengan');
    assert.equal(anchorAnnotations(file, removed), true);
    assert.equal(file.annotations.length, 1);
    assert.equal(file.annotations[0].orphaned, true);
    assert.deepEqual(file.annotations[0].target, makeTarget(TEXT, FIRST, FIRST + LEN));
    assert.equal(anchorAnnotations(file, TEXT), true);
    assert.equal(file.annotations[0].orphaned, undefined);
    assert.deepEqual(file.annotations[0].target, makeTarget(TEXT, FIRST, FIRST + LEN));
  });
});

describe('store file format', () => {
  const file: AnnotationFile = {
    schema: 'news-annotator/annotations',
    version: 1,
    article: 'a.txt',
    layer: 'ana',
    annotations: [
      { ...createAnnotation(TEXT, SECOND, SECOND + LEN, { label: 'PER', entity: 'ahmed-al-sharaa', origin: 'suggestion', annotator: 'Ana', created: '2025-01-02T00:00:00.000Z' }), id: 'b' },
      { ...createAnnotation(TEXT, FIRST, FIRST + LEN, { label: 'PER', origin: 'manual', annotator: 'Ana', created: '2025-01-01T00:00:00.000Z' }), id: 'a' },
    ],
    rejected: [],
  };

  it('writes sorted annotations, a fixed key order and one annotation per block', () => {
    const text = serializeAnnotationFile(file);
    const lines = text.split('\n');
    assert.deepEqual(lines.slice(0, 7), ['{', '  "schema": "news-annotator/annotations",', '  "version": 1,', '  "article": "a.txt",', '  "layer": "ana",', '  "annotations": [', '    {']);
    assert.equal(lines[7], '      "id": "a",');
    assert.equal(lines[8], '      "label": "PER",');
    assert.equal(lines[9], '      "target": {');
    assert.equal(lines[10], `        "start": ${FIRST},`);
    assert.deepEqual(
      lines.filter((l) => /^ {6}"\w+"/.test(l)).map((l) => l.trim().split('"')[1]),
      ['id', 'label', 'target', 'origin', 'annotator', 'created', 'id', 'label', 'target', 'entity', 'origin', 'annotator', 'created'],
    );
    assert.equal(serializeAnnotationFile(parseAnnotationFile(text)), text);
  });

  it('rejects invalid files with a message naming the field', () => {
    const bad = JSON.parse(serializeAnnotationFile(file));
    bad.annotations[1].label = 'PERSON';
    assert.throws(() => parseAnnotationFile(JSON.stringify(bad)), /annotations\[1\]\.label: expected one of PER, LOC, ORG, DATE, CLAIM/);
    assert.throws(() => parseAnnotationFile('{"schema": "news-annotator/annotations", "version": 1,'), /not valid JSON/);
    const dup = JSON.parse(serializeAnnotationFile(file));
    dup.annotations[1].id = 'a';
    assert.throws(() => parseAnnotationFile(JSON.stringify(dup)), /annotations\[1\]\.id: duplicate id a/);
  });
});

describe('store on disk', () => {
  let dir: string;
  let article: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'store-test-'));
    article = path.join(dir, 'a.txt');
    await fs.writeFile(article, TEXT);
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  const add = (start: number, end: number, label: 'PER' | 'LOC' | 'ORG', annotator = 'Ana') =>
    createAnnotation(TEXT, start, end, { label, origin: 'manual', annotator });

  it('writes the layer beside the article atomically, leaving no temporary file', async () => {
    const store = new AnnotationStore();
    const layer = await store.open(article, 'ana');
    await store.edit(layer, (d) => d.annotations.push(add(FIRST, FIRST + LEN, 'PER')));
    assert.deepEqual((await fs.readdir(dir)).sort(), ['a.txt', 'a.txt.annotations.ana.json']);
    const saved = parseAnnotationFile(await fs.readFile(layerFilePath(article, 'ana'), 'utf8'));
    assert.deepEqual(saved.annotations.map((a) => [a.label, a.target.exact, a.target.start]), [['PER', 'Ahmed al-Shara', FIRST]]);
  });

  it('reports a hand-broken file, never overwrites it, and backs it up before repairing', async () => {
    const file = layerFilePath(article, 'ana');
    const good = add(FIRST, FIRST + LEN, 'PER');
    const broken = `{"schema": "news-annotator/annotations", "version": 1, "article": "a.txt", "layer": "ana",\n "annotations": [${JSON.stringify(good)}, {"id": "x", "label": "PER"}],\n "rejected": []}`;
    await fs.writeFile(file, broken);
    const store = new AnnotationStore();
    await assert.rejects(store.open(article, 'ana'), (e: unknown) => {
      assert.ok(e instanceof BrokenStoreFileError);
      assert.equal(e.problem, 'annotations[1].target: expected an object {start, end, exact, prefix, suffix}');
      return true;
    });
    assert.equal(await fs.readFile(file, 'utf8'), broken);

    await fs.writeFile(file, broken.slice(0, 60));
    // Cut inside a string: the error is at the string's opening quote.
    const openingQuote = broken.slice(0, 60).lastIndexOf('"');
    await assert.rejects(store.open(article, 'ana'), (e: unknown) => e instanceof BrokenStoreFileError && e.offset === openingQuote && /^not valid JSON \(UnexpectedEndOfString\)/.test(e.problem));
    await fs.writeFile(file, broken);

    const repaired = await store.repair(file);
    assert.equal(await fs.readFile(repaired.backup, 'utf8'), broken);
    assert.match(path.basename(repaired.backup), /^a\.txt\.annotations\.ana\.json\.bak-\d{4}-\d\d-\d\dT/);
    assert.equal(repaired.kept, 1);
    assert.deepEqual(repaired.dropped, ['annotations[1]: annotations[0].target: expected an object {start, end, exact, prefix, suffix}']);
    assert.deepEqual(parseAnnotationFile(await fs.readFile(file, 'utf8')).annotations, [good]);
  });

  it('refuses to save over a file another writer broke, keeping the edit undone in memory', async () => {
    const store = new AnnotationStore();
    const layer = await store.open(article, 'ana');
    await store.edit(layer, (d) => d.annotations.push(add(FIRST, FIRST + LEN, 'PER')));
    const file = layerFilePath(article, 'ana');
    await fs.writeFile(file, '{ broken');
    await assert.rejects(
      store.edit(layer, (d) => d.annotations.push(add(TEXT.indexOf('Moskow'), TEXT.indexOf('Moskow') + 6, 'LOC'))),
      BrokenStoreFileError,
    );
    assert.equal(await fs.readFile(file, 'utf8'), '{ broken');
    assert.deepEqual(layer.data.annotations.map((a) => a.target.exact), ['Ahmed al-Shara']);
  });

  it('merges with another window that wrote the same layer (union by id)', async () => {
    const windowA = new AnnotationStore();
    const windowB = new AnnotationStore();
    const a = await windowA.open(article, 'ana');
    const b = await windowB.open(article, 'ana');
    await windowA.edit(a, (d) => d.annotations.push(add(FIRST, FIRST + LEN, 'PER')));
    const moskow = TEXT.indexOf('Moskow');
    const result = await windowB.edit(b, (d) => d.annotations.push(add(moskow, moskow + 6, 'LOC')));
    assert.deepEqual(result, { merged: true });
    const saved = parseAnnotationFile(await fs.readFile(layerFilePath(article, 'ana'), 'utf8'));
    assert.deepEqual(saved.annotations.map((x) => x.target.exact), ['Ahmed al-Shara', 'Moskow']);
  });

  it('merges with an external edit: the newer modification wins, deletions stay deleted', async () => {
    const store = new AnnotationStore();
    const layer = await store.open(article, 'ana');
    const kremlin = TEXT.indexOf('Kremlin');
    const per = add(FIRST, FIRST + LEN, 'PER');
    const loc = add(kremlin, kremlin + 7, 'LOC');
    await store.edit(layer, (d) => d.annotations.push(per, loc));
    const file = layerFilePath(article, 'ana');
    // By hand: relabel Kremlin as ORG (newer), delete the person.
    const onDisk = parseAnnotationFile(await fs.readFile(file, 'utf8'));
    onDisk.annotations = onDisk.annotations.filter((x) => x.id !== per.id);
    onDisk.annotations[0] = { ...onDisk.annotations[0], label: 'ORG', modified: '2999-01-01T00:00:00.000Z' };
    await fs.writeFile(file, serializeAnnotationFile(onDisk));
    const moskow = TEXT.indexOf('Moskow');
    await store.edit(layer, (d) => {
      d.annotations.find((x) => x.id === loc.id)!.modified = '2000-01-01T00:00:00.000Z';
      d.annotations.push(add(moskow, moskow + 6, 'LOC'));
    });
    const saved = parseAnnotationFile(await fs.readFile(file, 'utf8'));
    assert.deepEqual(saved.annotations.map((x) => [x.target.exact, x.label]), [['Moskow', 'LOC'], ['Kremlin', 'ORG']]);
  });

  it('undoes the last change, restoring the previous store state on disk', async () => {
    const store = new AnnotationStore();
    const layer = await store.open(article, 'ana');
    await store.edit(layer, (d) => d.annotations.push(add(FIRST, FIRST + LEN, 'PER')));
    const afterFirst = await fs.readFile(layerFilePath(article, 'ana'), 'utf8');
    const moskow = TEXT.indexOf('Moskow');
    await store.edit(layer, (d) => d.annotations.push(add(moskow, moskow + 6, 'LOC')));
    assert.equal(await store.undo(layer), true);
    assert.equal(await fs.readFile(layerFilePath(article, 'ana'), 'utf8'), afterFirst);
    assert.equal(await store.undo(layer), true);
    assert.deepEqual(parseAnnotationFile(await fs.readFile(layerFilePath(article, 'ana'), 'utf8')).annotations, []);
    assert.equal(await store.undo(layer), false);
  });
});

describe('mergeLayerFiles', () => {
  const base: AnnotationFile = { schema: 'news-annotator/annotations', version: 1, article: 'a.txt', layer: 'x', annotations: [], rejected: [] };
  const a1 = { ...createAnnotation(TEXT, FIRST, FIRST + LEN, { label: 'PER' as const, origin: 'manual' as const, annotator: 'x', created: '2025-01-01T00:00:00Z' }), id: 'one' };
  it('keeps additions from both sides and our version on a tie', () => {
    const ours = { ...base, annotations: [a1] };
    const theirs = { ...base, annotations: [{ ...a1, label: 'ORG' as const }] };
    assert.deepEqual(mergeLayerFiles(base, ours, theirs).annotations, [a1]);
    const newer = { ...a1, label: 'ORG' as const, modified: '2025-02-01T00:00:00Z' };
    assert.deepEqual(mergeLayerFiles(base, ours, { ...base, annotations: [newer] }).annotations, [newer]);
  });
});
