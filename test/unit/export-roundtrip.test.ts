// Round trip on the five samples (Arabic included): annotate each from the engine's suggestions (plus the
// gold spans the engine missed, a verdict and a note on claims), export, import into an empty folder,
// and compare the annotations.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AnnotationService } from '../../server/src/annotations/service';
import { analyzeCorpus } from '../../server/src/engine';
import { importDocuments, readImportFiles } from '../../server/src/export/importStore';
import type { ImportFormat } from '../../server/src/export/importers';
import { runExport } from '../../server/src/export/write';
import { layerFilePath, parseAnnotationFile } from '../../server/src/store/format';
import { EntityRegistry } from '../../server/src/store/registry';
import { suggestionsOf } from '../../server/src/store/review';
import type { Annotation } from '../../server/src/store/schema';
import { AnnotationStore } from '../../server/src/store/store';

const SAMPLES = path.resolve(__dirname, '../../samples');
const GOLD = path.resolve(__dirname, '../gold');
const NAMES = ['000_7bbce5a2da076de1.txt', '001_f8241679bfc4829d.txt', '002_f649db04391ccbc3.txt', '003_6b55d47fc30c3144.txt', '004_7ce82b79e7fbb217.txt'];

interface GoldSpan {
  start: number;
  end: number;
  label?: 'PER' | 'LOC' | 'ORG';
  entity?: string;
  value?: string | null;
  kind?: string;
}

/** What must survive the round trip, in a comparable order. */
function comparable(annotations: Annotation[]) {
  return annotations
    .map((a) => ({
      start: a.target.start,
      end: a.target.end,
      label: a.label,
      entity: a.entity,
      value: a.value ?? undefined,
      claimKind: a.claimKind,
      verdict: a.verdict,
      note: a.note,
    }))
    .sort((x, y) => x.start - y.start || x.end - y.end || x.label.localeCompare(y.label));
}

describe('export -> import round trip on the samples', function () {
  this.timeout(120_000);
  let work: string;
  const original = new Map<string, ReturnType<typeof comparable>>();

  before(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'roundtrip-'));
    const source = path.join(work, 'articles');
    await fs.mkdir(source);
    const texts = new Map<string, string>();
    for (const name of NAMES) {
      texts.set(name, await fs.readFile(path.join(SAMPLES, name), 'utf8'));
      await fs.writeFile(path.join(source, name), texts.get(name)!);
    }
    const analyses = analyzeCorpus(NAMES.map((id) => ({ id, text: texts.get(id)! })));
    const store = new AnnotationStore();
    const service = new AnnotationService(store, () => EntityRegistry.load(source));
    for (const name of NAMES) {
      const text = texts.get(name)!;
      const analysis = analyses.get(name)!;
      const article = { path: path.join(source, name), text, lang: analysis.lang, suggestions: suggestionsOf(analysis) };
      await service.acceptAll(article, 'Ana');
      // The gold spans the engine did not suggest, tagged by hand.
      const gold = JSON.parse(await fs.readFile(path.join(GOLD, `${name}.gold.json`), 'utf8')) as Record<'entities' | 'dates' | 'claims', GoldSpan[]>;
      const layer = await service.layer(article, 'Ana');
      const covered = (s: GoldSpan, family: (l: string) => boolean) =>
        layer.data.annotations.some((a) => family(a.label) && a.target.start < s.end && s.start < a.target.end);
      const isEntity = (l: string) => ['PER', 'LOC', 'ORG'].includes(l);
      for (const e of gold.entities) if (!covered(e, isEntity)) await service.tag(article, 'Ana', e.start, e.end, e.label!, e.entity);
      for (const d of gold.dates) if (!covered(d, (l) => l === 'DATE')) await service.tag(article, 'Ana', d.start, d.end, 'DATE');
      for (const c of gold.claims) if (!covered(c, (l) => l === 'CLAIM')) await service.tag(article, 'Ana', c.start, c.end, 'CLAIM');
      const claims = layer.data.annotations.filter((a) => a.label === 'CLAIM');
      if (claims[0]) await service.setVerdict(article, 'Ana', claims[0].id, 'false', 'contradicted by the official readout');
      if (claims[1]) await service.setVerdict(article, 'Ana', claims[1].id, 'supported');
      original.set(name, comparable(layer.data.annotations));
    }
  });
  after(() => fs.rm(work, { recursive: true, force: true }));

  it('annotated every sample with entities, and claims carry verdicts', () => {
    for (const name of NAMES) {
      const spans = original.get(name)!;
      assert.ok(spans.filter((s) => ['PER', 'LOC', 'ORG'].includes(s.label)).length >= 15, `${name} has entities`);
      assert.ok(spans.some((s) => s.verdict === 'false' && s.note === 'contradicted by the official readout'), `${name} has a claim verdict`);
    }
  });

  const formats: { format: ImportFormat; out: string }[] = [
    { format: 'jsonl', out: 'data.jsonl' },
    { format: 'brat', out: 'brat' },
    { format: 'labelstudio', out: 'tasks.json' },
  ];
  for (const { format, out } of formats) {
    it(`${format}: the imported annotations equal the exported ones`, async () => {
      const exported = path.join(work, `export-${format}`, out);
      const report = await runExport({ format, inputs: [path.join(work, 'articles')], out: exported });
      assert.equal(report.articles, 5);
      const into = path.join(work, `import-${format}`);
      const parsed = await readImportFiles(format, [exported]);
      assert.deepEqual(parsed.problems, []);
      const imported = await importDocuments(parsed.documents, 'Imported Ana', into);
      assert.deepEqual(imported.problems, []);
      assert.equal(imported.articles, 5);
      for (const name of NAMES) {
        assert.equal(await fs.readFile(path.join(into, name), 'utf8'), await fs.readFile(path.join(SAMPLES, name), 'utf8'));
        const layer = parseAnnotationFile(await fs.readFile(layerFilePath(path.join(into, name), 'imported-ana'), 'utf8'));
        assert.deepEqual(comparable(layer.annotations), original.get(name), `${format} ${name}`);
        assert.ok(layer.annotations.every((a) => a.annotator === 'Imported Ana'));
      }
      // Importing again adds nothing and reports nothing: existing annotations are never duplicated or overwritten.
      const again = await importDocuments((await readImportFiles(format, [exported])).documents, 'Imported Ana', into);
      assert.deepEqual({ added: again.added, problems: again.problems }, { added: 0, problems: [] });
    });
  }
});
