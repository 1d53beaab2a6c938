// The language server: wires the LSP features (one module each) to the engine. Handlers are thin:
// find the document's fresh analysis, convert the position, hand over to the feature module.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type Position,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisRunner, RunnerPool } from './analysisRunner';
import { summarize } from './articleSummary';
import { ANNOTATION_CAPABILITIES, registerAnnotationFeatures } from './annotations';
import { registerCurationFeatures } from './curation';
import { LayerNotes } from './curation/hover';
import { provideCodeLenses } from './codeLens';
import { consistencyDiagnostics } from './consistency';
import { Corpus } from './corpus';
import { articleAnalysis, entities, entityMentions } from './customRequests';
import { provideDefinition } from './definition';
import { documentDiagnostics } from './diagnostics';
import { DocumentAnalyses, type AnalysedDocument, type DocumentResult } from './documents';
import { provideDocumentHighlights } from './highlights';
import { provideHover } from './hover';
import { provideInlayHints } from './inlayHints';
import {
  ArticleAnalysisRequest,
  EntitiesRequest,
  EntityMentionsRequest,
  IndexChangedNotification,
  IndexStatusRequest,
  type IndexChangedParams,
  type IndexStatusParams,
  type IndexStatusResult,
} from './protocol';
import { provideReferences } from './references';
import { Registry } from './registry';
import { noEntity, prepareRename, provideRename, type RenameContext } from './rename';
import { provideSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './semanticTokens';
import { SettingsStore } from './settings';
import { provideDocumentSymbols } from './symbols';
import { throttle } from './throttle';
import { WorkspaceIndex, type IndexProgress } from './workspaceIndex';
import { provideWorkspaceSymbols } from './workspaceSymbols';

/** Quiet time after an analysis before the other open articles' diagnostics are refreshed. */
const REPUBLISH_DELAY_MS = 500;
/**
 * Workers the index uses: one per core, at most two (each holds the engine, ~110 MB), the open
 * documents' worker being one of them.
 */
const INDEX_WORKERS = Math.max(1, Math.min(2, os.availableParallelism()));
/** At most one newsAnnotator/indexChanged notification per this interval. */
const INDEX_CHANGED_INTERVAL_MS = 300;

export interface ServerOptions {
  /** The bundled server script: run as the analysis worker, and hashed as the engine version. */
  bundlePath?: string;
}

/** What the feature modules registered from outside this file (curation, annotations) get to work with. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyses: DocumentAnalyses;
  corpus: Corpus;
  registry: Registry;
  settings: SettingsStore;
  /** The visible layer's notes (curation), shown in the hover. */
  layerNotes: LayerNotes;
  log: (message: string) => void;
}

interface InitOptions {
  /** A directory the client gives for the index cache (e.g. VS Code's workspace storage). */
  storagePath?: string;
  settings?: unknown;
}

export function startServer(connection: Connection, options: ServerOptions = {}): ServerContext {
  const log = (message: string) => connection.console.log(message);
  const documents = new TextDocuments(TextDocument);
  // Open documents wait for at most the index job in hand: their jobs go ahead of the index's.
  const documentRunner = new AnalysisRunner(options.bundlePath, log);
  const indexWorkers = Array.from({ length: INDEX_WORKERS - 1 }, () => new AnalysisRunner(options.bundlePath, log, 2));
  // Ties go to the open documents' worker, always started: a single file event starts no other.
  const indexRunner = new RunnerPool([documentRunner, ...indexWorkers]);
  documentRunner.warmUp();
  const corpus = new Corpus();
  const registry = new Registry();
  const settings = new SettingsStore(connection);
  const layerNotes = new LayerNotes();
  let folders: string[] = [];
  let init: InitOptions = {};
  let capabilities: InitializeParams['capabilities'] = {};
  let index: WorkspaceIndex | undefined;
  let indexCreated!: (index: WorkspaceIndex) => void;
  const indexPromise = new Promise<WorkspaceIndex>((resolve) => (indexCreated = resolve));
  // The views (entity tree, dashboard) list what the corpus holds: tell them when its articles change.
  const indexChanged = throttle(() => {
    void connection.sendNotification(IndexChangedNotification, { knownArticles: corpus.size } satisfies IndexChangedParams);
  }, INDEX_CHANGED_INTERVAL_MS);

  const analyses = new DocumentAnalyses(documentRunner, () => settings.current, (result) => {
    try {
      const wasOpen = corpus.isOpen(result.uri);
      // A refused document's older analysis must not answer for its current text.
      if (result.kind === 'analysed') corpus.setOpen({ uri: result.uri, summary: summarize(result.analysis), lines: result.lines });
      else corpus.close(result.uri);
      // An article joining or leaving the corpus changes the entity lists; edits are announced on save, by the index.
      if (wasOpen !== corpus.isOpen(result.uri)) indexChanged.changed();
      publish(result);
      scheduleRepublishOthers(result.uri);
    } catch (e) {
      log(`publishing ${result.uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  });

  // An edit can settle or raise a disagreement with another open article: refresh their
  // cross-article diagnostics once editing pauses (open documents only, never the whole workspace).
  let republishTimer: NodeJS.Timeout | undefined;
  function scheduleRepublishOthers(changed: string): void {
    clearTimeout(republishTimer);
    republishTimer = setTimeout(() => {
      for (const doc of documents.all()) {
        const last = doc.uri !== changed ? analyses.last(doc.uri) : undefined;
        if (last) publish(last);
      }
    }, REPUBLISH_DELAY_MS);
  }

  const isArticle = (doc: TextDocument) => settings.current.languages.includes(doc.languageId);

  function publish(result: DocumentResult): void {
    const doc = documents.get(result.uri);
    if (!doc || doc.version !== result.version) return; // stale: a newer version is on its way
    const diagnostics = documentDiagnostics(result);
    if (result.kind === 'analysed') {
      const article = corpus.get(result.uri);
      try {
        // Only when the corpus holds this very analysis (its summary shares the analysis's mentions).
        if (article?.summary.entities === result.analysis.entities) diagnostics.push(...consistencyDiagnostics(article, corpus));
      } catch (e) {
        log(`cross-article checks failed on ${result.uri}: ${e instanceof Error ? e.stack : String(e)}`);
      }
    }
    void connection.sendDiagnostics({ uri: result.uri, version: result.version, diagnostics });
  }

  /** Runs a feature on the fresh analysis of an open article; empty when there is none or on error. */
  async function withArticle<T>(uri: string, token: CancellationToken, empty: T, feature: (doc: AnalysedDocument) => T): Promise<T> {
    const doc = documents.get(uri);
    if (!doc || !isArticle(doc)) return empty;
    const result = await analyses.get(doc, token);
    if (!result || result.kind !== 'analysed' || token.isCancellationRequested) return empty;
    try {
      return feature(result);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      log(`request failed on ${uri}: ${e instanceof Error ? e.stack : String(e)}`);
      return empty;
    }
  }

  /** Like withArticle, for requests at a position; positions outside the document give `empty`. */
  function atPosition<T>(uri: string, position: Position, token: CancellationToken, empty: T, feature: (doc: AnalysedDocument, offset: number) => T): Promise<T> {
    return withArticle(uri, token, empty, (doc) => {
      const offset = position ? doc.lines.offsetAt(position) : undefined;
      return offset === undefined ? empty : feature(doc, offset);
    });
  }

  const renameContext = (): RenameContext => ({
    corpus,
    registry,
    newRegistryUri: folders[0] ? pathToFileURL(path.join(folders[0], 'entities.json')).href : undefined,
    canCreateFiles: !!capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create'),
  });

  connection.onInitialize((params) => {
    capabilities = params.capabilities;
    init = (params.initializationOptions ?? {}) as InitOptions;
    settings.initialize(init.settings, !!capabilities.workspace?.configuration);
    folders = workspaceFolderPaths(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
        inlayHintProvider: true,
        documentSymbolProvider: true,
        documentHighlightProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        workspaceSymbolProvider: true,
        renameProvider: { prepareProvider: true },
        codeLensProvider: { resolveProvider: false },
        ...ANNOTATION_CAPABILITIES,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'news-annotator' },
    };
  });

  connection.onInitialized(async () => {
    await settings.refresh();
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{txt,news}' }, { globPattern: '**/entities.json' }] })
        .catch((e: unknown) => log(`the client refused to watch files: ${e instanceof Error ? e.message : String(e)}`));
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri)));
        folders = [...folders.filter((f) => !gone.has(f)), ...workspaceFolderPaths({ workspaceFolders: added })];
        void startIndex();
      });
    }
    await startIndex();
  });

  let engine: string | undefined;
  let indexing: Promise<void> = Promise.resolve();
  /** (Re)builds the workspace index in the background: at start, and when folders or index globs change. */
  function startIndex(): Promise<void> {
    // One at a time, so that a rebuild always replaces the index before it.
    indexing = indexing.then(rebuildIndex, rebuildIndex);
    return indexing;
  }

  async function rebuildIndex(): Promise<void> {
    const previous = index;
    index = undefined;
    if (previous) {
      await previous.dispose(true);
      registry.clear();
    }
    engine ??= await engineVersion(options.bundlePath);
    const next = new WorkspaceIndex({
      folders,
      cacheFile: cacheFilePath(folders, init.storagePath),
      engineVersion: engine,
      settings: () => settings.current,
      runner: indexRunner,
      corpus,
      log,
      onRegistry: (uri, text) => {
        const problem = text === undefined ? (registry.remove(uri), undefined) : registry.set(uri, text);
        if (problem) log(`${uri}: not a usable entity registry (${problem})`);
        corpus.setRegistry(registry.linkerEntries());
      },
      onChanged: () => {
        republishAll();
        indexChanged.changed();
      },
      // The index's own workers end between builds and batches of file events (~150 MB each).
      onAnalysed: () => indexWorkers.forEach((r) => r.release()),
    });
    index = next;
    indexCreated(next);
    void next.build(await progressReporter());
  }

  function republishAll(): void {
    for (const doc of documents.all()) {
      const last = analyses.last(doc.uri);
      if (last) publish(last);
    }
  }

  async function progressReporter(): Promise<IndexProgress> {
    const silent: IndexProgress = { begin() {}, report() {}, done() {} };
    if (!capabilities.window?.workDoneProgress) return silent;
    const reporter = await connection.window.createWorkDoneProgress().catch(() => undefined);
    if (!reporter) return silent;
    let shown = -1;
    return {
      begin: (total) => reporter.begin('News Annotator: indexing articles', 0, `0/${total}`, false),
      report: (done, total) => {
        // At most one notification per percent, however many articles.
        const percent = Math.floor((done / Math.max(total, 1)) * 100);
        if (percent !== shown) reporter.report(percent, `${done}/${total}`);
        shown = percent;
      },
      done: () => reporter.done(),
    };
  }

  connection.onDidChangeConfiguration(async (change) => {
    const before = settings.current;
    const after = await settings.refresh(change.settings);
    for (const doc of documents.all().filter((d) => !isArticle(d))) forget(doc.uri);
    analyses.invalidateAll(documents.all().filter(isArticle));
    if (String(before.indexInclude) !== String(after.indexInclude) || String(before.indexExclude) !== String(after.indexExclude)) void startIndex();
    if (capabilities.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh();
    if (capabilities.workspace?.semanticTokens?.refreshSupport) connection.languages.semanticTokens.refresh();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const files = changes.filter((c) => c.uri.startsWith('file:')).map((c) => ({ path: fileURLToPath(c.uri), deleted: c.type === FileChangeType.Deleted }));
    index?.filesChanged(files.filter((f) => index!.covers(f.path)));
  });

  documents.onDidOpen(({ document }) => {
    if (isArticle(document)) analyses.schedule(document, true);
  });
  documents.onDidChangeContent(({ document }) => {
    if (isArticle(document)) analyses.schedule(document);
  });
  /** Drops what the server holds for a document (closed, or no longer an article language). */
  function forget(uri: string): void {
    if (corpus.isOpen(uri)) indexChanged.changed();
    analyses.remove(uri);
    corpus.close(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }
  documents.onDidClose(({ document }) => forget(document.uri));
  // Clients that cannot watch files (Neovim 0.7, ...) still keep the index current for what they save.
  documents.onDidSave(({ document }) => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration || !document.uri.startsWith('file:')) return;
    const file = fileURLToPath(document.uri);
    if (index?.covers(file)) index.filesChanged([{ path: file, deleted: false }]);
  });

  connection.onHover((p, token) =>
    atPosition(p.textDocument.uri, p.position, token, null, (doc, offset) => layerNotes.addTo(provideHover(doc, offset, corpus, registry), doc, offset, (s, e) => doc.lines.rangeOf(s, e))),
  );
  connection.languages.semanticTokens.on((p, token) => withArticle(p.textDocument.uri, token, { data: [] }, (doc) => provideSemanticTokens(doc)));
  connection.languages.semanticTokens.onRange((p, token) =>
    withArticle(p.textDocument.uri, token, { data: [] }, (doc) => {
      const from = doc.lines.offsetAt(p.range.start) ?? 0;
      const to = doc.lines.offsetAt(p.range.end) ?? doc.text.length;
      return provideSemanticTokens(doc, from, to);
    }),
  );
  connection.languages.inlayHint.on((p, token) => {
    if (!settings.current.inlayHints) return [];
    return withArticle(p.textDocument.uri, token, [], (doc) => {
      const from = doc.lines.offsetAt(p.range.start) ?? 0;
      const to = doc.lines.offsetAt(p.range.end) ?? doc.text.length;
      return provideInlayHints(doc, from, to);
    });
  });
  connection.onDocumentSymbol((p, token) => withArticle(p.textDocument.uri, token, [], (doc) => provideDocumentSymbols(doc, corpus)));
  connection.onDocumentHighlight((p, token) => atPosition(p.textDocument.uri, p.position, token, [], (doc, offset) => provideDocumentHighlights(doc, offset, corpus)));
  connection.onReferences((p, token) =>
    atPosition(p.textDocument.uri, p.position, token, [], (doc, offset) => provideReferences(doc, offset, !!p.context?.includeDeclaration, corpus, registry)),
  );
  connection.onDefinition((p, token) => atPosition(p.textDocument.uri, p.position, token, null, (doc, offset) => provideDefinition(doc, offset, corpus, registry)));
  connection.onWorkspaceSymbol((p, token) => provideWorkspaceSymbols(p.query, corpus, registry, () => token.isCancellationRequested));
  connection.onPrepareRename((p, token) => atPosition(p.textDocument.uri, p.position, token, null, (doc, offset) => prepareRename(doc, offset, renameContext())));
  connection.onRenameRequest(async (p, token) => {
    const edit = await atPosition(p.textDocument.uri, p.position, token, null, (doc, offset) => provideRename(doc, offset, p.newName, renameContext()));
    if (!edit) throw noEntity();
    return edit;
  });
  connection.onCodeLens((p, token) => withArticle(p.textDocument.uri, token, [], (doc) => provideCodeLenses(doc, corpus)));

  connection.onRequest(EntitiesRequest, (p) => entities(p, corpus, registry));
  connection.onRequest(EntityMentionsRequest, (p) => entityMentions(p, corpus));
  connection.onRequest(ArticleAnalysisRequest, (p, token) =>
    articleAnalysis(
      p,
      async (uri) => {
        const doc = documents.get(uri);
        const result = doc && isArticle(doc) ? await analyses.get(doc, token) : undefined;
        return result?.kind === 'analysed' ? { text: result.text, analysis: result.analysis } : undefined;
      },
      (text) => documentRunner.analyze(text, token),
      corpus,
      registry,
      token,
    ),
  );
  connection.onRequest(IndexStatusRequest, async (p: IndexStatusParams | undefined): Promise<IndexStatusResult> => {
    if (p?.wait) {
      await indexPromise;
      while (!index) await new Promise((resolve) => setTimeout(resolve, 20));
      await index.settled();
    }
    return { ready: !!index && (await isSettled(index.ready)), indexedArticles: index?.articleCount ?? 0, knownArticles: corpus.size };
  });

  connection.onShutdown(async () => {
    indexChanged.dispose();
    await index?.dispose();
    documentRunner.dispose();
    indexRunner.dispose();
  });

  const context: ServerContext = { connection, documents, analyses, corpus, registry, settings, layerNotes, log };
  registerCurationFeatures(connection, context); // before the annotation features: it composes with their handlers
  registerAnnotationFeatures(connection, context);
  documents.listen(connection);
  connection.listen();
  return context;
}

function workspaceFolderPaths(params: Pick<InitializeParams, 'workspaceFolders'> & { rootUri?: string | null }): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u).replace(/[\\/]+$/, '') || '/');
}

function cacheFilePath(folders: string[], storagePath: string | undefined): string | undefined {
  if (storagePath) {
    const id = createHash('sha1').update(folders.join('\n')).digest('hex').slice(0, 12);
    return path.join(storagePath, `index-${id}.json`);
  }
  return folders[0] ? path.join(folders[0], '.news-annotator-cache', 'index.json') : undefined;
}

/** Any change to the bundled engine invalidates cached analyses. */
async function engineVersion(bundlePath: string | undefined): Promise<string> {
  if (!bundlePath) return 'unbundled';
  try {
    return createHash('sha1').update(await fs.readFile(bundlePath)).digest('hex');
  } catch {
    return 'unknown';
  }
}

async function isSettled(promise: Promise<void>): Promise<boolean> {
  return Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setImmediate(() => resolve(false)))]);
}
