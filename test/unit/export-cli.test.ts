// The export and import commands of the CLI (dist/cli.js), and which layers an export takes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { layerFilePath, parseAnnotationFile } from '../../server/src/store/format';
import { AnnotationStore, createAnnotation } from '../../server/src/store/store';

const ROOT = path.resolve(__dirname, '../..');
const TEXT = 'Le ministre syrien Assaad al-Chaibani a rencontré Sergueï Lavrov à Moscou.';

function cli(...args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { encoding: 'utf8' });
}

describe('CLI export and import', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  });
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'export-cli-'));
    await fs.mkdir(path.join(dir, 'articles'));
    const article = path.join(dir, 'articles', 'fr.txt');
    await fs.writeFile(article, TEXT);
    const store = new AnnotationStore();
    const span = (s: string) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length] as const;
    const ana = await store.open(article, 'ana');
    await store.edit(ana, (d) => {
      d.annotations.push(createAnnotation(TEXT, ...span('Assaad al-Chaibani'), { label: 'PER', origin: 'manual', annotator: 'Ana' }));
      d.annotations.push(createAnnotation(TEXT, ...span('Moscou'), { label: 'LOC', origin: 'manual', annotator: 'Ana' }));
    });
    const bob = await store.open(article, 'bob');
    await store.edit(bob, (d) => {
      d.annotations.push(createAnnotation(TEXT, ...span('Moscou'), { label: 'LOC', origin: 'manual', annotator: 'Bob' }));
      d.annotations.push(createAnnotation(TEXT, ...span('Sergueï Lavrov'), { label: 'PER', origin: 'manual', annotator: 'Bob' }));
    });
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('prints its usage and exits 2 on missing arguments', () => {
    const r = cli('export', '--format', 'xml', path.join(dir, 'articles'));
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'usage: news-annotator export --format conll|jsonl|brat|labelstudio|webanno [--include-suggestions] [--layer curated|NAME|all] --out PATH FILE_OR_DIR...\n');
    const i = cli('import', '--format', 'brat', 'x.ann');
    assert.equal(i.status, 2);
    assert.equal(i.stderr, 'usage: news-annotator import --format brat|labelstudio|jsonl --annotator NAME FILE... --into DIR\n');
  });

  it('exports the union of the annotators\' layers, or the curated layer alone when there is one', async () => {
    const out = path.join(dir, 'out.jsonl');
    const r = cli('export', '--format', 'jsonl', '--out', out, path.join(dir, 'articles'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^exported 1 article\(s\), 3 span\(s\) as jsonl to .*out\.jsonl in \d+ ms\n$/);
    const entities = (s: string) => JSON.parse(s).entities.map(([start, end, label]: [number, number, string]) => [TEXT.slice(start, end), label]);
    assert.deepEqual(entities(await fs.readFile(out, 'utf8')), [['Assaad al-Chaibani', 'PER'], ['Sergueï Lavrov', 'PER'], ['Moscou', 'LOC']]);
    assert.deepEqual(JSON.parse(await fs.readFile(out, 'utf8')).meta.annotators, ['ana', 'bob']);

    const article = path.join(dir, 'articles', 'fr.txt');
    const store = new AnnotationStore();
    const curated = await store.open(article, 'curated');
    await store.edit(curated, (d) => d.annotations.push(createAnnotation(TEXT, TEXT.indexOf('Moscou'), TEXT.indexOf('Moscou') + 6, { label: 'LOC', origin: 'manual', annotator: 'Curator' })));
    assert.equal(cli('export', '--format', 'jsonl', '--out', out, article).status, 0);
    assert.deepEqual(entities(await fs.readFile(out, 'utf8')), [['Moscou', 'LOC']]);
  });

  it('reports a broken layer on stderr, exits 1, and still exports the rest', async () => {
    await fs.writeFile(layerFilePath(path.join(dir, 'articles', 'fr.txt'), 'bob'), '{"schema": 1}');
    const out = path.join(dir, 'out.conll');
    const r = cli('export', '--format', 'conll', '--out', out, path.join(dir, 'articles'));
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'news-annotator: ' + path.join(dir, 'articles', 'fr.txt.annotations.bob.json') + ': fr.txt.annotations.bob.json is broken (schema: expected "news-annotator/annotations"); it is left untouched until repaired\n');
    const tags = (await fs.readFile(out, 'utf8')).split('\n').filter((l) => /[BI]-/.test(l));
    assert.deepEqual(tags, ['Assaad -X- _ B-PER', 'al-Chaibani -X- _ I-PER', 'Moscou -X- _ B-LOC']);
  });

  it('imports a brat export into another folder as a new annotator', async () => {
    const brat = path.join(dir, 'brat');
    assert.equal(cli('export', '--format', 'brat', '--out', brat, path.join(dir, 'articles')).status, 0);
    const into = path.join(dir, 'imported');
    const r = cli('import', '--format', 'brat', '--annotator', 'Carol', brat, '--into', into);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `imported 3 annotation(s) into 1 article(s) in ${into} (0 already there, 0 problem(s))\n`);
    const layer = parseAnnotationFile(await fs.readFile(layerFilePath(path.join(into, 'fr.txt'), 'carol'), 'utf8'));
    assert.deepEqual(layer.annotations.map((a) => [a.target.exact, a.label, a.annotator]), [
      ['Assaad al-Chaibani', 'PER', 'Carol'],
      ['Sergueï Lavrov', 'PER', 'Carol'],
      ['Moscou', 'LOC', 'Carol'],
    ]);
  });
});
