// Export by layer (`--layer curated|NAME|all`) and its round trip through import: each annotator's layer
// comes back as it was, and the curated layer is what a default export takes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { curateArticle, decide } from '../../server/src/curation/curate';
import { layerFilePath, parseAnnotationFile } from '../../server/src/store/format';
import type { AnnotationLabel } from '../../server/src/store/schema';
import { AnnotationStore, createAnnotation } from '../../server/src/store/store';

const ROOT = path.resolve(__dirname, '../..');
const TEXT = 'Le ministre syrien Assaad al-Chaibani a rencontré Sergueï Lavrov à Moscou le 12 janvier.\n';
const span = (s: string) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length] as const;

const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { encoding: 'utf8' });

describe('export by layer', function () {
  this.timeout(60_000);
  let dir: string;
  let article: string;
  const layerMarks = async (file: string) => parseAnnotationFile(await fs.readFile(file, 'utf8')).annotations.map((a) => [a.target.exact, a.label]);
  const jsonlEntities = (line: string) => {
    const record = JSON.parse(line) as { entities: [number, number, string][]; meta: { file: string; annotators: string[] } };
    return [record.meta.file, record.meta.annotators, record.entities.map(([s, e, l]) => [TEXT.slice(s, e), l])];
  };

  before(() => {
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  });
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'curation-export-'));
    await fs.mkdir(path.join(dir, 'articles'));
    article = path.join(dir, 'articles', 'fr.txt');
    await fs.writeFile(article, TEXT);
    const store = new AnnotationStore();
    const write = async (layer: string, annotator: string, marks: [string, AnnotationLabel][]) => {
      const l = await store.open(article, layer);
      await store.edit(l, (d) => {
        for (const [quote, label] of marks) d.annotations.push(createAnnotation(TEXT, ...span(quote), { label, origin: 'manual', annotator }));
      });
    };
    await write('ana', 'Ana', [['Assaad al-Chaibani', 'PER'], ['Moscou', 'LOC'], ['12 janvier', 'DATE']]);
    await write('bob', 'Bob', [['Sergueï Lavrov', 'PER'], ['Moscou', 'ORG']]);
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it("exports one annotator's layer, and imports it back as the same layer", async () => {
    const out = path.join(dir, 'ana.jsonl');
    const r = cli('export', '--format', 'jsonl', '--layer', 'Ana', '--out', out, path.join(dir, 'articles'));
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(jsonlEntities(await fs.readFile(out, 'utf8')), ['fr.txt', ['ana'], [['Assaad al-Chaibani', 'PER'], ['Moscou', 'LOC']]]);
    const into = path.join(dir, 'back');
    const i = cli('import', '--format', 'jsonl', '--annotator', 'Ana', out, '--into', into);
    assert.equal(i.status, 0, i.stderr);
    assert.deepEqual(await layerMarks(layerFilePath(path.join(into, 'fr.txt'), 'ana')), await layerMarks(layerFilePath(article, 'ana')));
  });

  it('exports every annotator as separate files with --layer all (brat), each importable as its annotator', async () => {
    const out = path.join(dir, 'brat');
    const r = cli('export', '--format', 'brat', '--layer', 'all', '--out', out, path.join(dir, 'articles'));
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual((await fs.readdir(out)).sort(), ['ana', 'annotation.conf', 'bob']);
    assert.deepEqual((await fs.readdir(path.join(out, 'bob'))).sort(), ['fr.ann', 'fr.txt']);
    for (const [layer, name] of [['ana', 'Ana'], ['bob', 'Bob']]) {
      const into = path.join(dir, `back-${layer}`);
      const i = cli('import', '--format', 'brat', '--annotator', name, path.join(out, layer), '--into', into);
      assert.equal(i.status, 0, i.stderr);
      assert.deepEqual(await layerMarks(layerFilePath(path.join(into, 'fr.txt'), layer)), await layerMarks(layerFilePath(article, layer)));
    }
  });

  it('exports separate records per annotator with --layer all (jsonl)', async () => {
    const out = path.join(dir, 'all.jsonl');
    assert.equal(cli('export', '--format', 'jsonl', '--layer', 'all', '--out', out, path.join(dir, 'articles')).status, 0);
    assert.deepEqual((await fs.readFile(out, 'utf8')).trim().split('\n').map(jsonlEntities), [
      ['ana/fr.txt', ['ana'], [['Assaad al-Chaibani', 'PER'], ['Moscou', 'LOC']]],
      ['bob/fr.txt', ['bob'], [['Sergueï Lavrov', 'PER'], ['Moscou', 'ORG']]],
    ]);
  });

  it('exports the curated layer after curation (explicitly and by default); an article without one is reported', async () => {
    const out = path.join(dir, 'curated.jsonl');
    const missing = cli('export', '--format', 'jsonl', '--layer', 'curated', '--out', out, path.join(dir, 'articles'));
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, `news-annotator: ${article}: no curated layer; not exported\n`);
    assert.match(missing.stdout, /^exported 0 article\(s\), 0 span\(s\)/);

    const store = new AnnotationStore();
    const { open } = await curateArticle(store, article, TEXT);
    for (const d of open) await decide(store, article, TEXT, d.id, { kind: 'take', layer: 'bob' }, 'Cici');
    const curated = [['Sergueï Lavrov', 'PER'], ['Moscou', 'ORG']];
    assert.equal(cli('export', '--format', 'jsonl', '--layer', 'curated', '--out', out, path.join(dir, 'articles')).status, 0);
    assert.deepEqual(jsonlEntities(await fs.readFile(out, 'utf8')), ['fr.txt', ['curated'], curated]);
    assert.equal(cli('export', '--format', 'jsonl', '--out', out, path.join(dir, 'articles')).status, 0);
    assert.deepEqual(jsonlEntities(await fs.readFile(out, 'utf8')), ['fr.txt', ['curated'], curated]);
  });

  it('refuses --layer without a value', () => {
    const r = cli('export', '--format', 'jsonl', '--out', path.join(dir, 'x.jsonl'), path.join(dir, 'articles'), '--layer');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^usage: news-annotator export .*\[--layer curated\|NAME\|all\]/);
  });
});
