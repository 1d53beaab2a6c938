// The curation diagnostics: where a version's entry is in its layer file, the disagreement message and
// related information, and the visible-layer hints that say who annotated what.
import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { planCuration } from '../../server/src/agreement/curation';
import { describeAnnotation, disagreementDiagnostics, entryRange, layerHints, layerNotes } from '../../server/src/curation/diagnostics';
import { LayerNotes } from '../../server/src/curation/hover';
import { emptyAnnotationFile, serializeAnnotationFile } from '../../server/src/store/format';
import type { Annotation, AnnotationLabel } from '../../server/src/store/schema';
import { createAnnotation } from '../../server/src/store/store';

const TEXT = 'Menteri Luar Negeri Sergei Lavrov tiba di Damaskus.\nIa bertemu Ahmed al-Sharaa.';
const doc = TextDocument.create('file:///w/a.txt', 'plaintext', 1, TEXT);
const at = (quote: string) => [TEXT.indexOf(quote), TEXT.indexOf(quote) + quote.length] as const;
const mark = (annotator: string, quote: string, label: AnnotationLabel, extra: Partial<Annotation> = {}): Annotation => ({
  ...createAnnotation(TEXT, ...at(quote), { label, origin: 'manual', annotator, created: '2026-11-20T09:00:00.000Z' }),
  ...extra,
});

describe('curation diagnostics', () => {
  it('finds the line of an annotation entry in a serialised layer file', () => {
    const data = emptyAnnotationFile('a.txt', 'ana');
    const lavrov = mark('Ana', 'Sergei Lavrov', 'PER');
    const damaskus = mark('Ana', 'Damaskus', 'LOC');
    data.annotations.push(damaskus, lavrov);
    const file = serializeAnnotationFile(data);
    const lines = file.split('\n');
    const range = entryRange(file, damaskus.id)!;
    assert.equal(lines[range.start.line].trim(), `"id": "${damaskus.id}",`);
    assert.equal(range.start.character, lines[range.start.line].indexOf('"id"'));
    assert.equal(range.end.character, lines[range.start.line].length);
    assert.ok(entryRange(file, lavrov.id)!.start.line < range.start.line, 'entries are sorted by position');
    assert.equal(entryRange(file, 'no-such-id'), null);
  });

  it('lists every version in the message and points at each layer file entry, or at the span when the entry is not in the file', () => {
    const ana = [mark('Ana', 'Sergei Lavrov', 'PER', { entity: 'sergei-lavrov' })];
    const budi = [mark('Budi', 'Lavrov', 'PER')];
    const { disagreements } = planCuration(new Map([['ana', ana], ['budi', budi], ['cici', []]]));
    const anaFile = serializeAnnotationFile({ ...emptyAnnotationFile('a.txt', 'ana'), annotations: ana });
    const [d] = disagreementDiagnostics(doc, disagreements, [
      { layer: 'ana', file: '/w/a.txt.annotations.ana.json', fileText: anaFile },
      { layer: 'budi', file: '/w/a.txt.annotations.budi.json', fileText: serializeAnnotationFile(emptyAnnotationFile('a.txt', 'budi')) },
    ]);
    assert.equal(d.message, 'annotators disagree (presence, span, entity): ana: PER "Sergei Lavrov" → sergei-lavrov; budi: PER "Lavrov"; cici: nothing');
    assert.deepEqual([d.source, d.code, d.severity, d.data], ['news-annotator', 'curation-disagreement', 3, { id: disagreements[0].id }]);
    assert.deepEqual(d.range, { start: doc.positionAt(at('Sergei Lavrov')[0]), end: doc.positionAt(at('Sergei Lavrov')[1]) });
    assert.deepEqual(d.relatedInformation, [
      { location: { uri: pathToFileURL('/w/a.txt.annotations.ana.json').href, range: entryRange(anaFile, ana[0].id)! }, message: "ana's version in a.txt.annotations.ana.json" },
      { location: { uri: doc.uri, range: { start: doc.positionAt(at('Lavrov')[0]), end: doc.positionAt(at('Lavrov')[1]) } }, message: "budi's version" },
      { location: { uri: doc.uri, range: d.range }, message: 'cici marked nothing here' },
    ]);
  });

  it('hints the visible layer with who annotated each span and what the other layers have there', () => {
    const visible = { layer: 'ana', annotations: [mark('Ana', 'Damaskus', 'LOC'), mark('Ana', 'Ahmed al-Sharaa', 'PER', { origin: 'suggestion' }), { ...mark('Ana', 'Ia', 'PER'), orphaned: true }] };
    const others = [
      { layer: 'budi', annotations: [mark('Budi', 'Damaskus', 'LOC'), mark('Budi', 'Ahmed', 'PER')] },
      { layer: 'curated', annotations: [mark('ana, budi', 'Damaskus', 'LOC')] },
    ];
    const hints = layerHints(doc, layerNotes(visible, others));
    assert.deepEqual(
      hints.map((h) => [doc.getText(h.range), h.severity, h.code, h.message]),
      [
        ['Damaskus', 4, 'layer-annotation', 'LOC "Damaskus" by Ana (ana layer, tagged by hand, 2026-11-20). Other layers: budi: same; curated: same'],
        ['Ahmed al-Sharaa', 4, 'layer-annotation', 'PER "Ahmed al-Sharaa" by Ana (ana layer, accepted suggestion, 2026-11-20). Other layers: budi: PER "Ahmed"; curated: nothing'],
      ],
    );
  });

  it('appends who annotated what to the hover, escaped, only for the version the notes were made on', () => {
    const notes = layerNotes({ layer: 'ana', annotations: [mark('Ana *admin*', 'Damaskus', 'LOC')] }, [{ layer: 'budi', annotations: [] }]);
    const hovers = new LayerNotes();
    hovers.set(doc.uri, 1, notes);
    const rangeOf = (start: number, end: number) => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
    const inside = at('Damaskus')[0] + 2;
    const section = 'LOC "Damaskus" by Ana \\*admin\\* \\(ana layer, tagged by hand, 2026\\-11\\-20\\)\n\nOther layers: budi: nothing';
    assert.deepEqual(hovers.addTo(null, { uri: doc.uri, version: 1 }, inside, rangeOf), { contents: { kind: 'markdown', value: section }, range: rangeOf(...at('Damaskus')) });
    const entityHover = { contents: { kind: 'markdown' as const, value: '**Damascus** · place (LOC)' }, range: rangeOf(...at('Damaskus')) };
    assert.equal((hovers.addTo(entityHover, { uri: doc.uri, version: 1 }, inside, rangeOf)?.contents as { value: string }).value, `**Damascus** · place (LOC)\n\n---\n\n${section}`);
    assert.equal(hovers.addTo(entityHover, { uri: doc.uri, version: 2 }, inside, rangeOf), entityHover, 'notes of another version are left out');
    assert.equal(hovers.addTo(null, { uri: doc.uri, version: 1 }, at('Ahmed')[0], rangeOf), null);
    hovers.set(doc.uri, 1, []);
    assert.equal(hovers.addTo(null, { uri: doc.uri, version: 1 }, inside, rangeOf), null);
  });

  it('describes a claim with its verdict', () => {
    assert.equal(describeAnnotation(mark('Ana', 'tiba di Damaskus', 'CLAIM', { verdict: 'false' })), 'CLAIM "tiba di Damaskus" verdict false');
  });
});
