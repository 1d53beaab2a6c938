// Per-document features over stdio: hover, semantic tokens, inlay hints, document symbols,
// highlights, and requests at positions outside the document.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { DocumentHighlight, DocumentSymbol, Hover, InlayHint, MarkupContent, SemanticTokens } from 'vscode-languageserver';
import { analyzeArticle, analyzeCorpus, type EntityMention } from '../../server/src/engine';
import { LspClient, SAMPLE_FILES, ensureBuilt, makeWorkspace, positionOf, rangeOf, readSample, uriOf } from './harness';

const TOKEN_TYPES = ['person', 'place', 'organization', 'date', 'claim'];
const TOKEN_OF_LABEL = { PER: 'person', LOC: 'place', ORG: 'organization' } as const;

/** Decodes LSP relative token data into absolute [line, character, length, type] tuples. */
function decodeTokens(tokens: SemanticTokens): [number, number, number, string][] {
  const out: [number, number, number, string][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dLine, dChar, length, type] = tokens.data.slice(i, i + 4);
    line += dLine;
    character = dLine ? dChar : character + dChar;
    out.push([line, character, length, TOKEN_TYPES[type]]);
  }
  return out;
}

describe('LSP document features', function () {
  this.timeout(60_000);
  let client: LspClient;
  let workspace: string;
  const texts = new Map<string, string>();
  const uri = (name: string) => uriOf(path.join(workspace, name));

  before(async () => {
    ensureBuilt();
    workspace = await makeWorkspace();
    client = await LspClient.start({ workspace });
    for (const name of SAMPLE_FILES) {
      texts.set(name, await readSample(name));
      await client.open(uri(name), texts.get(name)!);
      await client.diagnostics(uri(name));
    }
  });
  after(() => client.stop());

  /** The engine's mention covering a given occurrence of `needle` in a sample. */
  function mentionAt(name: string, needle: string): { mention: EntityMention; offset: number } {
    const text = texts.get(name)!;
    const offset = text.indexOf(needle) + 1;
    const mention = analyzeArticle(text).entities.find((m) => m.start <= offset && offset < m.end);
    assert.ok(mention, `the engine finds no entity at “${needle}” in ${name}`);
    return { mention, offset };
  }

  it('hovers on an entity with its label, canonical name and corpus counts', async () => {
    const name = SAMPLE_FILES[1];
    const { mention, offset } = mentionAt(name, 'Vladimir Putin');
    assert.equal(mention.label, 'PER');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(name) }, position: positionOf(texts.get(name)!, offset) });
    const value = (hover.contents as MarkupContent).value;
    assert.equal(value.split('\n')[0], `**${mention.canonical.replace(/[-.]/g, '\\$&')}** · person (PER)`);
    assert.deepEqual(hover.range, rangeOf(texts.get(name)!, mention.start, mention.end));
    // Every sample is open: the workspace and open counts are the corpus-linked ones.
    const corpus = analyzeCorpus(SAMPLE_FILES.map((f) => ({ id: f, text: texts.get(f)! })));
    const key = corpus.get(name)!.entities.find((e) => e.start === mention.start)!.entity;
    const withKey = SAMPLE_FILES.filter((f) => corpus.get(f)!.entities.some((e) => e.entity === key));
    const mentions = SAMPLE_FILES.reduce((n, f) => n + corpus.get(f)!.entities.filter((e) => e.entity === key).length, 0);
    const langs = [...new Set(withKey.map((f) => corpus.get(f)!.lang))].sort();
    assert.ok(
      value.includes(`${mentions} mentions in ${withKey.length} workspace articles (${mentions} mentions in ${withKey.length} open articles), ${langs.length} languages: ${langs.join(', ')}`),
      value,
    );
  });

  it('hovers on a date with its resolved value and the reference it was resolved against', async () => {
    const name = SAMPLE_FILES[2];
    const text = texts.get(name)!;
    const date = analyzeArticle(text).dates.find((d) => d.text.startsWith('17 Januari'));
    assert.ok(date, 'the engine finds “17 Januari” in 002');
    assert.equal(date.value, '2025-01-17');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(name) }, position: positionOf(text, date.start + 1) });
    const value = (hover.contents as MarkupContent).value;
    assert.ok(value.includes('= 2025\\-01\\-17 (resolved against 2025\\-01\\-13, the article\'s reference date)'), value);
  });

  it('hovers on an unresolvable relative date with the reason', async () => {
    const name = SAMPLE_FILES[1];
    const text = texts.get(name)!;
    const date = analyzeArticle(text).dates.find((d) => d.text === 'pada hari Selasa');
    assert.ok(date && date.value === null);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(name) }, position: positionOf(text, date.start + 3) });
    assert.ok((hover.contents as MarkupContent).value.includes('Unresolved: a relative expression, and the article gives no reference date.'));
  });

  it('hovers on a claim with its kind and message', async () => {
    const name = SAMPLE_FILES[0];
    const text = texts.get(name)!;
    const a = analyzeArticle(text);
    const claim = a.claims.find((c) => !a.entities.some((e) => e.start <= c.start && c.start < e.end) && !a.dates.some((d) => d.start <= c.start && c.start < d.end));
    assert.ok(claim, 'sample 000 has a claim');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(name) }, position: positionOf(text, claim.start) });
    assert.match((hover.contents as MarkupContent).value, new RegExp(`\\*\\*Claim to check: ${claim.kind}\\*\\*`));
  });

  for (const name of SAMPLE_FILES) {
    it(`gives a semantic token for every entity and date of ${name}`, async () => {
      const text = texts.get(name)!;
      const a = analyzeArticle(text);
      const tokens = decodeTokens(await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uri(name) } }));
      const expected = [
        ...a.entities.map((e) => ({ ...e, type: TOKEN_OF_LABEL[e.label] })),
        ...a.dates.map((d) => ({ ...d, type: 'date' })),
      ].filter((s) => !s.text.includes('\n'));
      for (const s of expected) {
        const { start } = rangeOf(text, s.start, s.end);
        assert.ok(
          tokens.some(([line, ch, len, type]) => line === start.line && ch === start.character && len === s.end - s.start && type === s.type),
          `no ${s.type} token for “${s.text}” at ${start.line}:${start.character}`,
        );
      }
      const claimTokens = tokens.filter((t) => t[3] === 'claim').length;
      assert.equal(tokens.length - claimTokens, expected.length, 'no entity/date token beyond the engine’s');
    });
  }

  it('decodes the tokens of a range request to the dates of 002 (“Senin (13/1)”), and only those of the range', async () => {
    const name = SAMPLE_FILES[2];
    const text = texts.get(name)!;
    const start = text.indexOf('Senin (13/1)');
    const { start: at } = rangeOf(text, start, start);
    const ranged = decodeTokens(
      await client.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri: uri(name) }, range: { start: { line: at.line, character: 0 }, end: { line: at.line + 1, character: 0 } } }),
    );
    assert.ok(ranged.some((t) => t[0] === at.line && t[1] === at.character && t[2] === 'Senin (13/1)'.length && t[3] === 'date'), JSON.stringify(ranged));
    assert.ok(ranged.every((t) => t[0] === at.line), 'range request returns only tokens of the range');
  });

  it('gives an inlay hint with the label after every mention and the value after resolved dates', async () => {
    const name = SAMPLE_FILES[2];
    const text = texts.get(name)!;
    const a = analyzeArticle(text);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: uri(name) }, range: { start: { line: 0, character: 0 }, end: positionOf(text, text.length) } });
    const expected = [
      ...a.entities.map((e) => ({ at: e.end, label: `: ${e.label}` })),
      ...a.dates.filter((d) => d.value).map((d) => ({ at: d.end, label: `= ${d.value}` })),
    ].sort((x, y) => x.at - y.at);
    assert.deepEqual(hints.map((h) => [h.position, h.label]).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))), expected.map((h) => [positionOf(text, h.at), h.label]).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))));
    assert.ok(hints.some((h) => h.label === '= 2025-01-17'));
  });

  it('turns inlay hints off with newsAnnotator.inlayHints.enabled', async () => {
    client.settings = { inlayHints: { enabled: false } };
    await client.notify('workspace/didChangeConfiguration', { settings: {} });
    const name = SAMPLE_FILES[2];
    const inlayHints = () => client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: uri(name) }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } });
    // The server applies the change once it has pulled the settings (a round trip to us): ask until then.
    let hints = await inlayHints();
    for (const deadline = Date.now() + 10_000; hints.length && Date.now() < deadline; hints = await inlayHints()) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.deepEqual(hints, []);
    client.settings = {};
    await client.notify('workspace/didChangeConfiguration', { settings: {} });
  });

  it('outlines the entities of an article grouped by label', async () => {
    const name = SAMPLE_FILES[3];
    const text = texts.get(name)!;
    const a = analyzeArticle(text);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri(name) } });
    const groups = { PER: 'People', LOC: 'Places', ORG: 'Organisations' } as const;
    const expectedGroups = (['PER', 'LOC', 'ORG'] as const).filter((l) => a.entities.some((e) => e.label === l)).map((l) => groups[l]);
    assert.deepEqual(symbols.map((s) => s.name), expectedGroups);
    const people = symbols.find((s) => s.name === 'People')!;
    const firstPerson = a.entities.filter((e) => e.label === 'PER').sort((x, y) => x.start - y.start)[0];
    assert.deepEqual(people.children![0].selectionRange, rangeOf(text, firstPerson.start, firstPerson.end));
    const mentionTotal = symbols.flatMap((s) => s.children!).reduce((n, c) => n + Number(c.detail!.split(' ')[0]), 0);
    assert.equal(mentionTotal, a.entities.length);
  });

  it('highlights the other mentions of the same entity in the article', async () => {
    const name = SAMPLE_FILES[0];
    const text = texts.get(name)!;
    const { mention, offset } = mentionAt(name, 'Ahmed al-Shara');
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: uri(name) }, position: positionOf(text, offset) });
    const same = analyzeArticle(text).entities.filter((e) => e.entity === mention.entity);
    assert.deepEqual(highlights.map((h) => h.range), same.map((e) => rangeOf(text, e.start, e.end)));
  });

  it('returns empty results, never errors, for positions outside the document', async () => {
    const name = SAMPLE_FILES[1];
    const outside = [
      { line: 10_000, character: 0 },
      { line: 0, character: 10_000 },
      { line: -1, character: 0 },
      { line: 0, character: -5 },
      { line: 1.5, character: 0 },
    ];
    for (const position of outside) {
      const at = { textDocument: { uri: uri(name) }, position };
      assert.equal(await client.request('textDocument/hover', at), null);
      assert.deepEqual(await client.request('textDocument/references', { ...at, context: { includeDeclaration: true } }), []);
      assert.equal(await client.request('textDocument/definition', at), null);
      assert.deepEqual(await client.request('textDocument/documentHighlight', at), []);
    }
    const unknown = { textDocument: { uri: uri('never-opened.txt') }, position: { line: 0, character: 0 } };
    assert.equal(await client.request('textDocument/hover', unknown), null);
    assert.deepEqual(await client.request('textDocument/semanticTokens/full', { textDocument: unknown.textDocument }), { data: [] });
  });
});
