// Import of untrusted annotation files: bad records are reported, paths cannot leave the target folder,
// and nothing already there is overwritten.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseBrat, parseJsonl, parseLabelStudio } from '../../server/src/export/importers';
import { articleDestination, importDocuments } from '../../server/src/export/importStore';
import { layerFilePath, parseAnnotationFile } from '../../server/src/store/format';

const TEXT = 'Macron a reçu Ahmed al-Charaa à Paris.';

describe('import readers', () => {
  it('jsonl: reads doccano triples and objects, reports bad records by line', () => {
    const content = [
      JSON.stringify({ text: TEXT, label: [[0, 6, 'PER'], [32, 37, 'GPE']], meta: { file: 'fr.txt' } }),
      JSON.stringify({ text: TEXT, entities: [{ start_offset: 14, end_offset: 29, label: 'PERSON' }, [0, 99, 'PER'], [3, 3, 'PER'], [0, 6, 'WEAPON']] }),
      '{not json',
      JSON.stringify({ entities: [] }),
    ].join('\n');
    const parsed = parseJsonl('in.jsonl', content);
    assert.deepEqual(
      parsed.documents.map((d) => [d.name, d.spans.map((s) => [s.start, s.end, s.label])]),
      [
        ['fr.txt', [[0, 6, 'PER'], [32, 37, 'LOC']]],
        ['line-2.txt', [[14, 29, 'PER']]],
      ],
    );
    assert.deepEqual(
      parsed.problems.map((p) => p.where + ': ' + p.message.replace(/: .*JSON.*$/, ': JSON')),
      [
        'in.jsonl line 2: span 0-99 is outside the text (38 characters)',
        'in.jsonl line 2: empty or reversed span 3-3',
        'in.jsonl line 2: unknown label "WEAPON"',
        'in.jsonl line 3: not valid JSON: JSON',
        'in.jsonl line 4: expected an object with a "text" string',
      ],
    );
  });

  it('brat: converts code point offsets, checks the quoted text, skips unreviewed suggestions', () => {
    const text = '🙂 ' + TEXT;
    const ann = ['T1\tPER 2 8\tMacron', 'T2\tLOC 34 39\tParis', 'T3\tPER 16 31\tWrong text', 'T4\tPER 16 31\tAhmed al-Charaa', 'A1\tSuggested T4', 'N1\tReference T1 Wikidata:Q3052772\tEmmanuel Macron'].join('\n');
    const problems: { where: string; message: string }[] = [];
    const doc = parseBrat('x.txt', text, ann, problems);
    assert.deepEqual(doc.spans, [
      { start: 3, end: 9, label: 'PER', entity: 'Q3052772' },
      { start: 35, end: 40, label: 'LOC' },
    ]);
    assert.deepEqual(problems, [{ where: 'x.txt.ann line 3', message: 'span text is "Ahmed al-Charaa", not "Wrong text"' }]);
  });

  it('labelstudio: reads labels regions with their per-region details, ignores predictions and cancelled annotations', () => {
    const tasks = [
      {
        id: 7,
        data: { text: TEXT },
        annotations: [
          {
            result: [
              { id: 'r1', type: 'labels', from_name: 'label', to_name: 'text', value: { start: 14, end: 29, text: 'Ahmed al-Charaa', labels: ['PER'] } },
              { id: 'r1', type: 'textarea', from_name: 'entity', to_name: 'text', value: { start: 14, end: 29, text: ['ahmed-al-sharaa'] } },
              { id: 'r2', type: 'labels', from_name: 'label', to_name: 'text', value: { start: 32, end: 37, text: 'Pari', labels: ['LOC'] } },
            ],
          },
          { was_cancelled: true, result: [{ id: 'r3', type: 'labels', value: { start: 0, end: 6, labels: ['PER'] } }] },
        ],
        predictions: [{ result: [{ id: 'p1', type: 'labels', value: { start: 0, end: 6, labels: ['PER'] } }] }],
      },
    ];
    const parsed = parseLabelStudio('ls.json', JSON.stringify(tasks));
    assert.deepEqual(parsed.documents, [{ name: 'task-7.txt', text: TEXT, spans: [{ start: 14, end: 29, label: 'PER', entity: 'ahmed-al-sharaa' }] }]);
    assert.deepEqual(parsed.problems, [{ where: 'ls.json task 1 result 3', message: 'span 32-37 is "Paris", not "Pari"' }]);
  });
});

describe('import into the store', () => {
  let into: string;
  beforeEach(async () => (into = await fs.mkdtemp(path.join(os.tmpdir(), 'import-test-'))));
  afterEach(() => fs.rm(into, { recursive: true, force: true }));

  it('refuses names that leave the target folder', () => {
    for (const name of ['../evil.txt', '/etc/passwd', 'a/../../evil.txt', 'C:\\evil.txt', '..\\evil.txt']) {
      assert.deepEqual(articleDestination(into, name), { refused: `file name '${name}' points outside the target folder` }, name);
    }
    assert.equal(articleDestination(into, 'sub/a.txt'), path.join(into, 'sub', 'a.txt'));
    assert.equal(articleDestination(into, './b'), path.join(into, 'b.txt'));
  });

  it('writes articles and layers, never replaces different text or existing annotations', async () => {
    const outside = path.join(path.dirname(into), 'evil.txt');
    await fs.writeFile(path.join(into, 'other.txt'), 'Some other text that was here before.');
    const documents = [
      { name: 'fr.txt', text: TEXT, spans: [{ start: 0, end: 6, label: 'PER' as const }] },
      { name: '../evil.txt', text: TEXT, spans: [] },
      { name: 'other.txt', text: TEXT, spans: [{ start: 0, end: 6, label: 'PER' as const }] },
    ];
    const first = await importDocuments(documents, 'Bob', into);
    assert.deepEqual({ articles: first.articles, added: first.added }, { articles: 1, added: 1 });
    assert.deepEqual(first.problems, [
      { where: '../evil.txt', message: "file name '../evil.txt' points outside the target folder; not imported" },
      { where: 'other.txt', message: `${path.join(into, 'other.txt')} already exists with different text; not imported (nothing overwritten)` },
    ]);
    await assert.rejects(fs.access(outside));
    assert.equal(await fs.readFile(path.join(into, 'other.txt'), 'utf8'), 'Some other text that was here before.');

    const second = await importDocuments([{ name: 'fr.txt', text: TEXT, spans: [{ start: 0, end: 6, label: 'PER', entity: 'emmanuel-macron' }] }], 'Bob', into);
    assert.deepEqual(second.problems, [{ where: 'fr.txt', message: 'PER 0-6 is already annotated with other details; the existing annotation is kept' }]);
    const layer = parseAnnotationFile(await fs.readFile(layerFilePath(path.join(into, 'fr.txt'), 'bob'), 'utf8'));
    assert.deepEqual(layer.annotations.map((a) => [a.target.exact, a.label, a.entity]), [['Macron', 'PER', undefined]]);
  });
});
