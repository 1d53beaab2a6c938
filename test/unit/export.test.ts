// Dataset export: each format is read back by a small parser written here (not the exporter's code)
// and compared exactly with the annotations in the store.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/engine';
import { runExport } from '../../server/src/export/write';
import { tokenize } from '../../server/src/export/tokenize';
import { makeTarget } from '../../server/src/store/anchor';
import type { AnnotationLabel } from '../../server/src/store/schema';
import { AnnotationStore, createAnnotation } from '../../server/src/store/store';

const LATIN = 'Presiden Ahmed al-Shara tiba di Moskow, Rusia.\nPutin menyambutnya pada 14 Januari 2025. Kunjungan ini diharapkan memperkuat hubungan kedua negara.';
// An emoji (two UTF-16 units, one code point) before the Arabic text checks the offset conversions.
const ARABIC = '📰 زار الرئيس أحمد الشرع موسكو والتقى بوتين وروسيا.';

interface Expected {
  text: string;
  label: AnnotationLabel;
  entity?: string;
  value?: string;
  claimKind?: 'hedge';
  verdict?: 'misleading';
  note?: string;
  occurrence?: 'last';
}

const LATIN_SPANS: Expected[] = [
  { text: 'Ahmed al-Shara', label: 'PER', entity: 'ahmed-al-sharaa' },
  { text: 'Moskow', label: 'LOC', entity: 'moscow' },
  { text: 'Rusia', label: 'LOC', entity: 'russia' },
  { text: 'Putin', label: 'PER', entity: 'vladimir-putin' },
  { text: '14 Januari 2025', label: 'DATE', value: '2025-01-14' },
  { text: 'Kunjungan ini diharapkan memperkuat hubungan kedua negara.', label: 'CLAIM', claimKind: 'hedge', verdict: 'misleading', note: 'speculation\tpresented as fact' },
];
const ARABIC_SPANS: Expected[] = [
  { text: 'أحمد الشرع', label: 'PER', entity: 'ahmed-al-sharaa' },
  { text: 'موسكو', label: 'LOC', entity: 'moscow' },
  { text: 'بوتين', label: 'PER' },
  { text: 'روسيا', label: 'LOC', entity: 'russia' },
];

const offsetsOf = (text: string, e: Expected) => {
  const start = e.occurrence === 'last' ? text.lastIndexOf(e.text) : text.indexOf(e.text);
  return { start, end: start + e.text.length };
};

/** [start, end, label] of each expected span, in document order (UTF-16 offsets). */
const triples = (text: string, spans: Expected[]) =>
  spans.map((e) => [offsetsOf(text, e).start, offsetsOf(text, e).end, e.label] as const).sort((a, b) => a[0] - b[0] || b[1] - a[1]);

async function writeWorkspace(dir: string): Promise<void> {
  const store = new AnnotationStore();
  for (const [name, text, spans] of [
    ['a.txt', LATIN, LATIN_SPANS],
    ['b.txt', ARABIC, ARABIC_SPANS],
  ] as const) {
    const article = path.join(dir, name);
    await fs.writeFile(article, text);
    const layer = await store.open(article, 'ana');
    await store.edit(layer, (d) => {
      for (const e of spans) {
        const { start, end } = offsetsOf(text, e);
        const { text: _quote, occurrence: _occurrence, ...fields } = e;
        d.annotations.push(createAnnotation(text, start, end, { ...fields, origin: 'manual', annotator: 'Ana', created: '2025-03-01T10:00:00.000Z' }));
      }
    });
  }
}

// ------------------------------------------------------------------ independent readers

/** CoNLL: documents of sentences of [token, tag]; checks the 4-column shape and the separators. */
function readConll(content: string): [string, string][][][] {
  const docs: [string, string][][][] = [];
  let sentence: [string, string][] = [];
  for (const line of content.split('\n')) {
    if (line === '-DOCSTART- -X- -X- O') {
      docs.push([]);
      continue;
    }
    if (line === '') {
      if (sentence.length) docs[docs.length - 1].push(sentence);
      sentence = [];
      continue;
    }
    const columns = line.split(' ');
    assert.equal(columns.length, 4, `4 columns in "${line}"`);
    assert.match(columns[3], /^(O|[BI]-(PER|LOC|ORG|DATE))$/);
    sentence.push([columns[0], columns[3]]);
  }
  if (sentence.length) docs[docs.length - 1].push(sentence);
  return docs;
}

/** Spans of an IOB2 token sequence, located in the text by searching each token after the previous one. */
function iobSpans(text: string, tokens: [string, string][]): [number, number, string][] {
  const spans: [number, number, string][] = [];
  let cursor = 0;
  for (const [token, tag] of tokens) {
    const at = text.indexOf(token, cursor);
    assert.ok(at >= 0, `token "${token}" is in the text`);
    cursor = at + token.length;
    if (tag.startsWith('B-')) spans.push([at, cursor, tag.slice(2)]);
    else if (tag.startsWith('I-')) {
      assert.equal(spans[spans.length - 1][2], tag.slice(2));
      spans[spans.length - 1][1] = cursor;
    }
  }
  return spans;
}

/** brat offsets count code points. */
const cpSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');
const cpToUtf16 = (text: string, cp: number) => Array.from(text).slice(0, cp).join('').length;

interface BratT {
  id: string;
  type: string;
  start: number;
  end: number;
  text: string;
}
function readBrat(ann: string) {
  const t: BratT[] = [];
  const n: [string, string, string][] = [];
  const a: [string, string, string][] = [];
  const notes: [string, string][] = [];
  for (const line of ann.split('\n').filter(Boolean)) {
    const [id, middle, tail] = line.split('\t');
    const parts = middle.split(' ');
    if (id.startsWith('T')) t.push({ id, type: parts[0], start: Number(parts[1]), end: Number(parts[2]), text: tail });
    else if (id.startsWith('N')) n.push([parts[1], parts[2], tail]);
    else if (id.startsWith('A')) a.push([parts[1], parts[0], parts[2]]);
    else if (id.startsWith('#')) notes.push([parts[1], tail]);
    else assert.fail(`unexpected brat line ${line}`);
  }
  return { t, n, a, notes };
}

describe('export formats', function () {
  this.timeout(30_000);
  let dir: string;
  let out: string;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'export-test-'));
    out = await fs.mkdtemp(path.join(os.tmpdir(), 'export-out-'));
    await writeWorkspace(dir);
  });
  after(async () => {
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(out, { recursive: true, force: true });
  });

  it('tokenises punctuation, elisions and Arabic proclitics before the article as their own tokens', () => {
    const words = (s: string) => tokenize(s).map((t) => t.text);
    assert.deepEqual(words("l'Iran, aujourd'hui."), ["l'", 'Iran', ',', "aujourd'hui", '.']);
    assert.deepEqual(words('والرئيس بوتين وزير بالقاهرة'), ['و', 'الرئيس', 'بوتين', 'وزير', 'ب', 'القاهرة']);
    assert.deepEqual(words('وروسيا'), ['وروسيا']);
    assert.deepEqual(words('للرئيس وللشعب لبنان ولكن ولبنان وبالتعاون'), ['ل', 'لرئيس', 'و', 'ل', 'لشعب', 'لبنان', 'ولكن', 'ولبنان', 'و', 'ب', 'التعاون']);
    assert.deepEqual(tokenize('وروسيا', [1]).map((t) => t.text), ['و', 'روسيا']);
    assert.deepEqual(words('3,5 juta (13/1)'), ['3,5', 'juta', '(', '13/1', ')']);
  });

  it('conll: IOB2 tags, a -DOCSTART- line per article, sentences separated by blank lines', async () => {
    const file = path.join(out, 'data.conll');
    const report = await runExport({ format: 'conll', inputs: [dir], out: file });
    assert.deepEqual(report.problems, []);
    const docs = readConll(await fs.readFile(file, 'utf8'));
    assert.equal(docs.length, 2);
    assert.deepEqual(docs[0][0], [
      ['Presiden', 'O'],
      ['Ahmed', 'B-PER'],
      ['al-Shara', 'I-PER'],
      ['tiba', 'O'],
      ['di', 'O'],
      ['Moskow', 'B-LOC'],
      [',', 'O'],
      ['Rusia', 'B-LOC'],
      ['.', 'O'],
    ]);
    assert.deepEqual(docs[0][1].slice(3), [['14', 'B-DATE'], ['Januari', 'I-DATE'], ['2025', 'I-DATE'], ['.', 'O']]);
    assert.equal(docs[0].length, 3);
    assert.deepEqual(docs[1], [
      [
        ['📰', 'O'],
        ['زار', 'O'],
        ['الرئيس', 'O'],
        ['أحمد', 'B-PER'],
        ['الشرع', 'I-PER'],
        ['موسكو', 'B-LOC'],
        ['و', 'O'],
        ['التقى', 'O'],
        ['بوتين', 'B-PER'],
        ['و', 'O'],
        ['روسيا', 'B-LOC'],
        ['.', 'O'],
      ],
    ]);
    const tokenLevel = (text: string, spans: Expected[]) => triples(text, spans.filter((s) => s.label !== 'CLAIM')).map((t) => [...t]);
    assert.deepEqual(iobSpans(LATIN, docs[0].flat()), tokenLevel(LATIN, LATIN_SPANS));
    assert.deepEqual(iobSpans(ARABIC, docs[1].flat()), tokenLevel(ARABIC, ARABIC_SPANS));
  });

  it('jsonl: one article per line with entities, claims, dates and entity links', async () => {
    const file = path.join(out, 'data.jsonl');
    await runExport({ format: 'jsonl', inputs: [dir], out: file });
    const lines = (await fs.readFile(file, 'utf8')).split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[2], '');
    const [a, b] = lines.slice(0, 2).map((l) => JSON.parse(l));
    assert.equal(a.text, LATIN);
    assert.equal(a.lang, analyzeArticle(LATIN).lang);
    assert.deepEqual(a.entities, triples(LATIN, LATIN_SPANS.filter((s) => ['PER', 'LOC', 'ORG'].includes(s.label))).map((t) => [...t]));
    assert.deepEqual(a.dates, [{ start: LATIN.indexOf('14 Januari'), end: LATIN.indexOf('14 Januari') + 15, text: '14 Januari 2025', value: '2025-01-14' }]);
    const claim = LATIN_SPANS[5];
    assert.deepEqual(a.claims, [{ ...offsetsOf(LATIN, claim), text: claim.text, kind: 'hedge', verdict: 'misleading', note: claim.note }]);
    assert.deepEqual(a.meta.links[0], { start: LATIN.indexOf('Ahmed'), end: LATIN.indexOf('Ahmed') + 14, entity: 'ahmed-al-sharaa' });
    assert.deepEqual(a.meta.annotators, ['ana']);
    assert.equal(a.meta.file, 'a.txt');
    assert.deepEqual(b.entities, triples(ARABIC, ARABIC_SPANS).map((t) => [...t]));
    for (const [start, end] of b.entities) assert.ok(ARABIC_SPANS.some((e) => e.text === ARABIC.slice(start, end)));
  });

  it('brat: .txt + .ann pairs with T, N, A and AnnotatorNotes lines in code point offsets', async () => {
    const folder = path.join(out, 'brat');
    await runExport({ format: 'brat', inputs: [dir], out: folder });
    assert.deepEqual((await fs.readdir(folder)).sort(), ['a.ann', 'a.txt', 'annotation.conf', 'b.ann', 'b.txt']);
    assert.equal(await fs.readFile(path.join(folder, 'b.txt'), 'utf8'), ARABIC);
    for (const [name, text, spans] of [
      ['a', LATIN, LATIN_SPANS],
      ['b', ARABIC, ARABIC_SPANS],
    ] as const) {
      const ann = readBrat(await fs.readFile(path.join(folder, `${name}.ann`), 'utf8'));
      for (const t of ann.t) assert.equal(cpSlice(text, t.start, t.end), t.text);
      const found = ann.t.map((t) => [cpToUtf16(text, t.start), cpToUtf16(text, t.end), t.type]).sort((x, y) => (x[0] as number) - (y[0] as number) || (y[1] as number) - (x[1] as number));
      assert.deepEqual(found, triples(text, spans).map((t) => [...t]));
      const idOf = (quote: string) => ann.t.find((t) => t.text === quote)!.id;
      const linked = spans.filter((s) => s.entity);
      assert.deepEqual(ann.n.sort(), linked.map((s) => [idOf(s.text), `entities:${s.entity}`, s.entity!]).sort());
      if (name === 'a') {
        const claim = idOf(LATIN_SPANS[5].text);
        assert.deepEqual(ann.a, [
          [claim, 'Kind', 'hedge'],
          [claim, 'Verdict', 'misleading'],
        ]);
        assert.deepEqual(ann.notes, [
          [idOf('14 Januari 2025'), 'value=2025-01-14'],
          [claim, 'speculation presented as fact'],
        ]);
      }
    }
    assert.match(await fs.readFile(path.join(folder, 'annotation.conf'), 'utf8'), /^\[entities\]\nPER\nLOC\nORG\nDATE\nCLAIM\n/);
  });

  it('labelstudio: tasks with data.text and "labels" results, per-region entity and verdict', async () => {
    const file = path.join(out, 'tasks.json');
    await runExport({ format: 'labelstudio', inputs: [dir], out: file });
    const tasks = JSON.parse(await fs.readFile(file, 'utf8'));
    assert.equal(tasks.length, 2);
    assert.equal(tasks[1].data.text, ARABIC);
    for (const [task, text, spans] of [
      [tasks[0], LATIN, LATIN_SPANS],
      [tasks[1], ARABIC, ARABIC_SPANS],
    ] as const) {
      assert.equal(task.annotations.length, 1);
      assert.deepEqual(task.predictions, []);
      const results = task.annotations[0].result as { id: string; type: string; from_name: string; to_name: string; value: Record<string, unknown> }[];
      const labels = results.filter((r) => r.type === 'labels');
      for (const r of results) assert.equal(r.to_name, 'text');
      for (const r of labels) {
        assert.equal(r.from_name, 'label');
        assert.equal(text.slice(r.value.start as number, r.value.end as number), r.value.text);
      }
      assert.deepEqual(labels.map((r) => [r.value.start, r.value.end, (r.value.labels as string[])[0]]), triples(text, spans).map((t) => [...t]));
      for (const s of spans.filter((x) => x.entity)) {
        const region = labels.find((r) => r.value.text === s.text)!;
        assert.deepEqual(results.find((r) => r.id === region.id && r.from_name === 'entity')?.value.text, [s.entity]);
      }
    }
    const claim = (tasks[0].annotations[0].result as { id: string; from_name: string; value: { text?: string; choices?: string[] } }[]).filter(
      (r) => r.id === tasks[0].annotations[0].result.find((x: { value: { text?: string } }) => x.value.text === LATIN_SPANS[5].text).id,
    );
    assert.deepEqual(claim.map((r) => [r.from_name, r.value.choices ?? r.value.text]), [
      ['label', LATIN_SPANS[5].text],
      ['note', [LATIN_SPANS[5].note]],
      ['kind', ['hedge']],
      ['verdict', ['misleading']],
    ]);
  });

  it('webanno: W3C annotations with quote and position selectors and a tagging body', async () => {
    const file = path.join(out, 'annotations.jsonld');
    await runExport({ format: 'webanno', inputs: [dir], out: file });
    const annotations = JSON.parse(await fs.readFile(file, 'utf8'));
    assert.equal(annotations.length, LATIN_SPANS.length + ARABIC_SPANS.length);
    const texts: Record<string, string> = { 'a.txt': LATIN, 'b.txt': ARABIC };
    for (const a of annotations) {
      assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(a.type, 'Annotation');
      assert.equal(a.motivation, 'tagging');
      assert.equal(a.creator.nickname, 'Ana');
      const text = texts[a.target.source];
      const quote = a.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
      const position = a.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
      assert.equal(cpSlice(text, position.start, position.end), quote.exact);
      const start = cpToUtf16(text, position.start);
      const end = cpToUtf16(text, position.end);
      const { prefix, suffix } = makeTarget(text, start, end);
      assert.deepEqual({ prefix: quote.prefix, suffix: quote.suffix }, { prefix, suffix });
    }
    const arabic = annotations.filter((a: { target: { source: string } }) => a.target.source === 'b.txt');
    assert.deepEqual(
      arabic.map((a: { body: { purpose: string; value?: string; source?: string }[]; target: { selector: { exact?: string }[] } }) => [
        a.target.selector[0].exact,
        a.body.find((b) => b.purpose === 'tagging')?.value,
        a.body.find((b) => b.purpose === 'identifying')?.source ?? null,
      ]),
      [
        ['أحمد الشرع', 'PER', 'urn:news-annotator:entity:ahmed-al-sharaa'],
        ['موسكو', 'LOC', 'urn:news-annotator:entity:moscow'],
        ['بوتين', 'PER', null],
        ['روسيا', 'LOC', 'urn:news-annotator:entity:russia'],
      ],
    );
    const first = arabic[0].target.selector[1];
    assert.deepEqual(first, { type: 'TextPositionSelector', start: Array.from(ARABIC.slice(0, ARABIC.indexOf('أحمد'))).length, end: Array.from(ARABIC.slice(0, ARABIC.indexOf('أحمد') + 10)).length });
  });

  it('adds the engine suggestions only where no human decided, with --include-suggestions', async () => {
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'export-suggest-'));
    const article = path.join(work, 'a.txt');
    await fs.writeFile(article, LATIN);
    const store = new AnnotationStore();
    const layer = await store.open(article, 'ana');
    const putin = LATIN.indexOf('Putin');
    const moskow = LATIN.indexOf('Moskow');
    await store.edit(layer, (d) => {
      d.annotations.push(createAnnotation(LATIN, moskow, moskow + 6, { label: 'ORG', origin: 'manual', annotator: 'Ana' }));
      d.rejected.push({ label: 'PER', target: makeTarget(LATIN, putin, putin + 5), annotator: 'Ana', created: '2025-03-01T10:00:00.000Z' });
    });
    const file = path.join(work, 'out.jsonl');
    await runExport({ format: 'jsonl', inputs: [article], out: file });
    assert.deepEqual(JSON.parse(await fs.readFile(file, 'utf8')).entities, [[moskow, moskow + 6, 'ORG']]);
    await runExport({ format: 'jsonl', inputs: [article], out: file, includeSuggestions: true });
    const line = JSON.parse(await fs.readFile(file, 'utf8'));
    const engine = analyzeArticle(LATIN).entities.filter((e) => e.text !== 'Moskow' && e.text !== 'Putin');
    assert.ok(engine.some((e) => e.text === 'Rusia'), 'the engine suggests Rusia');
    const expected: [number, number, string][] = [[moskow, moskow + 6, 'ORG'], ...engine.map((e): [number, number, string] => [e.start, e.end, e.label])];
    assert.deepEqual(line.entities, expected.sort((x, y) => x[0] - y[0]));
    assert.deepEqual(line.meta.suggested.filter((s: unknown[]) => s[2] !== 'DATE' && s[2] !== 'CLAIM'), engine.map((e) => [e.start, e.end, e.label]));
    await fs.rm(work, { recursive: true, force: true });
  });
});
