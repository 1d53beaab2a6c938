// The server's helpers: position conversion, index globs, the entity registry reader, settings parsing,
// and the open documents' analyses (in-process).
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisRunner } from '../../server/src/analysisRunner';
import { DocumentAnalyses } from '../../server/src/documents';
import { analyzeArticle } from '../../server/src/engine';
import { globToRegExp, matchesAny } from '../../server/src/glob';
import { LineIndex } from '../../server/src/positions';
import { Registry, newRegistryText } from '../../server/src/registry';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/settings';
import { debouncePerKey } from '../../server/src/throttle';

describe('server helpers', () => {
  describe('LineIndex', () => {
    const text = 'ab\r\ncd\nالرئيس 😀 x\n';
    const lines = LineIndex.of(text);

    it('converts offsets to positions across CRLF, LF, Arabic and surrogate pairs (UTF-16 units)', () => {
      assert.deepEqual(lines.lineStarts, [0, 4, 7, 19]);
      assert.deepEqual(lines.positionAt(5), { line: 1, character: 1 });
      assert.deepEqual(lines.positionAt(text.indexOf('x')), { line: 2, character: 10 });
      assert.deepEqual(lines.positionAt(text.length), { line: 3, character: 0 });
    });

    it('clamps offsets and refuses positions outside the text', () => {
      assert.deepEqual(lines.positionAt(-3), { line: 0, character: 0 });
      assert.deepEqual(lines.positionAt(999), { line: 3, character: 0 });
      assert.equal(lines.offsetAt({ line: 1, character: 1 }), 5);
      assert.equal(lines.offsetAt({ line: 1, character: 3 }), 7);
      assert.equal(lines.offsetAt({ line: 1, character: 4 }), undefined);
      assert.equal(lines.offsetAt({ line: 4, character: 0 }), undefined);
      assert.equal(lines.offsetAt({ line: -1, character: 0 }), undefined);
      assert.equal(lines.offsetAt({ line: 0, character: 0.5 }), undefined);
    });
  });

  describe('index globs', () => {
    it('matches **, *, ? and {a,b} on relative paths', () => {
      assert.ok(matchesAny('a.txt', ['**/*.txt']));
      assert.ok(matchesAny('deep/er/a.news', ['**/*.{txt,news}']));
      assert.ok(!matchesAny('a.txt.bak', ['**/*.txt']));
      assert.ok(matchesAny('x/node_modules/y/z.txt', ['**/node_modules/**']));
      assert.ok(matchesAny('.git/a.txt', ['**/.*/**']));
      assert.ok(matchesAny('a/b.annotations.ann.json', ['**/*.annotations.*.json']));
      assert.ok(!matchesAny('ab.txt', ['?.txt']));
      assert.equal(globToRegExp('a+b(1).txt').test('a+b(1).txt'), true);
    });

    it('takes a mistyped glob from the settings without throwing (an unclosed brace closes at the end)', () => {
      assert.ok(matchesAny('a/b.txt', ['**/*.{txt']));
      assert.ok(!matchesAny('a/b.news', ['**/*.{txt']));
      assert.ok(matchesAny('a}.txt', ['a}.txt']));
    });
  });

  describe('Registry', () => {
    const storeLayout = JSON.stringify(
      { schema: 'news-annotator/entities', version: 1, entities: { 'vladimir-putin': { type: 'PER', canonical: 'Vladimir Putin', aliases: { fra: ['Poutine'], arb: ['بوتين'] } } } },
      null,
      2,
    );
    const goldLayout = '{\n  "damascus": { "type": "LOC", "names": ["Damaskus", "دمشق"] }\n}\n';

    it('finds entries by key or by any spelling, ignoring accents and Arabic variants', () => {
      const r = new Registry();
      assert.equal(r.set('file:///w/entities.json', storeLayout), undefined);
      assert.equal(r.find('some-other-key', ['Poutine'])?.key, 'vladimir-putin');
      assert.equal(r.find('x', ['بوتين'])?.canonical, 'Vladimir Putin');
      assert.equal(r.find('vladimir-putin', [])?.key, 'vladimir-putin');
      assert.equal(r.find('x', ['Pezeshkian']), undefined);
      const keyAt = storeLayout.indexOf('"vladimir-putin"');
      assert.deepEqual(r.find('vladimir-putin', [])!.keyRange, LineIndex.of(storeLayout).rangeOf(keyAt, keyAt + '"vladimir-putin"'.length));
    });

    it('renames by replacing the canonical value, or inserting one in the gold layout', () => {
      const r = new Registry();
      r.set('file:///w/entities.json', storeLayout);
      const edit = r.renameEdits(r.find('vladimir-putin', [])!, 'Vladimir V. Putin')!;
      const at = storeLayout.indexOf('"Vladimir Putin"');
      assert.deepEqual(edit.edits, [{ range: LineIndex.of(storeLayout).rangeOf(at, at + '"Vladimir Putin"'.length), newText: '"Vladimir V. Putin"' }]);
      r.set('file:///w/entities.json', goldLayout);
      const gold = r.renameEdits(r.find('x', ['Damaskus'])!, 'Damascus')!;
      const open = goldLayout.indexOf('{', 5) + 1;
      assert.deepEqual(gold.edits, [{ range: LineIndex.of(goldLayout).rangeOf(open, open), newText: '"canonical": "Damascus", ' }]);
    });

    it('adds a new entry that keeps the file valid JSON, in either layout', () => {
      for (const layout of [storeLayout, goldLayout]) {
        const r = new Registry();
        r.set('file:///w/entities.json', layout);
        const { edits } = r.addEntryEdit('masoud-pezeshkian', 'PER', 'Masoud Pezeshkian', ['Pezeshkian'])!;
        const lines = LineIndex.of(layout);
        const offset = lines.offsetAt(edits[0].range.start)!;
        const edited = JSON.parse(layout.slice(0, offset) + edits[0].newText + layout.slice(offset));
        const entries = edited.entities ?? edited;
        assert.equal(entries['masoud-pezeshkian'].canonical, 'Masoud Pezeshkian');
        assert.equal(Object.keys(entries).length, 2);
      }
      assert.deepEqual(JSON.parse(newRegistryText('iran', 'LOC', 'Iran', ['Iran', 'Iran'])).entities, { iran: { type: 'LOC', canonical: 'Iran', aliases: { und: ['Iran'] } } });
    });

    it('reports a broken registry and forgets its entries', () => {
      const r = new Registry();
      r.set('file:///w/entities.json', storeLayout);
      assert.equal(r.set('file:///w/entities.json', '[1, 2'), 'not a JSON object');
      assert.equal(r.find('vladimir-putin', ['Poutine']), undefined);
    });
  });

  describe('settings', () => {
    it('reads the newsAnnotator section and falls back to defaults for missing or ill-typed values', () => {
      assert.deepEqual(parseSettings(undefined), DEFAULT_SETTINGS);
      const section = { inlayHints: { enabled: false }, debounceMs: 40, languages: ['news'], maxDocumentSize: 5000, index: { include: ['**/*.news'] }, annotator: ' Ana ', visibleLayer: 'curated' };
      assert.deepEqual(parseSettings(section), {
        ...DEFAULT_SETTINGS,
        inlayHints: false,
        debounceMs: 40,
        languages: ['news'],
        maxDocumentSize: 5000,
        indexInclude: ['**/*.news'],
        annotator: 'Ana',
        visibleLayer: 'curated',
      });
      assert.deepEqual(parseSettings({ debounceMs: 'fast', languages: [1], maxDocumentSize: -1, inlayHints: true, annotator: '  ', visibleLayer: 3 }), DEFAULT_SETTINGS);
      assert.equal(DEFAULT_SETTINGS.visibleLayer, 'suggestions');
    });
  });

  describe('DocumentAnalyses', () => {
    it('answers a request whose analysis a settings change restarted, with the new analysis of the same version', async () => {
      const runner = new AnalysisRunner(undefined, () => undefined);
      const analyses = new DocumentAnalyses(runner, () => DEFAULT_SETTINGS, () => undefined);
      const doc = TextDocument.create('file:///w/a.txt', 'plaintext', 3, 'Presiden Joko Widodo tiba di Jakarta.');
      // Another analysis keeps the runner busy, so the document's first run is still queued when it is cancelled.
      const busy = runner.analyze('Le président est arrivé à Paris.');
      const waiting = analyses.get(doc);
      analyses.invalidateAll([doc]);
      const result = await waiting;
      await busy;
      assert.equal(result?.kind, 'analysed');
      assert.equal(result.version, 3);
      assert.deepEqual(result.analysis, analyzeArticle(doc.getText()));
      runner.dispose();
    });
  });

  describe('debouncePerKey', () => {
    it('runs a key once after its last schedule, keys apart, and never a cancelled key', async () => {
      const ran: string[] = [];
      const debounce = debouncePerKey((key) => ran.push(key));
      debounce.schedule('a', 5);
      debounce.schedule('b', 5);
      debounce.schedule('a', 10);
      debounce.schedule('c', 5);
      debounce.cancel('c');
      await new Promise((resolve) => setTimeout(resolve, 40));
      assert.deepEqual(ran, ['b', 'a']);
    });
  });
});
