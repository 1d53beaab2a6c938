// Workspace features over stdio (issue 5): the background index of every article file, references
// across articles, languages and scripts, workspace symbols, definition and rename through the
// entity registry, code lens, the custom requests, the persisted cache and watched-file updates.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CodeLens, Location, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver';
import { analyzeArticle, analyzeCorpus } from '../../server/src/engine';
import type { EntitiesResult, EntityMentionsResult, ArticleAnalysisResult, IndexStatusResult } from '../../server/src/protocol';
import { LspClient, ROOT, SAMPLE_FILES, ensureBuilt, makeWorkspace, positionOf, rangeOf, readSample, uriOf } from './harness';

describe('LSP workspace features', function () {
  this.timeout(60_000);
  let client: LspClient;
  let workspace: string;
  const texts = new Map<string, string>();
  const uri = (name: string) => uriOf(path.join(workspace, name));
  const [, IND_001, , FRA_003, ARB_004] = SAMPLE_FILES;

  before(async () => {
    ensureBuilt();
    workspace = await makeWorkspace({
      'node_modules/pkg/readme.txt': 'Vladimir Putin di Moskow.',
      '.hidden/notes.txt': 'Vladimir Putin di Moskow.',
      'sub/ignored.annotations.ann.json': '{}',
    });
    for (const name of SAMPLE_FILES) texts.set(name, await readSample(name));
    client = await LspClient.start({ workspace });
    await client.request('newsAnnotator/indexStatus', { wait: true });
    // Only sample 001 is open: references must reach the other articles through the index.
    await client.open(uri(IND_001), texts.get(IND_001)!);
    await client.diagnostics(uri(IND_001));
  });
  after(() => client.stop());

  const at = (name: string, needle: string, delta = 1) => ({ textDocument: { uri: uri(name) }, position: positionOf(texts.get(name)!, texts.get(name)!.indexOf(needle) + delta) });

  it('indexes every article file of the workspace, skipping node_modules and dot-directories, with progress', async () => {
    const status = await client.request<IndexStatusResult>('newsAnnotator/indexStatus', {});
    assert.deepEqual(status, { ready: true, indexedArticles: 5, knownArticles: 5 }, client.logs.join('\n'));
    const kinds = client.progress.map((p) => (p as { value: { kind: string } }).value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
  });

  it('finds references to Putin in every article and language: “Putin”, “Poutine”, “بوتين”', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { ...at(IND_001, 'Vladimir Putin', 10), context: { includeDeclaration: true } });
    const byFile = new Map<string, string[]>();
    for (const r of refs) {
      const name = path.basename(decodeURIComponent(new URL(r.uri).pathname));
      const text = texts.get(name)!;
      const lines = text.split('\n');
      byFile.set(name, [...(byFile.get(name) ?? []), lines[r.range.start.line].slice(r.range.start.character, r.range.end.character)]);
    }
    assert.ok(byFile.get(IND_001)?.includes('Putin'), 'Indonesian “Putin”');
    assert.ok(byFile.get(FRA_003)?.some((s) => s.includes('Poutine')), 'French “Poutine”');
    assert.ok(byFile.get(ARB_004)?.includes('بوتين'), 'Arabic “بوتين”');
    // Exactly the engine's linked mentions of the entity, in every file.
    const corpus = analyzeCorpus(SAMPLE_FILES.map((f) => ({ id: f, text: texts.get(f)! })));
    const key = corpus.get(IND_001)!.entities.find((e) => e.text === 'Putin')!.entity;
    const expected = SAMPLE_FILES.flatMap((f) => corpus.get(f)!.entities.filter((e) => e.entity === key).map((e) => ({ uri: uri(f), range: rangeOf(texts.get(f)!, e.start, e.end) })));
    const order = (l: Location) => `${l.uri} ${String(l.range.start.line).padStart(5)} ${String(l.range.start.character).padStart(5)}`;
    assert.deepEqual([...refs].sort((a, b) => order(a).localeCompare(order(b))), expected.sort((a, b) => order(a).localeCompare(order(b))));
  });

  it('finds entities by any spelling in workspace symbols, ignoring case, accents and script', async () => {
    for (const query of ['poutine', 'بوتين', 'PUTIN']) {
      const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query });
      assert.ok(symbols.some((s) => s.name === 'Vladimir Putin'), `“${query}” finds Vladimir Putin: ${symbols.map((s) => s.name)}`);
    }
    // An accent the article does not have still finds the French spelling “Syrie”.
    const corpus = analyzeCorpus(SAMPLE_FILES.map((f) => ({ id: f, text: texts.get(f)! })));
    const syria = corpus.get(FRA_003)!.entities.find((e) => e.text === 'Syrie')!;
    const accented = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Syrié' });
    const found = accented.find((s) => s.name === syria.canonical);
    assert.ok(found, accented.map((s) => s.name).join(', '));
    assert.ok(found.containerName!.split(', ').includes('Syrie'));
  });

  it('goes to the first mention in the workspace when there is no registry', async () => {
    const def = await client.request<Location>('textDocument/definition', at(IND_001, 'Vladimir Putin', 10));
    const corpus = analyzeCorpus(SAMPLE_FILES.map((f) => ({ id: f, text: texts.get(f)! })));
    const key = corpus.get(IND_001)!.entities.find((e) => e.text === 'Putin')!.entity;
    const first = SAMPLE_FILES.map((f) => ({ f, m: corpus.get(f)!.entities.filter((e) => e.entity === key).sort((a, b) => a.start - b.start)[0] })).find((x) => x.m)!;
    assert.deepEqual(def, { uri: uri(first.f), range: rangeOf(texts.get(first.f)!, first.m.start, first.m.end) });
  });

  it('puts a code lens with mention, article and language counts on the first mention of each entity', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uri(IND_001) } });
    const corpus = analyzeCorpus(SAMPLE_FILES.map((f) => ({ id: f, text: texts.get(f)! })));
    const mentions = corpus.get(IND_001)!.entities;
    const firstOfKey = [...new Map([...mentions].sort((a, b) => b.start - a.start).map((m) => [m.entity, m])).values()].sort((a, b) => a.start - b.start);
    const expected = firstOfKey.map((m) => {
      const all = SAMPLE_FILES.flatMap((f) => corpus.get(f)!.entities.filter((e) => e.entity === m.entity).map(() => f));
      const langs = new Set(all.map((f) => corpus.get(f)!.lang));
      const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
      return [rangeOf(texts.get(IND_001)!, m.start, m.end), `${plural(all.length, 'mention')} · ${plural(new Set(all).size, 'article')} · ${plural(langs.size, 'language')}`];
    });
    assert.deepEqual(lenses.map((l) => [l.range, l.command!.title]), expected);
    const putin = lenses.find((l) => l.range.start.line === positionOf(texts.get(IND_001)!, texts.get(IND_001)!.indexOf('Putin')).line)!;
    assert.match(putin.command!.title, / · [345] articles · 3 languages$/);
  });

  it('answers the custom requests of the views: entities, entity mentions, article analysis', async () => {
    const entities = await client.request<EntitiesResult>('newsAnnotator/entities', { label: 'PER' });
    const putin = entities.find((e) => e.canonical === 'Vladimir Putin');
    assert.ok(putin, 'Vladimir Putin is an entity');
    assert.deepEqual(putin.languages, ['arb', 'fra', 'ind']);
    assert.ok(entities.every((e) => e.label === 'PER'));
    const mentions = await client.request<EntityMentionsResult>('newsAnnotator/entityMentions', { key: putin.key });
    assert.equal(mentions.reduce((n, g) => n + g.mentions.length, 0), putin.mentions);
    assert.equal(mentions.length, putin.articles);
    const preview = await client.request<ArticleAnalysisResult>('newsAnnotator/articleAnalysis', { uri: uri(ARB_004) });
    assert.equal(preview.direction, 'rtl');
    assert.equal(preview.text, texts.get(ARB_004));
    assert.ok(preview.spans.some((s) => s.kind === 'PER' && preview.text.slice(s.start, s.end) === 'بوتين' && s.entity === putin.key && s.canonical === 'Vladimir Putin'));
  });

  it('refuses to rename where there is no entity, with a clear error', async () => {
    const text = texts.get(IND_001)!;
    const offset = text.indexOf('kunjungan') + 2;
    await assert.rejects(
      client.request('textDocument/rename', { textDocument: { uri: uri(IND_001) }, position: positionOf(text, offset), newName: 'X' }),
      /no person, place or organisation here/,
    );
  });

  it('renames an entity by creating the registry entities.json when the workspace has none', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(IND_001, 'Vladimir Putin', 10), newName: 'Vladimir V. Putin' });
    const [create, change] = edit.documentChanges as [{ kind: string; uri: string }, { textDocument: { uri: string }; edits: { newText: string }[] }];
    assert.deepEqual([create.kind, create.uri], ['create', uriOf(path.join(workspace, 'entities.json'))]);
    const registry = JSON.parse(change.edits[0].newText);
    assert.equal(registry.schema, 'news-annotator/entities');
    const [key] = Object.keys(registry.entities);
    assert.equal(registry.entities[key].canonical, 'Vladimir V. Putin');
    assert.ok(registry.entities[key].aliases.und.includes('Poutine') || registry.entities[key].aliases.und.includes('Vladimir Poutine'));
  });

  it('goes to the registry entry, lists it as the declaration, and renames it in entities.json once the registry exists', async () => {
    const gold = await fs.readFile(path.join(ROOT, 'test/gold/entities.json'), 'utf8');
    const registryFile = path.join(workspace, 'entities.json');
    await fs.writeFile(registryFile, gold);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(registryFile), type: 1 }] });
    await client.request('newsAnnotator/indexStatus', { wait: true });
    const keyStart = gold.indexOf('"vladimir-putin"');
    const def = await client.request<Location>('textDocument/definition', at(IND_001, 'Vladimir Putin', 10));
    assert.deepEqual(def, { uri: uriOf(registryFile), range: rangeOf(gold, keyStart, keyStart + '"vladimir-putin"'.length) });
    const withDeclaration = await client.request<Location[]>('textDocument/references', { ...at(IND_001, 'Vladimir Putin', 10), context: { includeDeclaration: true } });
    const withoutDeclaration = await client.request<Location[]>('textDocument/references', { ...at(IND_001, 'Vladimir Putin', 10), context: { includeDeclaration: false } });
    assert.deepEqual(withDeclaration, [def, ...withoutDeclaration]);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(IND_001, 'Vladimir Putin', 10), newName: 'Vladimir V. Putin' });
    const entryOpen = gold.indexOf('{', keyStart) + 1;
    assert.deepEqual(edit.changes, { [uriOf(registryFile)]: [{ range: rangeOf(gold, entryOpen, entryOpen), newText: '"canonical": "Vladimir V. Putin", ' }] });
  });

  it('updates the index on watched-file events (create, change, delete)', async () => {
    const file = path.join(workspace, 'sub', 'new-article.news');
    await fs.writeFile(file, 'Putin Bertemu Pezeshkian\n\nPresiden Rusia Vladimir Putin bertemu Presiden Iran Masoud Pezeshkian di Moskow.\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    let status = await client.request<IndexStatusResult>('newsAnnotator/indexStatus', { wait: true });
    assert.equal(status.indexedArticles, 6);
    const refs = await client.request<Location[]>('textDocument/references', { ...at(IND_001, 'Vladimir Putin', 10), context: { includeDeclaration: true } });
    assert.ok(refs.some((r) => r.uri === uriOf(file)), 'the new article mentions Putin');
    await fs.rm(file);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
    status = await client.request<IndexStatusResult>('newsAnnotator/indexStatus', { wait: true });
    assert.equal(status.indexedArticles, 5);
  });

  it('re-indexes when workspace folders are added and removed', async () => {
    const extra = await makeWorkspace();
    const folder = { uri: uriOf(extra), name: 'extra' };
    await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    let status = await client.request<IndexStatusResult>('newsAnnotator/indexStatus', { wait: true });
    assert.equal(status.indexedArticles, 10);
    const refs = await client.request<Location[]>('textDocument/references', { ...at(IND_001, 'Vladimir Putin', 10), context: { includeDeclaration: true } });
    assert.ok(refs.some((r) => r.uri.startsWith(uriOf(extra) + '/')), 'references reach the added folder');
    await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = await client.request<IndexStatusResult>('newsAnnotator/indexStatus', { wait: true });
    assert.deepEqual([status.indexedArticles, status.knownArticles], [5, 5]);
  });

  it('persists the index: a restarted server reuses every cached analysis', async () => {
    await client.stop();
    const cache = path.join(workspace, '.news-annotator-cache', 'index.json');
    // JSON Lines: a header, then one [path, mtime, size, ...summary] per line.
    const [header, ...entries] = (await fs.readFile(cache, 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    assert.equal(header.format, 3);
    assert.deepEqual(entries.map(([f]) => path.basename(f)).sort(), SAMPLE_FILES);
    client = await LspClient.start({ workspace });
    const started = Date.now();
    await client.request('newsAnnotator/indexStatus', { wait: true });
    const elapsed = Date.now() - started;
    assert.ok(client.logs.some((l) => l.startsWith('indexed 5 articles (5 from cache)')), client.logs.join('\n'));
    assert.ok(elapsed < 5_000, `ready in ${elapsed} ms`);
  });
});

describe('LSP workspace index without client file watching', function () {
  this.timeout(60_000);

  it('re-indexes a file when the editor saves it', async () => {
    const workspace = await makeWorkspace();
    const client = await LspClient.start({ workspace, watchFiles: false });
    try {
      await client.request('newsAnnotator/indexStatus', { wait: true });
      const [IND_000, IND_001] = SAMPLE_FILES;
      const file = path.join(workspace, IND_000);
      const added = '\nPresiden Rusia Vladimir Putin menyambut kunjungan itu.\n';
      const text = (await fs.readFile(file, 'utf8')) + added;
      await client.open(uriOf(file), await fs.readFile(file, 'utf8'));
      await fs.writeFile(file, text);
      await client.change(uriOf(file), 2, [{ text }]);
      await client.notify('textDocument/didSave', { textDocument: { uri: uriOf(file) } });
      await client.request('newsAnnotator/indexStatus', { wait: true });
      await client.notify('textDocument/didClose', { textDocument: { uri: uriOf(file) } });
      const other = await readSample(IND_001);
      await client.open(uriOf(path.join(workspace, IND_001)), other);
      const refs = await client.request<Location[]>('textDocument/references', {
        textDocument: { uri: uriOf(path.join(workspace, IND_001)) },
        position: positionOf(other, other.indexOf('Vladimir Putin') + 10),
        context: { includeDeclaration: false },
      });
      const putin = text.lastIndexOf('Putin');
      const mention = analyzeArticle(text).entities.find((e) => e.start <= putin && putin < e.end)!;
      assert.ok(
        refs.some((r) => r.uri === uriOf(file) && JSON.stringify(r.range) === JSON.stringify(rangeOf(text, mention.start, mention.end))),
        'the saved file’s new mention comes from the re-indexed disk version',
      );
    } finally {
      await client.stop();
    }
  });
});
